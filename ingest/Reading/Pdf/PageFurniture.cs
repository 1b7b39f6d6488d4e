namespace UnCitationGraph.Ingest.Reading.Pdf;

/// <summary>
/// Recognises what a page prints around the text: running heads, page numbers ("2/8"), job numbers
/// ("23-24976 (E) 261223", "GE.20-08757"), bar codes. By position (top and bottom bands), typography (a head
/// set smaller than the body) and repetition of heads across pages; the first page's top is the title block and stays.
/// </summary>
internal sealed class PageFurniture
{
    private const double TopBand = 0.9, BottomBand = 0.1;   // fractions of the page height
    private readonly HashSet<string> repeated;
    private readonly double bodySize;

    public PageFurniture(IReadOnlyList<(PdfLine Line, double PageHeight)> lines, double bodySize)
    {
        this.bodySize = bodySize;
        var pagesByKey = new Dictionary<string, HashSet<int>>();
        foreach (var (line, height) in lines)
        {
            if (line.Baseline <= height * TopBand || line.Size > bodySize + 0.5) continue;
            var key = Key(line);
            if (!pagesByKey.TryGetValue(key, out var pages)) pagesByKey[key] = pages = [];
            pages.Add(line.Page);
        }
        repeated = pagesByKey.Where(kv => kv.Value.Count >= 2).Select(kv => kv.Key).ToHashSet();
    }

    public bool IsFurniture(PdfLine line, double pageHeight)
    {
        var text = line.Text.Trim();
        if (IsJobNumber(text) || IsBarcodeText(text)) return true;
        if (!InBand(line, pageHeight)) return false;
        if (IsPageNumber(text) || text.Equals("Please recycle", StringComparison.OrdinalIgnoreCase)) return true;
        if (line.Page == 1 && line.Baseline > pageHeight / 2) return false;   // the title block
        if (line.Baseline > pageHeight * TopBand && (line.Size < bodySize * 0.95 || IsSymbolAlone(text))) return true;
        // Only heads repeat-match: at the bottom, notes like "A/78/248." recur in shape from page to page.
        return line.Baseline > pageHeight * TopBand && !line.StartsWithMarker && repeated.Contains(Key(line));
    }

    private static bool InBand(PdfLine line, double height) =>
        line.Baseline > height * TopBand || line.Baseline < height * BottomBand;

    // Digits masked so "2/8" and "3/8", or alternating heads, count as one repeated line.
    private static string Key(PdfLine line) =>
        string.Create(line.Text.Length, line.Text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++) span[i] = char.IsAsciiDigit(t[i]) ? '#' : t[i];
        });

    /// <summary>"2/8", "12", "- 3 -", "Page 4", "Page 4 of 9".</summary>
    internal static bool IsPageNumber(string t)
    {
        var s = t.Trim('-', ' ', '\u2013');
        if (s.StartsWith("Page ", StringComparison.OrdinalIgnoreCase)) s = s[5..].Replace(" of ", "/");
        var slash = s.IndexOf('/');
        return slash < 0 ? IsNumber(s, 4) : IsNumber(s[..slash].Trim(), 4) && IsNumber(s[(slash + 1)..].Trim(), 4);
    }

    /// <summary>The UN's document job number: "23-24976", "23-24976 (E) 261223", "GE.20-08757(F)".</summary>
    internal static bool IsJobNumber(string t)
    {
        var s = t.StartsWith("GE.", StringComparison.Ordinal) ? t[3..] : t;
        if (s.Length < 8 || !IsNumber(s[..2], 2) || s[2] != '-' || !IsNumber(s[3..8], 5)) return false;
        var rest = s[8..].Trim();
        // what may follow: the language "(E)" and a print date "261223"
        foreach (var part in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!(part.StartsWith('(') && part.EndsWith(')') && part.Length <= 4) && !IsNumber(part, 8)) return false;
        return true;
    }

    private static bool IsBarcodeText(string t) => t.Length > 4 && t[0] == '*' && t[^1] == '*' && t[1..^1].All(char.IsAsciiLetterOrDigit);

    /// <summary>A line holding nothing but a UN symbol, as running heads print the document's own.</summary>
    private static bool IsSymbolAlone(string t) =>
        t.Length > 3 && !t.Contains(' ') && t.Contains('/') && char.IsAsciiLetterUpper(t[0]);

    private static bool IsNumber(string s, int maxDigits) => s.Length > 0 && s.Length <= maxDigits && s.All(char.IsAsciiDigit);
}
