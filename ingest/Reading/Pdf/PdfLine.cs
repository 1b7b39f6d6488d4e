namespace UnCitationGraph.Ingest.Reading.Pdf;

/// <summary>
/// One line of a PDF page as read from its letters: text with footnote markers taken out (kept at offsets),
/// its position (PDF points, origin bottom-left) and typography, used by the layout rules that follow.
/// </summary>
internal sealed record PdfLine(
    int Page,
    double Left,
    double Right,
    double Baseline,
    double Size,
    bool Bold,
    string Text,
    IReadOnlyList<NoteMarker> Markers,
    IReadOnlyList<double> WordStarts)
{
    /// <summary>A line that begins with a raised marker: the first line of a note at a page bottom.</summary>
    public bool StartsWithMarker => Markers.Count > 0 && Markers[0].Offset == 0;
}
