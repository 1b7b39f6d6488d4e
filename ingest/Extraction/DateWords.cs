namespace UnCitationGraph.Ingest.Extraction;

/// <summary>Dates as UN texts write them in French, English and Spanish: "16 décembre 2020", "1er août 2011", "22 November 1967", "16 de julio de 2020", "December 16, 2020".</summary>
public static class DateWords
{
    static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["janvier"] = 1, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7, ["aout"] = 8,
        ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["decembre"] = 12,
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8,
        ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7, ["agosto"] = 8,
        ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
    };

    static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int? MonthNumber(string word) => Months.TryGetValue(TextFolding.FoldPhrase(word), out var m) ? m : null;

    /// <summary>A found date: ISO text and the character span it covers.</summary>
    public readonly record struct FoundDate(string Iso, int Start, int End);

    /// <summary>The first date in a text (or text[start..end)), else null.</summary>
    public static FoundDate? First(string text, int start = 0, int end = -1)
    {
        foreach (var d in Find(text, start, end)) return d;
        return null;
    }

    /// <summary>
    /// Every date in a text (or text[start..end)), in order. Words are read in place: only a month name (found by a
    /// lookup on the folded word) makes the words around it looked at.
    /// </summary>
    public static IEnumerable<FoundDate> Find(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        // The two words before the current one, and the current one: (start, end) each.
        (int S, int E) w2 = (-1, -1), w1 = (-1, -1);
        var i = TextFolding.NextWord(text, start, end);
        while (i < end)
        {
            var e = TextFolding.WordEnd(text, i, end);
            var month = MonthAt(text, i, e);
            if (month > 0)
            {
                // day [er|st|nd|rd|th] [de] MONTH [de] year
                var d = IsWord(text, w1, "de") ? w2 : w1;
                var (y, yEnd) = NextWordSpan(text, e, end);
                if (IsWord(text, (y, yEnd), "de")) (y, yEnd) = NextWordSpan(text, yEnd, end);
                if (d.S >= 0 && y < end && Day(text, d.S, d.E) is { } day && Year(text, y, yEnd) is { } year && y - d.E < 40)
                {
                    yield return new FoundDate($"{year:D4}-{month:D2}-{day:D2}", d.S, yEnd);
                }
                else
                {
                    // MONTH day, year
                    var (a, aEnd) = NextWordSpan(text, e, end);
                    var (b, bEnd) = NextWordSpan(text, aEnd, end);
                    if (a < end && b < end && Day(text, a, aEnd) is { } day2 && Year(text, b, bEnd) is { } year2)
                        yield return new FoundDate($"{year2:D4}-{month:D2}-{day2:D2}", i, bEnd);
                }
            }
            w2 = w1;
            w1 = (i, e);
            i = TextFolding.NextWord(text, e, end);
        }
    }

    static (int Start, int End) NextWordSpan(string text, int from, int end)
    {
        var s = TextFolding.NextWord(text, from, end);
        return (s, TextFolding.WordEnd(text, s, end));
    }

    static bool IsWord(string text, (int S, int E) w, string word) =>
        w.S >= 0 && w.E - w.S == word.Length && string.Compare(text, w.S, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    // Which lengths a month name may have, by its first (folded) letter: most words are passed over without a lookup.
    // (Month names start with an ASCII letter: one array read.)
    static readonly int[] MonthLengthsByInitial = Months.Keys.Aggregate(new int[128], (masks, k) => { masks[k[0]] |= 1 << k.Length; return masks; });

    static int MonthAt(string text, int s, int e)
    {
        if (e - s is < 3 or > 10) return 0;
        var initial = TextFolding.Fold(text[s]);
        if (initial >= MonthLengthsByInitial.Length || (MonthLengthsByInitial[initial] & 1 << (e - s)) == 0) return 0;
        return MonthLookup.TryGetValue(TextFolding.FoldInto(text.AsSpan(s, e - s), stackalloc char[10]), out var m) ? m : 0;
    }

    static readonly string[] DaySuffixes = ["er", "st", "nd", "rd", "th", "o"];

    static int? Day(string text, int s, int e)
    {
        var span = text.AsSpan(s, e - s);
        foreach (var suffix in DaySuffixes)
            if (span.Length > suffix.Length && span.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(span[0])) { span = span[..^suffix.Length]; break; }
        return span.Length is 1 or 2 && int.TryParse(span, out var d) && d is >= 1 and <= 31 ? d : null;
    }

    static int? Year(string text, int s, int e) =>
        e - s == 4 && int.TryParse(text.AsSpan(s, 4), out var y) && y is >= 1900 and <= 2100 ? y : null;
}
