using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace UnCitationGraph.Tests.Reading;

/// <summary>
/// Writes small PDFs laid out as UN documents are: 10 pt body, footnote markers as 6.5 pt raised superscripts,
/// a separator rule over 8.5 pt notes whose markers are raised too, running heads and job numbers.
/// </summary>
internal sealed class PdfFixture
{
    public const double Body = 10, Note = 8.5, Head = 8.5;
    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont regular, bold;
    private PdfPageBuilder? page;

    public PdfFixture()
    {
        regular = builder.AddStandard14Font(Standard14Font.TimesRoman);
        bold = builder.AddStandard14Font(Standard14Font.TimesBold);
    }

    public PdfFixture NewPage()
    {
        page = builder.AddPage(PageSize.Letter);
        return this;
    }

    /// <summary>A line of body-size text at (x, y); "^{n}" in the text is a raised footnote marker.</summary>
    public PdfFixture Line(double x, double y, string text, double size = Body, bool isBold = false)
    {
        var font = isBold ? bold : regular;
        var pos = x;
        foreach (var (part, super) in Split(text))
        {
            var letters = super
                ? page!.AddText(part, size * 0.65, new PdfPoint(pos, y + size * 0.35), font)
                : page!.AddText(part, size, new PdfPoint(pos, y), font);
            if (letters.Count > 0) pos = letters[^1].EndBaseLine.X;
        }
        return this;
    }

    /// <summary>The footnote separator: a short horizontal rule.</summary>
    public PdfFixture Rule(double x, double y, double width = 72)
    {
        page!.DrawLine(new PdfPoint(x, y), new PdfPoint(x + width, y), 0.5);
        return this;
    }

    public PdfFixture Png(byte[] png, double x, double y, double width, double height)
    {
        page!.AddPng(png, new PdfRectangle(x, y, x + width, y + height));
        return this;
    }

    public byte[] Build() => builder.Build();

    private static IEnumerable<(string Part, bool Super)> Split(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf("^{", i, StringComparison.Ordinal);
            if (open < 0) { yield return (text[i..], false); yield break; }
            if (open > i) yield return (text[i..open], false);
            var close = text.IndexOf('}', open);
            yield return (text[(open + 2)..close], true);
            i = close + 1;
        }
    }
}
