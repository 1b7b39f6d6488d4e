using System.Text;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>Joins the lines of one paragraph into a block, keeping each footnote marker at its offset in the joined text.</summary>
public sealed class BlockBuilder
{
    // A block of one line (the common case in Markdown and word-processor text) keeps that line's string: no copy.
    string? _single;
    StringBuilder? _text;
    readonly List<NoteMarker> _markers = [];
    readonly List<TextBlock> _blocks = [];

    public bool IsEmpty => string.IsNullOrEmpty(_single) && (_text == null || _text.Length == 0);

    /// <summary>The text gathered so far for the open block.</summary>
    public string Current => _single ?? _text?.ToString() ?? "";

    /// <summary>Adds a line (markers already taken out, offsets relative to the line) to the open block.</summary>
    public void AddLine(string line, IReadOnlyList<NoteMarker> markers)
    {
        line = line.Trim();
        if (line.Length == 0 && markers.Count == 0) return;
        if (IsEmpty && _markers.Count == 0)
        {
            _single = line;
            foreach (var m in markers) _markers.Add(m with { Offset = Math.Min(m.Offset, line.Length) });
            return;
        }
        var text = _text ??= new StringBuilder();
        if (_single != null) { text.Append(_single); _single = null; }
        // A word hyphenated at the line end is not rejoined: UN texts keep real hyphens ("Haute-\nCommissaire") as often as not.
        if (text.Length > 0) text.Append('\n');
        var shift = text.Length;
        text.Append(line);
        foreach (var m in markers) _markers.Add(m with { Offset = Math.Min(m.Offset, line.Length) + shift });
    }

    public void Close()
    {
        var text = Current;
        if (text.Length > 0 || _markers.Count > 0)
            _blocks.Add(new TextBlock(text, _markers.Count == 0 ? [] : _markers.ToArray()));
        _single = null;
        _text?.Clear();
        _markers.Clear();
    }

    public List<TextBlock> Blocks { get { Close(); return _blocks; } }
}

/// <summary>Note texts by marker, in order, joined across the lines they span.</summary>
public sealed class NoteCollector
{
    readonly List<(string Marker, StringBuilder Text)> _notes = [];

    public void Start(string marker, string text) => _notes.Add((marker, new StringBuilder(text.Trim())));

    public void Continue(string text)
    {
        if (_notes.Count == 0) return;
        var sb = _notes[^1].Text;
        if (sb.Length > 0) sb.Append('\n');
        sb.Append(text.Trim());
    }

    public string? LastText => _notes.Count == 0 ? null : _notes[^1].Text.ToString();

    public IReadOnlyList<Note> Notes => _notes.Select(n => new Note(n.Marker, n.Text.ToString())).ToArray();
}
