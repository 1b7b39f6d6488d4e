namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// What every reader gives, whatever the format: the text's blocks in reading order (title block lines
/// and paragraphs, with running heads, page numbers and job numbers removed and lines of one paragraph
/// joined) and the notes (footnotes and endnotes) with their markers. Extraction sees only this.
/// </summary>
public sealed record NormalisedDocument(
    string Source,
    IReadOnlyList<TextBlock> Blocks,
    IReadOnlyList<Note> Notes)
{
    /// <summary>The format it was read from: text, markdown, pdf, docx, html.</summary>
    public string Format { get; init; } = "text";
}

/// <summary>A paragraph or title-block line. Footnote markers are taken out of the text and kept at their offsets.</summary>
public sealed record TextBlock(string Text, IReadOnlyList<NoteMarker> Markers)
{
    public TextBlock(string text) : this(text, []) { }
}

/// <summary>A footnote marker: its label ("3", "*", "a") and the offset in the block's text where it stood.</summary>
public sealed record NoteMarker(string Label, int Offset);

/// <summary>A note's text with the marker it is numbered by.</summary>
public sealed record Note(string Marker, string Text);

/// <summary>A file no reader can make a document of; the message says why, for the user.</summary>
public sealed class UnreadableDocumentException(string reason, Exception? inner = null) : Exception(reason, inner);
