using UnCitationGraph.Ids;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>A reference found in a span of text: its canonical target and the surface it was read from.</summary>
public readonly record struct Found(int Start, int End, string Target, string Text);

/// <summary>
/// UN document symbols of every series, read by a hand-written scanner (linear, no backtracking): a known root
/// (A, E, S, ST, CCPR, CRC ...) then "/"-separated segments ("HRC", "CONF.157", "CN.4", "Sub.2", "Add.1", "L.10"),
/// a part, volume or year in brackets ("(Part I)", "(Vol. I)", "S/RES/242 (1967)"), and the addenda written after it
/// ("A/HRC/44/44 and Add.1", "et Add.1 et 2", "y Add.1-3"). A symbol broken after a "/" at a line end is rejoined.
/// </summary>
public static class Symbols
{
    static readonly HashSet<string> Roots =
    [
        "A", "E", "S", "ST", "CCPR", "CRC", "CERD", "CEDAW", "CAT", "CMW", "CRPD", "CED", "HRI", "DP", "TD", "UNEP", "FCCC",
        "ICCD", "SPLOS", "ISBA", "UNW", "JIU", "CTOC", "ECE", "LC", "INCB", "IDB", "PBC", "UNCTAD", "UNDP", "WFP", "ICEF", "UNITAR",
    ];

    public static List<Found> Find(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var found = new List<Found>();
        var i = start;
        while (i < end)
        {
            // Every symbol has a "/" right after its root: jump from one "/" to the next (a vectorised search) and look back.
            var r = text.IndexOf('/', i, end - i);
            if (r < 0) break;
            var root = r;
            while (root > i && r - root < 7 && char.IsAsciiLetterUpper(text[root - 1])) root--;
            if (root == r || root > start && !CanPrecede(text, root) || !IsRoot(text.AsSpan(root, r - root))) { i = r + 1; continue; }
            i = root;
            var symEnd = ReadSegments(text, r, end, out var segments);
            if (symEnd < 0 || segments < 1 || !HasDigit(text, i, symEnd)) { i = r + 1; continue; }
            symEnd = ReadBracketTail(text, symEnd, end);
            if (IsOtherOrganisations(text, i, symEnd)) { i = symEnd; continue; }
            var raw = text[i..symEnd];
            var symbol = Canonical(raw);
            if (SuffixRange(symbol) is var (stem, first, last))
            {
                // "S/8248/Add.7-9": addenda 7, 8 and 9, each a reference.
                for (var n = first; n <= last; n++) found.Add(new Found(i, symEnd, $"{stem}{n}", raw));
                symbol = $"{stem}{last}";
            }
            else found.Add(new Found(i, symEnd, symbol, raw));
            var after = ReadAddenda(text, symEnd, end, symbol, found, i);
            i = Math.Max(after, symEnd);
        }
        return found;
    }

    /// <summary>"…/Add.7-9", "…/Corr.1-2": the symbol up to the number ("…/Add."), and the range; null when the symbol ends otherwise.</summary>
    static (string Stem, int First, int Last)? SuffixRange(string symbol)
    {
        var slash = symbol.LastIndexOf('/');
        var dot = symbol.IndexOf('.', slash + 1);
        var dash = symbol.IndexOf('-', slash + 1);
        if (dot < 0 || dash < dot || !SuffixKinds.Contains(symbol[(slash + 1)..dot])) return null;
        if (!int.TryParse(symbol.AsSpan(dot + 1, dash - dot - 1), out var first) || !int.TryParse(symbol.AsSpan(dash + 1), out var last)) return null;
        return last > first && last - first <= 20 ? (symbol[..(dot + 1)], first, last) : null;
    }

