namespace UnCitationGraph.Ingest.Reading.Docx;

/// <summary>Word's number formats (w:numFmt) as displayed: 3 → "3", "c", "C", "iii", "III".</summary>
internal static class NumberFormat
{
    public static string Format(int n, string? format) => format switch
    {
        "lowerLetter" => Letters(n).ToLowerInvariant(),
        "upperLetter" => Letters(n),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
        "bullet" or "none" => "",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    // Word repeats the letter past z: 27 → "aa".
    private static string Letters(int n) => n <= 0 ? "" : new string((char)('A' + (n - 1) % 26), (n - 1) / 26 + 1);

    private static string Roman(int n)
    {
        if (n <= 0 || n >= 4000) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var s = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
            while (n >= values[i]) { s.Append(symbols[i]); n -= values[i]; }
        return s.ToString();
    }
}
