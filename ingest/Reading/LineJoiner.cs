using System.Text;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Joins the lines of one paragraph as a typesetter broke them: a word hyphenated at a line end is mended
/// ("recom-" + "mendation"), a compound keeps its hyphen ("Secretary-" + "General", "seventy-" + "ninth"),
/// and a UN symbol or web address broken across lines is rejoined without a space ("A/RES/78/" + "102",
/// "A/CONF." + "157/24", "https://www.un.org/" + "en"). Markers after the join point keep their place.
/// </summary>
public static class LineJoiner
{
    // Left parts of compounds that keep their hyphen when broken at a line end.
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "non", "self", "co",
        "anti", "well", "long", "short", "high", "low", "cross", "follow", "multi", "ex", "post", "pre",
        "so", "large", "small", "medium", "full", "part", "half", "decision", "policy", "people", "gender",
        "country", "region", "state", "rights", "human", "child", "women", "age", "evidence", "results",
        "least", "middle", "landlocked", "peace", "community", "climate", "cost", "time", "risk", "sub",
        "semi", "vice", "mid", "e", "micro", "macro", "socio", "inter", "intra", "extra", "top", "up", "down",
    };

    /// <summary>Appends <paramref name="line"/> (with its markers) to a paragraph being built.</summary>
    public static void Append(StringBuilder text, List<NoteMarker> markers, string line, IReadOnlyList<NoteMarker> lineMarkers)
    {
        line = line.Trim();
        if (text.Length > 0 && line.Length > 0)
        {
            switch (JoinKind(text, line))
            {
                case Join.Space: text.Append(' '); break;
                case Join.DropHyphen:
                    text.Length--;
                    for (var i = 0; i < markers.Count; i++)
                        if (markers[i].Offset > text.Length) markers[i] = markers[i] with { Offset = text.Length };
                    break;
                case Join.Glue: break;
            }
        }
        var start = text.Length;
        text.Append(line);
        foreach (var m in lineMarkers) markers.Add(m with { Offset = start + Math.Min(m.Offset, line.Length) });
    }

    private enum Join { Space, Glue, DropHyphen }

    private static Join JoinKind(StringBuilder text, string next)
    {
        var last = text[^1];
        var token = LastToken(text);
        if (last == '\u00AD') return Join.DropHyphen;
        if (last is '-' or '\u2010')
        {
            if (token.Length == 1) return Join.Space;                          // a dash standing alone
            if (token.Contains('/') || token.Any(char.IsAsciiDigit)) return Join.Glue; // "A/70/95-" + "S/2015/446"
            if (!char.IsLower(next[0])) return Join.Glue;                       // "Secretary-" + "General"
            var head = token.TrimEnd('-', '\u2010');
            var dash = head.LastIndexOfAny(['-', '\u2010']);
            if (dash >= 0) head = head[(dash + 1)..];
            if (char.IsUpper(head.FirstOrDefault()) || CompoundHeads.Contains(head)) return Join.Glue;
            return Join.DropHyphen;
        }
        var looksLikeSymbol = token.Contains('/') && token.Length > 1 && char.IsUpper(token[0]);
        var looksLikeUrl = token.StartsWith("http", StringComparison.OrdinalIgnoreCase) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        if (next[0] == '/' && (looksLikeSymbol || looksLikeUrl)) return Join.Glue;
        if (last == '/' && (looksLikeSymbol || looksLikeUrl)) return Join.Glue;
        if (looksLikeUrl && (last is '_' or '=' or '?' or '&' or '#' or '-' || (last == '.' && (char.IsLower(next[0]) || char.IsAsciiDigit(next[0]))))) return Join.Glue;
        if (looksLikeUrl && (UrlTail(next) || next[0] is '&' or '?' or '=' or '#' or '_' or '.')) return Join.Glue;
        // "A/CONF." + "157/24", "A/HRC/44/44/Add." + "1": a symbol cut after a lettered component
        if (last == '.' && looksLikeSymbol && char.IsAsciiDigit(next[0]) && LettersBeforeDot(token)) return Join.Glue;
        return Join.Space;
    }

    private static bool UrlTail(string next)
    {
        var end = next.IndexOf(' ');
        var first = end < 0 ? next : next[..end];
        return char.IsLower(first[0]) && (first.Contains('/') || first.Contains(".htm") || first.Contains(".pdf") || first.Contains(".asp"));
    }

    private static bool LettersBeforeDot(string token)
    {
        var slash = token.LastIndexOf('/');
        var part = token[(slash + 1)..^1];
        return part.Length > 0 && part.All(char.IsAsciiLetter);
    }

    private static string LastToken(StringBuilder text)
    {
        var i = text.Length - 1;
        while (i >= 0 && text[i] != ' ') i--;
        return text.ToString(i + 1, text.Length - i - 1).TrimStart('(', '[', '"', '\u201C', '\u2018');
    }
}
