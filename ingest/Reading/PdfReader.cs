using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UnCitationGraph.Ingest.Reading.Pdf;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Reads a PDF's text layer (PdfPig) into the normalised document: lines built from letters with superscript
/// markers kept apart, page furniture removed, notes taken from below the separator, columns put in order,
/// lines joined into paragraphs. A PDF without text (a scan), encrypted, corrupt or truncated gets a clear error.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    public bool CanRead(ReadOnlySpan<byte> head, string extension) => HeaderOffset(head) >= 0;

    public NormalisedDocument Read(byte[] content, string source)
    {
        DocumentLimits.CheckSize(content.Length);
        if (HeaderOffset(content.AsSpan(0, Math.Min(content.Length, 1024))) < 0)
            throw new UnreadableDocumentException("not a PDF: no %PDF header");
        if (!HasEndOfFile(content))
            throw new UnreadableDocumentException("truncated PDF: no end-of-file marker (%%EOF); the file was cut short");
        try
        {
            using var pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return Layout(pdf, source);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableDocumentException("encrypted PDF: it needs a password to open; decrypt it first", e);
        }
        catch (UnreadableDocumentException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadableDocumentException($"corrupt PDF: {e.Message}", e);
        }
    }

    private static NormalisedDocument Layout(PdfDocument pdf, string source)
    {
        if (pdf.NumberOfPages > DocumentLimits.MaxPdfPages)
            throw new UnreadableDocumentException($"PDF too long: {pdf.NumberOfPages} pages, over the {DocumentLimits.MaxPdfPages}-page limit");

        var clock = Stopwatch.StartNew();
        var pages = new List<(UglyToad.PdfPig.Content.Page Page, List<PdfLine> Lines)>();
        var letters = 0;
        var images = 0;
        for (var n = 1; n <= pdf.NumberOfPages; n++)
        {
            var page = pdf.GetPage(n);
            if (page.Letters.Count > DocumentLimits.MaxLettersPerPage)
                throw new UnreadableDocumentException($"PDF page {n} holds {page.Letters.Count} characters, over the limit of {DocumentLimits.MaxLettersPerPage}");
            letters += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
            if (letters == 0) images += page.NumberOfImages;
            pages.Add((page, PageLineBuilder.Build(page, n)));
            if (clock.Elapsed > DocumentLimits.MaxReadTime)
                throw new UnreadableDocumentException($"PDF took over {DocumentLimits.MaxReadTime.TotalSeconds:F0} s to read (stopped at page {n})");
        }
        if (letters == 0)
            throw new UnreadableDocumentException(images > 0
                ? "no text layer: the PDF is a scan; OCR it first"
                : "the PDF holds no text");

        var bodySize = BodySize(pages.SelectMany(p => p.Lines));
        var furniture = new PageFurniture([.. pages.SelectMany(p => p.Lines.Select(l => (l, p.Page.Height)))], bodySize);
        var assembler = new ParagraphAssembler();
        foreach (var (page, all) in pages)
        {
            var lines = all.Where(l => !furniture.IsFurniture(l, page.Height)).ToList();
            var notesTop = NoteZone.Top(page, lines, bodySize);
            var body = lines.Where(l => notesTop is null || l.Baseline > notesTop).ToList();
            var margin = Margin(body, bodySize);
            foreach (var line in ColumnOrder.Arrange(body, page.Width))
                assembler.AddBody(line, margin);
            if (notesTop is not null)
                foreach (var line in lines.Where(l => l.Baseline <= notesTop && !NoteZone.IsSeparator(l)))
                    assembler.AddNote(line);
        }
        assembler.Finish();
        return new NormalisedDocument(source, assembler.Blocks, assembler.Notes) { Format = "pdf" };
    }

    /// <summary>The size most of the text is set in (weighted by characters).</summary>
    private static double BodySize(IEnumerable<PdfLine> lines)
    {
        var weight = new Dictionary<double, int>();
        foreach (var l in lines) weight[Math.Round(l.Size, 1)] = weight.GetValueOrDefault(Math.Round(l.Size, 1)) + l.Text.Length;
        return weight.Count == 0 ? 10 : weight.MaxBy(kv => kv.Value).Key;
    }

    /// <summary>The page's left text edge: where most body-size lines begin.</summary>
    private static double Margin(List<PdfLine> lines, double bodySize)
    {
        var starts = lines.Where(l => Math.Abs(l.Size - bodySize) < 0.8).GroupBy(l => Math.Round(l.Left)).ToList();
        return starts.Count == 0 ? lines.Select(l => l.Left).DefaultIfEmpty(0).Min() : starts.MaxBy(g => g.Count())!.Key;
    }

    /// <summary>Where "%PDF-" starts within the first 1024 bytes (the format allows leading bytes), or -1.</summary>
    private static int HeaderOffset(ReadOnlySpan<byte> head) => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8);

    private static bool HasEndOfFile(byte[] content)
    {
        var tail = content.AsSpan(Math.Max(0, content.Length - 2048));
        return tail.IndexOf("%%EOF"u8) >= 0;
    }
}
