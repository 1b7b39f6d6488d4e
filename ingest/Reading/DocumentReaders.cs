namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Chooses a reader by content (magic bytes first, then the text's layout) and reads a file into a
/// <see cref="NormalisedDocument"/>. A new format is one line in <see cref="Default"/>.
/// </summary>
public sealed class DocumentReaders(IReadOnlyList<IDocumentReader> readers)
{
    /// <summary>Readers in the order they are asked; the first that takes the file reads it. Text comes last: it takes anything that decodes.</summary>
    public static DocumentReaders Default { get; } = new([
        new PdfReader(),     // %PDF
        new DocxReader(),    // PK zip holding word/
        new HtmlReader(),    // <!DOCTYPE html / <html
        new TextDocumentReader(),
    ]);

    const int HeadLength = 8192;

    public NormalisedDocument ReadFile(string path) => Read(InputFile.Read(path, DocumentLimits.MaxFileBytes).Content, path);

    public NormalisedDocument Read(byte[] content, string source)
    {
        if (content.Length == 0) throw new UnreadableDocumentException("the file is empty");
        var head = content.AsSpan(0, Math.Min(HeadLength, content.Length));
        var extension = Path.GetExtension(source).ToLowerInvariant();
        foreach (var reader in readers)
            if (reader.CanRead(head, extension))
                return reader.Read(content, source);
        throw new UnreadableDocumentException("no reader takes this kind of file");
    }
}
