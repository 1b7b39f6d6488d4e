using System.Text;
using System.Text.RegularExpressions;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest;

/// <summary>
/// A stand-in until the full extractor (Reading/ and Extraction/) is wired into <see cref="DocumentPipelines"/>:
/// plain UTF-8 text only; the document's own symbol is the first UN symbol of its title block; its references
/// are the other explicit symbols, located by paragraph (P1, P2 ...). No resolutions by number, no instruments
/// by name, no footnote analysis: enough to drive the store, the worker and their tests, no more.
/// </summary>
public sealed partial class InterimSymbolPipeline : IDocumentPipeline
{
    const int TitleBlockLines = 20;
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ExtractedDocument Extract(byte[] content, string source)
    {
        if (content.Length == 0) throw new UnreadableDocumentException("The file is empty.");
        if (Array.IndexOf(content, (byte)0) >= 0) throw new UnreadableDocumentException("The file is binary (it holds NUL bytes); this build reads plain UTF-8 text only.");
        string text;
        try { text = StrictUtf8.GetString(content); }
        catch (DecoderFallbackException e) { throw new UnreadableDocumentException($"The file is not valid UTF-8 text (byte {e.Index}).", e); }

        var lines = text.Split('\n');
        string? own = null;
        foreach (var line in lines.Take(TitleBlockLines))
            if (Symbol().Match(line) is { Success: true } m) { own = Normalise(m.Value); break; }

        var references = new List<Reference>();
        var paragraph = 1;
        var inParagraph = false;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0) { if (inParagraph) paragraph++; inParagraph = false; continue; }
            inParagraph = true;
            foreach (Match m in Symbol().Matches(line))
            {
                var target = Normalise(m.Value);
                if (target != own) references.Add(new Reference(target, m.Value, "P" + paragraph, null, null));
            }
        }
        var language = text.Contains(" les ", StringComparison.Ordinal) || text.Contains(" des ", StringComparison.Ordinal) ? "fr" : "en";
        return new ExtractedDocument(source, new DocumentIdentity(own, null, null, language, null, null), references, [], []);
    }

    static string Normalise(string symbol) => symbol.Replace(" (", "(", StringComparison.Ordinal).TrimEnd('.', ',', ';');

    [GeneratedRegex(@"\b(?:A|S|E)/(?:[A-Z][A-Za-z0-9.]*/)*(?:RES/)?[0-9][0-9A-Za-z.]*(?:/[A-Za-z0-9.]+)*(?: ?\([0-9]{4}\))?", RegexOptions.NonBacktracking)]
    private static partial Regex Symbol();
}
