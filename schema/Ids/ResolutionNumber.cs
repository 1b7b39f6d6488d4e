using UnCitationGraph.Model;

namespace UnCitationGraph.Ids;

/// <summary>
/// A resolution or decision cited by its number ("60/251", "2200 A (XXI)", "1325 (2000)", "2005/69", "S-29/1"),
/// split into parts so that any body's symbol can be built from it. The one place that knows how each body
/// writes its resolution symbols (EXTRACTION.md, canonical ids); stores and the API build ids through it too.
/// </summary>
public sealed record ResolutionNumber(string First, string? Second, string? Letter, string? Session)
{
    /// <summary>"n/m" (or "S-n/m", "yyyy/n"): First = n, Second = m.</summary>
    public bool IsSlashed => Second != null;

    /// <summary>"n (XXI)" with a roman session: the General Assembly before its 31st session, or old ECOSOC.</summary>
    public bool HasRomanSession => Session is { Length: > 0 } s && (s.StartsWith("S-", StringComparison.OrdinalIgnoreCase) ? s[2..] : s).All(c => "IVXLC".Contains(char.ToUpperInvariant(c)));

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
                // Slashed numbers start with the 31st session (1976); earlier ones carry a roman session.
                if (IsSlashed && !IsYearNumbered && int.TryParse(First, out var gaSession) && gaSession >= 31) return $"A/{kind}/{First}/{Second}{letter}";
                if (HasRomanSession) return $"A/{kind}/{First}{letter}({Session!.ToUpperInvariant()})";
                return null;
            case Bodies.HRC:
                return IsSlashed && !IsYearNumbered && (First.StartsWith("S-", StringComparison.OrdinalIgnoreCase) || int.TryParse(First, out var hrcSession) && hrcSession <= 90)
                    ? $"A/HRC/{kind}/{First.ToUpperInvariant()}/{Second}" : null;
            case Bodies.CHR:
                return IsYearNumbered ? $"E/CN.4/{kind}/{First}/{Second}{letter}" : null;
            case Bodies.SUBCOM:
                return IsYearNumbered ? $"E/CN.4/Sub.2/{kind}/{First}/{Second}{letter}" : null;
            case Bodies.ECOSOC:
                if (IsYearNumbered) return $"E/{kind}/{First}/{Second}{letter}";
                if (HasRomanSession) return $"E/{kind}/{First}{letter}({Session!.ToUpperInvariant()})";
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
        if (IsSlashed) return First.StartsWith("S-", StringComparison.OrdinalIgnoreCase) || int.TryParse(First, out var n) && n <= 30 ? Bodies.HRC : Bodies.GA;
        return null;
    }

    public override string ToString() =>
        IsSlashed ? $"{First}/{Second}{Letter}" : $"{First}{(Letter != null ? " " + Letter : "")}{(Session != null ? $" ({Session})" : "")}";
}
