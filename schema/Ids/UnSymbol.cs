using System.Text;

namespace UnCitationGraph.Ids;

/// <summary>
/// A UN document symbol written the way the Official Document System writes it: segments joined by "/" without
/// spaces, a Security Council year glued to its number ("S/RES/242(1967)"), a part or volume after one space
/// ("A/CONF.157/24 (Part I)", "A/CONF.151/26 (Vol. I)").
/// </summary>
public static class UnSymbol
{
    static readonly char[] Brackets = ['(', ')', ' '];

    /// <summary>The canonical spelling of a symbol as found in a text ("A/HRC/ 44/44", "S/RES/1325 (2000)", "A/CONF.157/24(Part I)").</summary>
    public static string Canonical(string raw)
    {
        var s = raw.Trim();
        var paren = s.IndexOf('(');
        string head = paren < 0 ? s : s[..paren], tail = paren < 0 ? "" : s[paren..];
        var sb = new StringBuilder(s.Length);
        foreach (var c in head)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        if (tail.Length == 0) return sb.ToString();
        var inner = string.Join(' ', tail.Trim(Brackets).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        // "(Part I)" and "(Vol. I)" stand apart; a year or session in brackets is glued ("S/RES/242(1967)", "E/1997/L.30(Part I)" aside).
        var isPart = inner.StartsWith("Part", StringComparison.OrdinalIgnoreCase) || inner.StartsWith("Vol", StringComparison.OrdinalIgnoreCase);
        if (isPart) inner = inner.Replace("Vol.", "Vol. ").Replace("  ", " ");
        return isPart ? $"{sb} ({inner})" : $"{sb}({inner})";
    }

    /// <summary>The symbol without its addendum, corrigendum or revision suffixes (A/HRC/35/35/Add.1 → A/HRC/35/35).</summary>
    public static string Base(string symbol)
    {
        var s = symbol;
        while (true)
        {
            var slash = s.LastIndexOf('/');
            if (slash <= 0) return s;
            var last = s[(slash + 1)..];
            if (last.StartsWith("Add.", StringComparison.OrdinalIgnoreCase) || last.StartsWith("Corr.", StringComparison.OrdinalIgnoreCase)
                || last.StartsWith("Rev.", StringComparison.OrdinalIgnoreCase))
                s = s[..slash];
            else return s;
        }
    }
}
