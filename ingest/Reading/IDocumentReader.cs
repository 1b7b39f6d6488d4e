namespace UnCitationGraph.Ingest.Reading;

/// <summary>One reader per format or layout. The choice is made on content (magic bytes), not only the extension.</summary>
public interface IDocumentReader
{
    /// <summary>Whether this reader takes a file that starts with these bytes and has this extension (".pdf", "" ...).</summary>
    bool CanRead(ReadOnlySpan<byte> head, string extension);

    /// <summary>Reads the whole file. Throws <see cref="UnreadableDocumentException"/> with a clear reason when it cannot.</summary>
    NormalisedDocument Read(byte[] content, string source);
}