    /// <summary>
    /// "S/2338/2024" is the OPCW Technical Secretariat's numbering (number, then year), not the Security Council's
    /// (S/yyyy/n since 1994, S/n before): such a symbol is left out.
    /// </summary>
    static bool IsOtherOrganisations(string text, int start, int end)
    {
        if (end - start < 8 || text[start] != 'S' || text[start + 1] != '/') return false;
        var s = text.AsSpan(start + 2, end - start - 2);
        var slash = s.IndexOf('/');
        if (slash <= 0 || s[(slash + 1)..].IndexOfAnyExcept("0123456789") >= 0 || s[..slash].IndexOfAnyExcept("0123456789") >= 0) return false;
        return s.Length - slash - 1 == 4 && int.TryParse(s[(slash + 1)..], out var year) && year is >= 1994 and <= 2100
            && !(int.TryParse(s[..slash], out var first) && first is >= 1994 and <= 2100);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RootLookup = Roots.GetAlternateLookup<ReadOnlySpan<char>>();

    static bool IsRoot(ReadOnlySpan<char> s) => RootLookup.Contains(s);

    static bool CanPrecede(string text, int i)
    {
        var p = text[i - 1];
        if (char.IsLetterOrDigit(p) || p is '/' or '.' or '_' or '@') return false;
        // "E/CN.4/2001/2-E/CN.4/Sub.2/2000/46": a joint symbol's second half.
        return p != '-' || i >= 2 && char.IsAsciiDigit(text[i - 2]);
    }

    static bool HasDigit(string text, int from, int to)
    {
        for (var k = from; k < to; k++) if (char.IsAsciiDigit(text[k])) return true;
        return false;
    }

    /// <summary>Reads "/seg/seg..." from the first "/"; returns the end (after the last segment) or -1.</summary>
    static int ReadSegments(string text, int slash, int end, out int segments)
    {
        segments = 0;
        var i = slash;
        var last = -1;
        while (i < end && text[i] == '/')
        {
            var s = i + 1;
            // A line break right after "/" ("A/HRC/\n44/44"): one run of white space may stand there.
            if (s < end && (text[s] == ' ' || text[s] == '\n') && s + 1 < end && char.IsAsciiLetterOrDigit(text[s + 1]) && segments > 0) s++;
            var k = s;
            while (k < end)
            {
                var ch = text[k];
                if (char.IsAsciiLetterOrDigit(ch)) { k++; continue; }
                if (ch == '.' && k + 1 < end && char.IsAsciiLetterOrDigit(text[k + 1]) && k > s) { k++; continue; }
                if (ch == '-' && k + 1 < end && char.IsAsciiDigit(text[k + 1]) && k > s) { k++; continue; }
                break;
            }
            if (k == s) break;
            // A segment opens with a letter or digit and is short; anything longer is prose, not a symbol.
            if (k - s > 12) return -1;
            segments++;
            last = k;
            i = k;
        }
        if (segments > 12) return -1;
        return last;
    }

    /// <summary>"(Part I)", "(Vol. I)", "(1967)" or " A (XXI)" after a symbol.</summary>
    static int ReadBracketTail(string text, int at, int end)
    {
        var i = at;
        if (i < end && text[i] == ' ') i++;
        if (i + 2 < end && char.IsAsciiLetterUpper(text[i]) && text[i + 1] == ' ' && text[i + 2] == '(') i += 2; // "2200 A (XXI)"
        if (i >= end || text[i] != '(') return at;
        var close = text.IndexOf(')', i, Math.Min(16, end - i));
        if (close < 0) return at;
        var inner = text[(i + 1)..close].Trim();
        var ok = inner.StartsWith("Part", StringComparison.Ordinal) || inner.StartsWith("Vol", StringComparison.Ordinal)
            || inner.Length == 4 && inner.All(char.IsAsciiDigit)
            || inner.Length is > 0 and <= 6 && inner.All(ch => ch is 'I' or 'V' or 'X' or 'L');
        return ok ? close + 1 : at;
    }

    static string Canonical(string raw)
    {
        // "A/RES/2200 A (XXI)" → "A/RES/2200A(XXI)"
        var s = UnSymbol.Canonical(raw.Replace('\n', ' '));
        return s;
    }

    static readonly string[] SuffixKinds = ["Add", "Corr", "Rev"];

    /// <summary>
    /// After a symbol: "and Add.1", "et Add.1 et 2", "y Add.1-3", "and Add.1 to 3", "et Add.1 à 3", "and Add. 1", "and Corr.1";
    /// each addendum is a reference of its own. A corrigendum after an addendum corrects that addendum
    /// ("A/HRC/54/31/Add.1 y Corr.1" → A/HRC/54/31/Add.1/Corr.1).
    /// </summary>
    static int ReadAddenda(string text, int at, int end, string symbol, List<Found> found, int symStart)
    {
        var baseSymbol = UnSymbol.Base(symbol);
        var lastKind = symbol.Length > baseSymbol.Length ? symbol[(symbol.LastIndexOf('/') + 1)..].Split('.')[0] : null;
        var lastAddendum = lastKind == "Add" ? symbol : null;
        var i = at;
        var consumed = at;
        while (i < end)
        {
            var j = SkipConnector(text, i, end);
            if (j == i) break;
            string? kind = null;
            var bare = false;
            foreach (var k in SuffixKinds)
                if (j + k.Length < end && string.CompareOrdinal(text, j, k, 0, k.Length) == 0 && text[j + k.Length] == '.')
                {
                    kind = k;
                    j += k.Length + 1;
                    if (j + 1 < end && text[j] == ' ' && char.IsAsciiDigit(text[j + 1])) j++; // "Add. 1"
                    break;
                }
            if (kind == null)
            {
                // "Add.1 and 2": a bare number continues the last addendum kind.
                if (lastKind == null || j >= end || !char.IsAsciiDigit(text[j])) break;
                kind = lastKind;
                bare = true;
            }
            var n0 = j;
            if (ReadRange(text, ref j, end) is not var (first, last)) break;
            // "…/Add.3,\n22 Ibid., …": a number opening the next note, not a further addendum.
            if (bare && OpensNextNote(text, n0, j, end)) break;
            var owner = kind == "Corr" && lastAddendum != null ? lastAddendum : baseSymbol;
            for (var n = first; n <= last; n++)
            {
                var target = $"{owner}/{kind}.{n}";
                // The surface is "A/HRC/44/44 and Add.1" when short; in a long run only the addendum itself.
                var from = j - symStart <= 200 ? symStart : n0 - kind.Length - 1;
                if (target != symbol) found.Add(new Found(from, j, target, text[from..j]));
                if (kind == "Add") lastAddendum = target;
            }
            lastKind = kind;
            consumed = j;
            i = j;
        }
        return consumed;
    }

    /// <summary>"7", "7-9", "7–9", "1 to 3", "1 à 3", "1 a 3" at <paramref name="j"/>: the numbers, <paramref name="j"/> moved past them.</summary>
    static (int First, int Last)? ReadRange(string text, ref int j, int end)
    {
        var n0 = j;
        while (j < end && j - n0 < 3 && char.IsAsciiDigit(text[j])) j++;
        if (j == n0 || j < end && (char.IsLetterOrDigit(text[j]) || text[j] == '/')) return null;
        var first = int.Parse(text.AsSpan(n0, j - n0));
        var last = first;
        var m = j;
        if (m + 1 < end && text[m] is '-' or '–') m++;
        else
        {
            var w = SkipBlanks(text, m, end);
            foreach (var word in RangeWords)
                if (w > m && string.CompareOrdinal(text, w, word, 0, word.Length) == 0 && w + word.Length < end && char.IsWhiteSpace(text[w + word.Length]))
                { m = SkipBlanks(text, w + word.Length, end); break; }
        }
        if (m > j && m < end && char.IsAsciiDigit(text[m]))
        {
            var m0 = m;
            while (m < end && m - m0 < 3 && char.IsAsciiDigit(text[m])) m++;
            var to = int.Parse(text.AsSpan(m0, m - m0));
            if (to > first && to - first <= 20 && (m >= end || !char.IsLetterOrDigit(text[m]))) { last = to; j = m; }
        }
        return (first, last);
    }

    static readonly string[] RangeWords = ["to", "à", "a", "through"];

    /// <summary>A bare number at a line start followed by a word ("22 Ibid.", "3 See …") is the next note's number.</summary>
    static bool OpensNextNote(string text, int n0, int n1, int end)
    {
        var b = n0 - 1;
        while (b >= 0 && text[b] is ' ' or '\t') b--;
        if (b < 0 || text[b] != '\n') return false;
        var a = n1;
        while (a < end && text[a] is ' ' or '\t') a++;
        return a > n1 && a < end && char.IsLetter(text[a]);
    }

    static int SkipBlanks(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\n') i++;
        return i;
    }

    static readonly string[] Connectors = ["and", "et", "y", "&"];

    /// <summary>", ", " and ", " et ", " y " (a line break may stand anywhere in it): the next position, or i when none.</summary>
    static int SkipConnector(string text, int i, int end)
    {
        var j = i;
        if (j < end && text[j] == ',') j++;
        j = SkipBlanks(text, j, end);
        foreach (var w in Connectors)
            if (string.CompareOrdinal(text, j, w, 0, w.Length) == 0 && j + w.Length < end && text[j + w.Length] is ' ' or '\n')
            { j += w.Length; break; }
        j = SkipBlanks(text, j, end);
        return j == i || j >= end ? i : j;
    }
}
