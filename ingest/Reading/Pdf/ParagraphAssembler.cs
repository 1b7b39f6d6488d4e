using System.Text;

namespace UnCitationGraph.Ingest.Reading.Pdf;

/// <summary>
/// Joins body lines into paragraphs and note lines into notes, across pages. A paragraph ends at a vertical gap
/// wider than the line spacing, an indented first line, a change of size or weight, or a line that does not
/// sit under the one before. A note starts at a line opening with a raised marker; a note line without one
/// continues the note before it, also from the previous page.
/// </summary>
internal sealed class ParagraphAssembler
{
    private const double ParagraphGap = 1.5;   // baseline distance, in font sizes, beyond which a paragraph ends
    private const double Indent = 0.6;         // in font sizes: a line starting this far right of the one before

    private readonly List<TextBlock> blocks = [];
    private readonly List<Note> notes = [];
    private readonly StringBuilder text = new();
    private readonly List<NoteMarker> markers = [];
    private PdfLine? previous;
    private bool previousWasFirst;
    private readonly StringBuilder noteText = new();
    private readonly List<NoteMarker> noteInnerMarkers = [];
    private string? noteLabel;

    public IReadOnlyList<TextBlock> Blocks => blocks;
    public IReadOnlyList<Note> Notes => notes;

    public void AddBody(PdfLine line, double pageMargin)
    {
        if (previous is null || Breaks(previous, line, pageMargin))
        {
            EndParagraph();
            previousWasFirst = true;
        }
        else previousWasFirst = false;
        LineJoiner.Append(text, markers, line.Text, line.Markers);
        previous = line;
    }

    public void AddNote(PdfLine line)
    {
        if (line.StartsWithMarker)
        {
            EndNote();
            noteLabel = line.Markers[0].Label;
            LineJoiner.Append(noteText, noteInnerMarkers, line.Text, []);
        }
        else if (noteLabel is not null) LineJoiner.Append(noteText, noteInnerMarkers, line.Text, []);
        else AddBody(line, line.Left);   // text under the rule that belongs to no note stays in the text
    }

    public void Finish()
    {
        EndParagraph();
        EndNote();
    }

    private bool Breaks(PdfLine p, PdfLine l, double margin)
    {
        if (Math.Abs(p.Size - l.Size) > 0.8 || p.Bold != l.Bold) return true;
        if (l.Page != p.Page) return l.Left > margin + Indent * l.Size;
        if (p.Baseline - l.Baseline > ParagraphGap * Math.Max(p.Size, l.Size) || l.Baseline >= p.Baseline) return true;
        if (l.Left >= p.Right || l.Right <= p.Left) return true;
        if (l.Left > p.Left + Indent * l.Size)
            return !(previousWasFirst && p.WordStarts.Any(x => Math.Abs(x - l.Left) < 1.5));   // a hanging indent
        if (l.Left < p.Left - Indent * l.Size) return !previousWasFirst;
        return false;
    }

    private void EndParagraph()
    {
        if (text.Length > 0 || markers.Count > 0) blocks.Add(new TextBlock(text.ToString(), [.. markers]));
        text.Clear();
        markers.Clear();
        previous = null;
    }

    private void EndNote()
    {
        if (noteLabel is not null) notes.Add(new Note(noteLabel, noteText.ToString()));
        noteLabel = null;
        noteText.Clear();
        noteInnerMarkers.Clear();
    }
}
