using UnCitationGraph.Ids;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// Web addresses ("http://…", "https://…", "www.…"), with closing punctuation left out and an address broken across
/// lines in a note rejoined when the next line plainly continues it (after a "/", or starting with "&amp;", "?", "=" …).
/// </summary>
public static class Urls
{
    public static List<Found> Find(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var found = new List<Found>();
        var i = start;
        while (i < end)
        {
            var at = NextStart(text, i, end);
            if (at < 0) break;
            var e = ReadRun(text, at, end);
            // Rejoin a break: the address stops at a line end and the next line continues it.
            while (e + 1 < end && text[e] == '\n' && Continues(text, e, end))
                e = ReadRun(text, e + 1, end);
            var stop = TrimClosing(text, at, e);
            if (stop - at > 8)
            {
                var surface = text[at..stop];
                var address = surface.Replace("\n", "");
                found.Add(new Found(at, stop, CanonicalId.ForUrl(address), surface));
            }
            i = Math.Max(e, at + 1);
        }
        return found;
    }

    static readonly System.Buffers.SearchValues<string> Openings =
        System.Buffers.SearchValues.Create(["http://", "https://", "www."], StringComparison.OrdinalIgnoreCase);

    static int NextStart(string text, int from, int end)
    {
        // A vectorised search for the openings; most paragraphs hold none.
        while (from < end)
        {
            var at = text.AsSpan(from, end - from).IndexOfAny(Openings);
            if (at < 0) return -1;
            var i = from + at;
            if (i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '/' or '.' or '@')) return i;
            from = i + 1;
        }
        return -1;
    }

    static bool Starts(string text, int i, int end, string prefix) =>
        end - i >= prefix.Length && string.Compare(text, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    static int ReadRun(string text, int i, int end)
    {
        while (i < end && !char.IsWhiteSpace(text[i]) && text[i] is not ('<' or '>' or '"' or '«' or '»' or '“' or '”')) i++;
        return i;
    }

    static bool Continues(string text, int lineBreak, int end)
    {
        var prev = text[lineBreak - 1];
        var next = text[lineBreak + 1];
        if (char.IsWhiteSpace(next)) return false;
        var runEnd = ReadRun(text, lineBreak + 1, end);
        var run = text.AsSpan(lineBreak + 1, runEnd - lineBreak - 1);
        if (next is '&' or '?' or '=' or '#' or '%') return true;
        return prev is '/' or '-' or '_' or '=' or '&' && (run.Contains('/') || run.Contains('.') || run.Contains('_'));
    }

    static int TrimClosing(string text, int start, int e)
    {
        while (e > start)
        {
            var c = text[e - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’') { e--; continue; }
            if (c == ')' && Count(text, start, e, '(') < Count(text, start, e, ')')) { e--; continue; }
            if (c == ']' && Count(text, start, e, '[') < Count(text, start, e, ']')) { e--; continue; }
            break;
        }
        return e;
    }

    static int Count(string text, int start, int end, char ch)
    {
        var n = 0;
        for (var k = start; k < end; k++) if (text[k] == ch) n++;
        return n;
    }
}
