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
        // The open paragraph's lines, as ranges of the text: a line becomes a string once, markers and markup already out.
        var para = new List<Range>();
        var inNote = false;

        void Flush()
        {
            if (para.Count == 0) return;
            var first = text.AsSpan(para[0]);
            var heading = first.StartsWith('#') || first.StartsWith("**", StringComparison.Ordinal);
            var builder = new BlockBuilder();
            foreach (var line in para)
            {
                var (clean, markers) = TakeMarkers(StripMarkup(text.AsSpan(line)));
                builder.AddLine(clean, markers);
            }
            foreach (var b in builder.Blocks) blocks.Add((b, heading));
            para.Clear();
        }

        foreach (var raw in text.AsSpan().Split('\n'))
        {
            var (offset, length) = raw.GetOffsetAndLength(text.Length);
            var trimmed = text.AsSpan(offset, length).Trim();
            if (trimmed.Length == 0 || trimmed.Trim("-_* ").Length == 0) { Flush(); inNote = false; continue; } // blank line, thematic break
            if (NoteStart(trimmed) is { } note)
            {
                Flush();
                notes.Start(note.Marker, StripMarkup(trimmed[note.TextAt..]).ToString());
                inNote = true;
                continue;
            }
            if (inNote) { notes.Continue(StripMarkup(trimmed).ToString()); continue; }
            var start = offset + (length - text.AsSpan(offset, length).TrimStart().Length);
            para.Add(start..(start + trimmed.Length));
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

    /// <summary>A note's first line: its marker, and where its text starts in the line.</summary>
    static (string Marker, int TextAt)? NoteStart(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("<sup>", StringComparison.OrdinalIgnoreCase))
        {
            var end = line.IndexOf("</sup>", StringComparison.OrdinalIgnoreCase);
            if (end > 5 && end - 5 <= 4) return (line[5..end].Trim().ToString(), end + 6);
        }
        if (line.StartsWith("[^", StringComparison.Ordinal))
        {
            var end = line.IndexOf("]:", StringComparison.Ordinal);
            if (end > 2 && end <= 8) return (line[2..end].ToString(), end + 2);
        }
        return null;
    }

    // Reused per thread: the line being rebuilt without its markers or markup.
    [ThreadStatic] static StringBuilder? _line;

    /// <summary>Takes &lt;sup&gt;N&lt;/sup&gt; and [^N] markers out of a line; "46&lt;sup&gt;e&lt;/sup&gt;" (an ordinal) stays as text.</summary>
    static (string, IReadOnlyList<NoteMarker>) TakeMarkers(ReadOnlySpan<char> line)
    {
        if (!line.Contains('<') && !line.Contains("[^", StringComparison.Ordinal)) return (line.ToString(), []); // no marker: one copy
        var markers = new List<NoteMarker>();
        var sb = (_line ??= new StringBuilder()).Clear();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '<' && line[i..].StartsWith("<sup>", StringComparison.Ordinal))
            {
                var end = line.Slice(i + 5, Math.Min(line.Length - i - 5, 16)).IndexOf("</sup>", StringComparison.OrdinalIgnoreCase);
                if (end >= 0)
                {
                    var label = line.Slice(i + 5, end).Trim();
                    if (label.Length > 0 && (!label.ContainsAnyExceptInRange('0', '9') || label is "*"))
                        markers.Add(new NoteMarker(label.ToString(), sb.Length));
                    else sb.Append(label);
                    i += 5 + end + 6;
                    continue;
                }
            }
            if (line[i] == '[' && i + 1 < line.Length && line[i + 1] == '^')
            {
                var end = line.Slice(i + 2, Math.Min(line.Length - i - 2, 8)).IndexOf(']');
                if (end >= 0) { markers.Add(new NoteMarker(line.Slice(i + 2, end).ToString(), sb.Length)); i += 2 + end + 1; continue; }
            }
            sb.Append(line[i++]);
        }
        return (sb.ToString(), markers);
    }

    static readonly char[] MarkupOpeners = ['#', ' ', '>'];
    static readonly System.Buffers.SearchValues<char> Emphasis = System.Buffers.SearchValues.Create("*_\\");

    /// <summary>The line without heading and quote openers, emphasis marks and escapes.</summary>
    static ReadOnlySpan<char> StripMarkup(ReadOnlySpan<char> line)
    {
        var s = line.TrimStart(MarkupOpeners);
        if (s.EndsWith("  ", StringComparison.Ordinal)) s = s.TrimEnd();
        if (s.IndexOfAny(Emphasis) < 0) return s; // most lines: nothing to strip, no copy
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (c is not ('*' or '_') || sb.Length > 0 && sb[^1] != ' ' && c == '_') sb.Append(c);
        return sb.Replace("\\", "").ToString();
    }
}
