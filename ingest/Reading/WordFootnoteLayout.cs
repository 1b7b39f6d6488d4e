using System.Text;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Text saved from a word processor: one paragraph per line, footnote markers as "[footnoteRef:N]" and each note's
/// text as "[N: text]" (which may span lines), bookmarks as "[bookmark: ...]".
/// </summary>
public sealed class WordFootnoteLayout : ITextLayout
{
    const string RefTag = "[footnoteRef:";

    public bool Recognises(string text) => text.Contains(RefTag, StringComparison.Ordinal);

    public NormalisedDocument Read(string text, string source)
    {
        var (body, notes) = TakeNotes(text);
        var blocks = new List<TextBlock>();
        foreach (var raw in body.Split('\n'))
        {
            var (clean, markers) = TakeMarkers(raw);
            clean = clean.Replace('\t', ' ').Trim();
            if (clean.Length == 0 && markers.Count == 0) continue;
            var lead = 0;
            var untrimmed = TakeMarkers(raw).Text.Replace('\t', ' ');
            while (lead < untrimmed.Length && untrimmed[lead] == ' ') lead++;
            blocks.Add(new TextBlock(clean, markers.Select(m => m with { Offset = Math.Clamp(m.Offset - lead, 0, clean.Length) }).ToArray()));
        }
        return new NormalisedDocument(source, blocks, notes) { Format = "text" };
    }

    /// <summary>Cuts every "[N: ...]" note out of the text in one pass (brackets inside a note are balanced).</summary>
    static (string Body, List<Note> Notes) TakeNotes(string text)
    {
        var body = new StringBuilder(text.Length);
        var notes = new List<Note>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '[' && NoteLabelEnd(text, i) is var labelEnd and > 0)
            {
                var label = text[(i + 1)..labelEnd];
                var depth = 1;
                var j = labelEnd + 1;
                while (j < text.Length && depth > 0)
                {
                    if (text[j] == '[') depth++;
                    else if (text[j] == ']') depth--;
                    j++;
                }
                var noteText = text[(labelEnd + 1)..(depth == 0 ? j - 1 : j)];
                notes.Add(new Note(label, Clean(noteText)));
                i = j;
                continue;
            }
            if (text[i] == '[' && string.CompareOrdinal(text, i, "[bookmark:", 0, 10) == 0)
            {
                var end = text.IndexOf(']', i);
                if (end > 0 && end - i < 200) { i = end + 1; continue; }
            }
            body.Append(text[i++]);
        }
        return (body.ToString(), notes);
    }

    // "[12:" → index of ':'; anything else → -1.
    static int NoteLabelEnd(string text, int open)
    {
        var k = open + 1;
        while (k < text.Length && k - open <= 4 && char.IsAsciiDigit(text[k])) k++;
        return k > open + 1 && k < text.Length && text[k] == ':' ? k : -1;
    }

    static string Clean(string note)
    {
        var lines = note.Split('\n').Select(l => l.Replace('\t', ' ').Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    static (string Text, List<NoteMarker> Markers) TakeMarkers(string line)
    {
        var sb = new StringBuilder(line.Length);
        var markers = new List<NoteMarker>();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '[' && string.CompareOrdinal(line, i, RefTag, 0, RefTag.Length) == 0)
            {
                var end = line.IndexOf(']', i);
                if (end > 0 && end - i <= RefTag.Length + 5)
                {
                    markers.Add(new NoteMarker(line[(i + RefTag.Length)..end].Trim(), sb.Length));
                    i = end + 1;
                    continue;
                }
            }
            sb.Append(line[i++]);
        }
        return (sb.ToString(), markers);
    }
}
