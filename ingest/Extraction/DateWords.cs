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

    public static int? MonthNumber(string word) => Months.TryGetValue(TextFolding.FoldPhrase(word), out var m) ? m : null;

    /// <summary>A found date: ISO text and the character span it covers.</summary>
    public readonly record struct FoundDate(string Iso, int Start, int End);

    /// <summary>Every date in a text, in order.</summary>
    public static IEnumerable<FoundDate> Find(string text)
    {
        var tokens = TextFolding.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Months.TryGetValue(tokens[i].Folded, out var month)) continue;
            // day [er|st|nd|rd|th] [de] MONTH [de] year
            var d = i - 1;
            if (d >= 0 && tokens[d].Folded == "de") d--;
            var y = i + 1;
            if (y < tokens.Count && tokens[y].Folded == "de") y++;
            if (d >= 0 && y < tokens.Count && Day(tokens[d].Folded) is { } day && Year(tokens[y].Folded) is { } year && tokens[y].Start - tokens[d].End < 40)
            {
                yield return new FoundDate($"{year:D4}-{month:D2}-{day:D2}", tokens[d].Start, tokens[y].End);
                continue;
            }
            // MONTH day, year
            if (i + 2 < tokens.Count && Day(tokens[i + 1].Folded) is { } day2 && Year(tokens[i + 2].Folded) is { } year2)
                yield return new FoundDate($"{year2:D4}-{month:D2}-{day2:D2}", tokens[i].Start, tokens[i + 2].End);
        }
    }

    static int? Day(string s)
    {
        foreach (var suffix in new[] { "er", "st", "nd", "rd", "th", "o" })
            if (s.Length > suffix.Length && s.EndsWith(suffix, StringComparison.Ordinal) && char.IsAsciiDigit(s[0])) { s = s[..^suffix.Length]; break; }
        return s.Length is 1 or 2 && int.TryParse(s, out var d) && d is >= 1 and <= 31 ? d : null;
    }

    static int? Year(string s) => s.Length == 4 && int.TryParse(s, out var y) && y is >= 1900 and <= 2100 ? y : null;
}
