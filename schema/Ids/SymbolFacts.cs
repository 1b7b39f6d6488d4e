using System.Text.RegularExpressions;
using UnCitationGraph.Model;

namespace UnCitationGraph.Ids;

/// <summary>
/// What a UN symbol tells by itself: the body, the kind of document, the session or year.
/// A node known only because something cites it gets these facts.
/// </summary>
public sealed partial record SymbolFacts(string Body, string Kind, int? Year, string? Session)
{
    /// <summary>Reads a canonical symbol (A/RES/60/251, S/RES/242(1967), E/CN.4/RES/2005/69, A/HRC/44/44/Add.1 ...).</summary>
    public static SymbolFacts Of(string symbol)
    {
        var s = symbol.Trim();
        Match m;
        if ((m = ScRes().Match(s)).Success)
            return new(Bodies.SC, DocumentKinds.Resolution, int.Parse(m.Groups[1].Value), null);
        if (s.StartsWith("S/", StringComparison.OrdinalIgnoreCase))
            return new(Bodies.SC, KindOfSeries(s), YearIn(s), null);
        if ((m = SubcomRes().Match(s)).Success)
            return new(Bodies.SUBCOM, KindFromWord(m.Groups[1].Value), int.Parse(m.Groups[2].Value), null);
        if (s.StartsWith("E/CN.4/Sub.2/", StringComparison.OrdinalIgnoreCase))
            return new(Bodies.SUBCOM, DocumentKinds.Report, YearIn(s), null);
        if ((m = ChrRes().Match(s)).Success)
            return new(Bodies.CHR, KindFromWord(m.Groups[1].Value), int.Parse(m.Groups[2].Value), null);
        if (s.StartsWith("E/CN.4/", StringComparison.OrdinalIgnoreCase))
            return new(Bodies.CHR, DocumentKinds.Report, YearIn(s), null);
        if ((m = EcosocRes().Match(s)).Success)
            return new(Bodies.ECOSOC, KindFromWord(m.Groups[1].Value), int.Parse(m.Groups[2].Value), null);
        if (s.StartsWith("E/", StringComparison.OrdinalIgnoreCase))
            return new(Bodies.ECOSOC, DocumentKinds.Report, YearIn(s), null);
        if ((m = HrcRes().Match(s)).Success)
            return new(Bodies.HRC, KindFromWord(m.Groups[1].Value), m.Groups[2].Success ? null : HrcYear(int.Parse(m.Groups[3].Value)), m.Groups[2].Value + m.Groups[3].Value);
        if ((m = HrcDoc().Match(s)).Success)
            return new(Bodies.HRC, DocumentKinds.Report, HrcYear(int.Parse(m.Groups[1].Value)), m.Groups[1].Value);
        if (s.StartsWith("A/CONF.", StringComparison.OrdinalIgnoreCase))
            return new(Bodies.CONF, DocumentKinds.Report, null, null);
        // A special ("S-10/2", "3201 (S-VI)") or emergency special session ("ES-10/21") keeps its own numbering: no year follows from it.
        if ((m = GaResRoman().Match(s)).Success)
        {
            var special = m.Groups[2].Success;
            var session = special ? null : Roman.ToInt(m.Groups[3].Value);
            return new(Bodies.GA, KindFromWord(m.Groups[1].Value), session is { } n ? GaYear(n) : null, m.Groups[2].Value + m.Groups[3].Value);
        }
        if ((m = GaRes().Match(s)).Success)
        {
            var special = m.Groups[2].Success;
            return new(Bodies.GA, KindFromWord(m.Groups[1].Value), special ? null : GaYear(int.Parse(m.Groups[3].Value)), m.Groups[2].Value + m.Groups[3].Value);
        }
        if ((m = GaDoc().Match(s)).Success)
            return new(Bodies.GA, DocumentKinds.Report, GaYear(int.Parse(m.Groups[1].Value)), m.Groups[1].Value);
        if (s.StartsWith("ST/", StringComparison.OrdinalIgnoreCase))
            return new(Bodies.SECRETARIAT, DocumentKinds.Other, YearIn(s), null);
        return new(Bodies.OTHER, DocumentKinds.Other, YearIn(s), null);
    }

    // A General Assembly session opens in September of 1945 + n; its resolutions mostly date from its first months.
    static int GaYear(int session) => 1945 + session;

    // The Council holds three sessions a year since 2006.
    static int HrcYear(int session) => 2006 + (session - 1) / 3;

    static string KindFromWord(string word) =>
        word.Equals("DEC", StringComparison.OrdinalIgnoreCase) ? DocumentKinds.Decision : DocumentKinds.Resolution;

    static string KindOfSeries(string s) =>
        s.Contains("/PRST/", StringComparison.OrdinalIgnoreCase) ? DocumentKinds.Decision : DocumentKinds.Report;

    static int? YearIn(string s)
    {
        var m = FourDigitYear().Match(s);
        return m.Success ? int.Parse(m.Value) : null;
    }

    [GeneratedRegex(@"^S/RES/\d+\s*\((\d{4})\)$", RegexOptions.IgnoreCase)] private static partial Regex ScRes();
    [GeneratedRegex(@"^E/CN\.4/Sub\.2/(RES|DEC)/(\d{4})/", RegexOptions.IgnoreCase)] private static partial Regex SubcomRes();
    [GeneratedRegex(@"^E/CN\.4/(RES|DEC)/(\d{4})/", RegexOptions.IgnoreCase)] private static partial Regex ChrRes();
    [GeneratedRegex(@"^E/(RES|DEC)/(\d{4})/", RegexOptions.IgnoreCase)] private static partial Regex EcosocRes();
    [GeneratedRegex(@"^A/HRC/(RES|DEC)/(S-)?(\d+)/", RegexOptions.IgnoreCase)] private static partial Regex HrcRes();
    [GeneratedRegex(@"^A/HRC/(\d+)/", RegexOptions.IgnoreCase)] private static partial Regex HrcDoc();
    [GeneratedRegex(@"^A/(RES|DEC)/\d+\s*[A-Z]?\s*\((E?S-)?([IVXL]+)\)$", RegexOptions.IgnoreCase)] private static partial Regex GaResRoman();
    [GeneratedRegex(@"^A/(RES|DEC)/(E?S-)?(\d+)/", RegexOptions.IgnoreCase)] private static partial Regex GaRes();
    [GeneratedRegex(@"^A/(\d+)/", RegexOptions.IgnoreCase)] private static partial Regex GaDoc();
    [GeneratedRegex(@"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")] private static partial Regex FourDigitYear();
}

/// <summary>Roman numerals of GA sessions before the 31st (I to XXX).</summary>
public static class Roman
{
    public static int? ToInt(string roman)
    {
        int total = 0, prev = 0;
        for (var i = roman.Length - 1; i >= 0; i--)
        {
            var v = char.ToUpperInvariant(roman[i]) switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
            if (v == 0) return null;
            total += v < prev ? -v : v;
            prev = Math.Max(prev, v);
        }
        return total;
    }
}
