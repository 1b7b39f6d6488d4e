using System.Text;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Markdown converted from a PDF: paragraphs between blank lines, "#" headings and "*" emphasis, footnote markers
/// as &lt;sup&gt;N&lt;/sup&gt; (or [^N]) and notes as lines starting with the same marker. A paragraph cut by a page's notes
/// is joined again with its continuation.
/// </summary>
public sealed class MarkdownLayout : ITextLayout
{
    public bool Recognises(string text) =>
        text.Contains("<sup>", StringComparison.OrdinalIgnoreCase) || text.Contains("[^", StringComparison.Ordinal) || text.Contains("\n# ", StringComparison.Ordinal);

    public NormalisedDocument Read(string text, string source)
    {
        var blocks = new List<(TextBlock Block, bool Heading)>();
        var notes = new NoteCollector();
        var para = new List<string>();
        var inNote = false;

        void Flush()
        {
            if (para.Count == 0) return;
            var heading = para[0].StartsWith('#') || para[0].StartsWith("**", StringComparison.Ordinal);
            var builder = new BlockBuilder();
            foreach (var line in para)
            {
                var (clean, markers) = TakeMarkers(StripMarkup(line));
                builder.AddLine(clean, markers);
            }
            foreach (var b in builder.Blocks) blocks.Add((b, heading));
            para.Clear();
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0) { Flush(); inNote = false; continue; }
            if (trimmed.AsSpan().Trim("-_* ").Length == 0) { Flush(); inNote = false; continue; } // thematic break
            if (NoteStart(trimmed) is { } note)
            {
                Flush();
                notes.Start(note.Marker, StripMarkup(note.Text));
                inNote = true;
                continue;
            }
            if (inNote) { notes.Continue(StripMarkup(trimmed)); continue; }
            para.Add(trimmed);
        }
        Flush();
        return new NormalisedDocument(source, JoinCutParagraphs(blocks), notes.Notes) { Format = "markdown" };
    }

    // A body paragraph that stops mid-sentence (no closing punctuation) continues in the next non-heading block.
    static List<TextBlock> JoinCutParagraphs(List<(TextBlock Block, bool Heading)> blocks)
    {
        var result = new List<TextBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var (block, heading) = blocks[i];
            while (!heading && i + 1 < blocks.Count && !blocks[i + 1].Heading && block.Text.Length > 80
                   && char.IsLetterOrDigit(block.Text[^1]) && !StartsNumbered(blocks[i + 1].Block.Text))
            {
                var next = blocks[++i].Block;
                var shift = block.Text.Length + 1;
                block = new TextBlock(block.Text + "\n" + next.Text,
                    [.. block.Markers, .. next.Markers.Select(m => m with { Offset = m.Offset + shift })]);
            }
            result.Add(block);
        }
        return result;
    }

    static bool StartsNumbered(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        return i > 0 && i < text.Length && text[i] == '.';
    }

    static (string Marker, string Text)? NoteStart(string line)
    {
        if (line.StartsWith("<sup>", StringComparison.OrdinalIgnoreCase))
        {
            var end = line.IndexOf("</sup>", StringComparison.OrdinalIgnoreCase);
            if (end > 5 && end - 5 <= 4) return (line[5..end].Trim(), line[(end + 6)..]);
        }
        if (line.StartsWith("[^", StringComparison.Ordinal))
        {
            var end = line.IndexOf("]:", StringComparison.Ordinal);
            if (end > 2 && end <= 8) return (line[2..end], line[(end + 2)..]);
        }
        return null;
    }

    /// <summary>Takes &lt;sup&gt;N&lt;/sup&gt; and [^N] markers out of a line; "46&lt;sup&gt;e&lt;/sup&gt;" (an ordinal) stays as text.</summary>
    static (string, List<NoteMarker>) TakeMarkers(string line)
    {
        var markers = new List<NoteMarker>();
        if (!line.Contains('<') && !line.Contains("[^", StringComparison.Ordinal)) return (line, markers); // no marker: no copy
        var sb = new StringBuilder(line.Length);
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '<' && string.CompareOrdinal(line, i, "<sup>", 0, 5) == 0)
            {
                var end = line.IndexOf("</sup>", i + 5, Math.Min(line.Length - i - 5, 16), StringComparison.OrdinalIgnoreCase);
                if (end > 0)
                {
                    var label = line[(i + 5)..end].Trim();
                    if (label.Length > 0 && (label.All(char.IsAsciiDigit) || label == "*"))
                        markers.Add(new NoteMarker(label, sb.Length));
                    else sb.Append(label);
                    i = end + 6;
                    continue;
                }
            }
            if (line[i] == '[' && i + 1 < line.Length && line[i + 1] == '^')
            {
                var end = line.IndexOf(']', i + 2, Math.Min(line.Length - i - 2, 8));
                if (end > 0) { markers.Add(new NoteMarker(line[(i + 2)..end], sb.Length)); i = end + 1; continue; }
            }
            sb.Append(line[i++]);
        }
        return (sb.ToString(), markers);
    }

    static readonly char[] MarkupOpeners = ['#', ' ', '>'];
    static readonly System.Buffers.SearchValues<char> Emphasis = System.Buffers.SearchValues.Create("*_\\");

    static string StripMarkup(string line)
    {
        var s = line.TrimStart(MarkupOpeners);
        if (s.EndsWith("  ", StringComparison.Ordinal)) s = s.TrimEnd();
        if (s.AsSpan().IndexOfAny(Emphasis) < 0) return s; // most lines: nothing to strip, no copy
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (c is not ('*' or '_') || sb.Length > 0 && sb[^1] != ' ' && c == '_') sb.Append(c);
        return sb.ToString().Replace("\\", "");
    }
}
