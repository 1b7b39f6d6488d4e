using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// The names UN texts give the bodies that adopt resolutions, in French, English and Spanish, matched on folded words.
/// Short names ("the Council", "l’Assemblée") stand for the body the text is about and are resolved by the caller.
/// </summary>
public static class BodyNames
{
    public const string ShortCouncil = "council", ShortAssembly = "assembly", ShortCommission = "commission", ShortSubCommission = "subcommission";

    static readonly (string Phrase, string Body)[] Phrases =
    [
        ("assemblee generale", Bodies.GA), ("general assembly", Bodies.GA), ("asamblea general", Bodies.GA),
        ("conseil des droits de l homme", Bodies.HRC), ("human rights council", Bodies.HRC), ("consejo de derechos humanos", Bodies.HRC),
        ("commission des droits de l homme", Bodies.CHR), ("commission on human rights", Bodies.CHR), ("comision de derechos humanos", Bodies.CHR),
        ("sous commission de la promotion et de la protection des droits de l homme", Bodies.SUBCOM),
        ("sous commission de la lutte contre les mesures discriminatoires et de la protection des minorites", Bodies.SUBCOM),
        ("sub commission on the promotion and protection of human rights", Bodies.SUBCOM),
        ("sub commission on prevention of discrimination and protection of minorities", Bodies.SUBCOM),
        ("subcomision de promocion y proteccion de los derechos humanos", Bodies.SUBCOM),
        ("subcomision de prevencion de discriminaciones y proteccion a las minorias", Bodies.SUBCOM),
        ("conseil de securite", Bodies.SC), ("security council", Bodies.SC), ("consejo de seguridad", Bodies.SC),
        ("conseil economique et social", Bodies.ECOSOC), ("economic and social council", Bodies.ECOSOC), ("consejo economico y social", Bodies.ECOSOC),
        ("ecosoc", Bodies.ECOSOC),
        ("sous commission", ShortSubCommission), ("sub commission", ShortSubCommission), ("subcomision", ShortSubCommission), ("subcommission", ShortSubCommission),
        ("conseil", ShortCouncil), ("council", ShortCouncil), ("consejo", ShortCouncil),
        ("assemblee", ShortAssembly), ("assembly", ShortAssembly), ("asamblea", ShortAssembly),
        ("commission", ShortCommission), ("comision", ShortCommission),
    ];

    static readonly string[][] PhraseWords = Phrases.Select(p => p.Phrase.Split(' ')).ToArray();

    // Phrases by their first word, in table order (longest first), so a lookup touches only the few that can match.
    static readonly Dictionary<string, int[]> ByFirstWord = Enumerable.Range(0, Phrases.Length)
        .GroupBy(p => PhraseWords[p][0]).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public static bool IsShort(string body) => body is ShortCouncil or ShortAssembly or ShortCommission or ShortSubCommission;

    /// <summary>The longest body name starting at token <paramref name="at"/>: its body (or short name) and word count.</summary>
    public static (string? Body, int Words) At(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || !ByFirstWord.TryGetValue(tokens[at].Folded, out var candidates)) return (null, 0);
        foreach (var p in candidates)
        {
            var words = PhraseWords[p];
            if (at + words.Length > tokens.Count) continue;
            var ok = true;
            for (var w = 0; w < words.Length && ok; w++) ok = tokens[at + w].Folded == words[w];
            if (!ok) continue;
            // "Commission" right after "Sous-"/"Sub-" is the Sub-Commission's.
            return (Phrases[p].Body, words.Length);
        }
        return (null, 0);
    }

    /// <summary>A short name resolved against the body the citing text belongs to.</summary>
    public static string Resolve(string body, string? citingBody) => body switch
    {
        ShortCouncil => citingBody is Bodies.HRC or Bodies.SC or Bodies.ECOSOC ? citingBody : Bodies.HRC,
        ShortAssembly => Bodies.GA,
        ShortCommission => Bodies.CHR,
        ShortSubCommission => Bodies.SUBCOM,
        _ => body,
    };
}
