namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Plain text and Markdown: decodes the bytes, then lets the first text layout that recognises the content read it
/// (Markdown with &lt;sup&gt; markers, word-processor text with [footnoteRef:N], else text extracted from a PDF).
/// </summary>
public sealed class TextDocumentReader : IDocumentReader
{
    static readonly ITextLayout[] Layouts = [new MarkdownLayout(), new WordFootnoteLayout(), new PdfTextLayout()];

    public bool CanRead(ReadOnlySpan<byte> head, string extension) => true;

    public NormalisedDocument Read(byte[] content, string source)
    {
        var text = TextDecoding.Decode(content).Replace("\r\n", "\n").Replace('\r', '\n');
        foreach (var layout in Layouts)
            if (layout.Recognises(text))
                return layout.Read(text, source);
        throw new UnreadableDocumentException("no text layout recognises the file");
    }
}

/// <summary>One way a text file can be laid out; chosen from the content.</summary>
public interface ITextLayout
{
    bool Recognises(string text);
    NormalisedDocument Read(string text, string source);
}
