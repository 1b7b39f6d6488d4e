using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UnCitationGraph.Tests.Reading;

/// <summary>
/// Writes a Word document with real footnotes and endnotes parts (separators included, ids as Word leaves them:
/// not the displayed numbers) and a decimal list for operative paragraphs.
/// </summary>
internal sealed class DocxFixture
{
    private readonly List<Paragraph> paragraphs = [];
    private readonly List<Footnote> footnotes =
    [
        new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
        new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
    ];
    private readonly List<Endnote> endnotes = [];

    /// <summary>A paragraph; "[fn:ID]" and "[en:ID]" place note references, "[fn*:ID]" one with a custom "*" mark.</summary>
    public DocxFixture Paragraph(string text, bool numbered = false)
    {
        var p = new Paragraph();
        if (numbered)
            p.ParagraphProperties = new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('[', i);
            if (open < 0 || text.IndexOf(':', open) < 0) { p.Append(TextRun(text[i..])); break; }
            if (open > i) p.Append(TextRun(text[i..open]));
            var close = text.IndexOf(']', open);
            var kind = text[(open + 1)..text.IndexOf(':', open)];
            var id = int.Parse(text[(text.IndexOf(':', open) + 1)..close]);
            var style = new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript });
            p.Append(kind switch
            {
                "fn" => new Run(style, new FootnoteReference { Id = id }),
                "fn*" => new Run(style, new FootnoteReference { Id = id, CustomMarkFollows = true }, new Text("*")),
                _ => new Run(style, new EndnoteReference { Id = id }),
            });
            i = close + 1;
        }
        paragraphs.Add(p);
        return this;
    }

    public DocxFixture Footnote(int id, string text)
    {
        footnotes.Add(new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), TextRun(" " + text))) { Id = id });
        return this;
    }

    public DocxFixture Endnote(int id, string text)
    {
        endnotes.Add(new Endnote(new Paragraph(new Run(new EndnoteReferenceMark()), TextRun(" " + text))) { Id = id });
        return this;
    }

    public byte[] Build()
    {
        var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs));
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(footnotes);
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(endnotes);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.Decimal },
                    new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 10 },
                new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 });
        }
        return stream.ToArray();
    }

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
