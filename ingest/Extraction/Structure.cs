using UnCitationGraph.Ingest.Reading;

namespace UnCitationGraph.Ingest.Extraction;

public enum ParagraphKind { TitleBlock, Preambular, Operative, Other }

/// <summary>A block with its place in the document: PP3, OP2, P7; <see cref="Index"/> is its position among the paragraphs.</summary>
public sealed record Paragraph(string Location, ParagraphKind Kind, TextBlock Block)
{
    public int Index { get; init; }
}

/// <summary>The document's parts: paragraphs in order and where the title block ends.</summary>
public sealed record DocumentStructure(IReadOnlyList<Paragraph> Paragraphs, int BodyLineIndex)
{
    public IEnumerable<Paragraph> TitleBlock => Paragraphs.Where(p => p.Kind == ParagraphKind.TitleBlock);
}

/// <summary>
/// Stage 1: title block vs body; preambular (PP1..) vs operative (OP1..) vs other (P1..) paragraphs. In a resolution the
/// adopting body's line ("The General Assembly,") ends the title block; paragraphs after it are preambular until the
/// first numbered one ("1. Decides"); lettered items ("(a)", "b)") stay with their operative paragraph.
/// </summary>
public static class Structure
{
    public static DocumentStructure Of(NormalisedDocument doc)
    {
        var blocks = doc.Blocks;
        var bodyLine = -1;
        for (var i = 0; i < blocks.Count; i++)
            if (ParagraphCues.IsAdoptingBodyLine(blocks[i].Text)) { bodyLine = i; break; }

        var result = new List<Paragraph>(blocks.Count);
        int pp = 0, op = 0, other = 0, currentOp = 0;
        var state = bodyLine >= 0 ? ParagraphKind.TitleBlock : ParagraphKind.Other;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (ParagraphCues.IsAdoptingBodyLine(text) && (i == bodyLine || state is ParagraphKind.Other or ParagraphKind.Operative))
            {
                // A resolution's body begins (again, for an annexed draft): numbering restarts.
                state = ParagraphKind.Preambular;
                pp = 0; op = 0; currentOp = 0;
                result.Add(new Paragraph($"P{++other}", ParagraphKind.Other, blocks[i]) { Index = i });
                continue;
            }
            switch (state)
            {
                case ParagraphKind.TitleBlock:
                    result.Add(new Paragraph($"P{++other}", ParagraphKind.TitleBlock, blocks[i]) { Index = i });
                    continue;
                case ParagraphKind.Preambular when ParagraphCues.StartsOperativeNumber(text):
                case ParagraphKind.Operative when ParagraphCues.StartsOperativeNumber(text):
                case ParagraphKind.Other when pp + op > 0 && ParagraphCues.StartsOperativeNumber(text) && LeadingNumber(text) == currentOp + 1:
                    state = ParagraphKind.Operative;
                    currentOp = LeadingNumber(text) is var n and > 0 && n <= op + 3 ? n : op + 1;
                    op = Math.Max(op, currentOp);
                    result.Add(new Paragraph($"OP{currentOp}", ParagraphKind.Operative, blocks[i]) { Index = i });
                    continue;
                case ParagraphKind.Operative when ParagraphCues.StartsNumbered(text) && !char.IsAsciiDigit(text[0]) && !char.IsUpper(text[0]):
                    result.Add(new Paragraph($"OP{currentOp}", ParagraphKind.Operative, blocks[i]) { Index = i });
                    continue;
                case ParagraphKind.Operative:
                    state = ParagraphKind.Other;
                    break;
                case ParagraphKind.Preambular:
                    result.Add(new Paragraph($"PP{++pp}", ParagraphKind.Preambular, blocks[i]) { Index = i });
                    continue;
            }
            result.Add(new Paragraph($"P{++other}", ParagraphKind.Other, blocks[i]) { Index = i });
        }
        return new DocumentStructure(result, bodyLine);
    }

    static int LeadingNumber(string text)
    {
        var i = 0;
        while (i < text.Length && i < 3 && char.IsAsciiDigit(text[i])) i++;
        return i == 0 ? 0 : int.Parse(text.AsSpan(0, i));
    }
}
