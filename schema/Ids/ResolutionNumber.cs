using UnCitationGraph.Model;

namespace UnCitationGraph.Ids;

/// <summary>
/// A resolution or decision cited by its number ("60/251", "2200 A (XXI)", "1325 (2000)", "2005/69", "S-29/1",
/// "ES-10/21", "2253 (ES-V)"),
/// split into parts so that any body's symbol can be built from it. The one place that knows how each body
/// writes its resolution symbols (EXTRACTION.md, canonical ids); stores and the API build ids through it too.
/// </summary>
public sealed record ResolutionNumber(string First, string? Second, string? Letter, string? Session)
{
    /// <summary>"n/m" (or "S-n/m", "yyyy/n"): First = n, Second = m.</summary>
    public bool IsSlashed => Second != null;

    /// <summary>"n (XXI)" with a roman session: the General Assembly before its 31st session, or old ECOSOC.</summary>
    public bool HasRomanSession => Session is { Length: > 0 } s && WithoutSessionPrefix(s) is { Length: > 0 } r && r.All(c => "IVXLC".Contains(char.ToUpperInvariant(c)));

    /// <summary>"S-29/1", "ES-10/21", "3201 (S-VI)", "2253 (ES-V)": adopted at a special or emergency special session.</summary>
    public bool IsSpecialSession => First.StartsWith("S-", StringComparison.OrdinalIgnoreCase) || IsEmergencySession;

    /// <summary>"ES-10/21", "2253 (ES-V)": only the General Assembly holds emergency special sessions.</summary>
    public bool IsEmergencySession => First.StartsWith("ES-", StringComparison.OrdinalIgnoreCase) || Session?.StartsWith("ES-", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The session part without "S-" or "ES-" ("ES-V" → "V").</summary>
    static string WithoutSessionPrefix(string s) =>
        s.StartsWith("ES-", StringComparison.OrdinalIgnoreCase) ? s[3..] : s.StartsWith("S-", StringComparison.OrdinalIgnoreCase) ? s[2..] : s;

    // Within one session the General Assembly numbers up to a few hundred resolutions and decisions, a council fewer:
    // "3/2023" (a FAO Conference resolution) is no UN number.
    bool SecondFitsASession => Second is { Length: <= 3 };

    /// <summary>"n (yyyy)": the Security Council's numbering.</summary>
    public bool HasYearSession => Session is { Length: 4 } s && s.All(char.IsAsciiDigit);

    /// <summary>"yyyy/n": numbered by year (Commission on Human Rights, Sub-Commission, ECOSOC).</summary>
    public bool IsYearNumbered => IsSlashed && First.Length == 4 && int.TryParse(First, out var y) && y is >= 1946 and <= 2100;

    /// <summary>The symbol of this resolution (or decision) of <paramref name="body"/>, or null when that body does not number this way.</summary>
    public string? SymbolFor(string body, bool decision = false)
    {
        var kind = decision ? "DEC" : "RES";
        var letter = Letter ?? "";
        switch (body)
        {
            case Bodies.SC:
                return HasYearSession && !decision ? $"S/RES/{First}({Session})" : null;
            case Bodies.GA:
                // Slashed numbers start with the 31st session (1976); earlier ones carry a roman session. Special and
                // emergency special sessions are numbered apart ("S-10/2", "ES-10/21").
                if (IsSlashed && !IsYearNumbered && SecondFitsASession && (int.TryParse(First, out var gaSession) && gaSession >= 31 || IsSpecialSession))
                    return $"A/{kind}/{First.ToUpperInvariant()}/{Second}{letter}";
                if (HasRomanSession) return $"A/{kind}/{First}{letter}({Session!.ToUpperInvariant()})";
                return null;
            case Bodies.HRC:
                return IsSlashed && !IsYearNumbered && SecondFitsASession
                    && (First.StartsWith("S-", StringComparison.OrdinalIgnoreCase) || int.TryParse(First, out var hrcSession) && hrcSession <= 90)
                    ? $"A/HRC/{kind}/{First.ToUpperInvariant()}/{Second}" : null;
            case Bodies.CHR:
                return IsYearNumbered ? $"E/CN.4/{kind}/{First}/{Second}{letter}" : null;
            case Bodies.SUBCOM:
                return IsYearNumbered ? $"E/CN.4/Sub.2/{kind}/{First}/{Second}{letter}" : null;
            case Bodies.ECOSOC:
                if (IsYearNumbered) return $"E/{kind}/{First}/{Second}{letter}";
                if (HasRomanSession && !IsEmergencySession) return $"E/{kind}/{First}{letter}({Session!.ToUpperInvariant()})";
                return null;
            default:
                return null;
        }
    }

    /// <summary>The body a number's own shape points to when the text names none and the citing body cannot number so.</summary>
    public string? BodyFromShape(int? year = null)
    {
        if (HasYearSession) return Bodies.SC;
        if (HasRomanSession) return Bodies.GA;
        if (IsYearNumbered) return int.Parse(First) <= 2006 ? Bodies.CHR : Bodies.ECOSOC;
        if (IsEmergencySession) return Bodies.GA;
        if (IsSlashed) return First.StartsWith("S-", StringComparison.OrdinalIgnoreCase) || int.TryParse(First, out var n) && n <= 30 ? Bodies.HRC : Bodies.GA;
        return null;
    }

    public override string ToString() =>
        IsSlashed ? $"{First}/{Second}{Letter}" : $"{First}{(Letter != null ? " " + Letter : "")}{(Session != null ? $" ({Session})" : "")}";
}
