using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// The names UN texts give the bodies that adopt resolutions, in French, English and Spanish, matched on folded words.
/// Short names ("the Council", "l’Assemblée") stand for the body the text is about and are resolved by the caller.
/// Other organisations' organs ("the Conference of FAO", "World Health Assembly", "UNESCO General Conference") are
/// known too, as <see cref="Foreign"/>: their resolutions are no UN resolutions, whatever their number looks like.
/// </summary>
public static class BodyNames
{
    public const string ShortCouncil = "council", ShortAssembly = "assembly", ShortCommission = "commission", ShortSubCommission = "subcommission";

    /// <summary>An organ of another organisation (or a treaty conference): what it adopts has no UN symbol.</summary>
    public const string Foreign = "foreign";

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
        // Other organisations and their organs; listed before the short names they start with ("Council of Europe").
        ("food and agriculture organization", Foreign), ("organisation des nations unies pour l alimentation et l agriculture", Foreign),
        ("organizacion de las naciones unidas para la alimentacion y la agricultura", Foreign), ("fao", Foreign),
        ("world health assembly", Foreign), ("assemblee mondiale de la sante", Foreign), ("asamblea mundial de la salud", Foreign),
        ("world health organization", Foreign), ("organisation mondiale de la sante", Foreign), ("organizacion mundial de la salud", Foreign),
        ("wha", Foreign), ("oms", Foreign),
        ("unesco", Foreign), ("general conference", Foreign), ("conference generale", Foreign), ("conferencia general", Foreign),
        ("international labour conference", Foreign), ("conference internationale du travail", Foreign), ("conferencia internacional del trabajo", Foreign),
        ("international labour organization", Foreign), ("organisation internationale du travail", Foreign), ("organizacion internacional del trabajo", Foreign),
        ("ilo", Foreign), ("oit", Foreign), ("governing body", Foreign), ("conseil d administration", Foreign), ("consejo de administracion", Foreign),
        ("international atomic energy agency", Foreign), ("iaea", Foreign), ("aiea", Foreign), ("oiea", Foreign),
        ("executive board", Foreign), ("governing council", Foreign), ("conseil executif", Foreign), ("consejo ejecutivo", Foreign), ("board of governors", Foreign),
        ("council of europe", Foreign), ("conseil de l europe", Foreign), ("consejo de europa", Foreign),
        ("council of the european union", Foreign), ("conseil de l union europeenne", Foreign), ("consejo de la union europea", Foreign),
        ("european parliament", Foreign), ("parlement europeen", Foreign), ("parlamento europeo", Foreign),
        ("peace and security council", Foreign), ("conseil de paix et de securite", Foreign), ("consejo de paz y seguridad", Foreign),
        ("african union", Foreign), ("union africaine", Foreign), ("union africana", Foreign),
        ("organization of american states", Foreign), ("organisation des etats americains", Foreign), ("organizacion de los estados americanos", Foreign),
        ("assembly of states parties", Foreign), ("assemblee des etats parties", Foreign), ("asamblea de los estados partes", Foreign),
        ("conference of the parties", Foreign), ("conference des parties", Foreign), ("conferencia de las partes", Foreign),
        ("conference", Foreign), ("conferencia", Foreign),
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

    /// <summary>A UN body by its full name (not a short name, not another organisation's organ).</summary>
    public static bool IsFullUnBody(string? body) => body != null && !IsShort(body) && body != Foreign;

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

    static readonly string[] CouncilWords = ["council", "conseil", "consejo"];

    /// <summary>The council (HRC, SC, ECOSOC) named by its full name last in text[from..to), else null.</summary>
    public static string? LastCouncilNamed(string text, int from, int to)
    {
        var best = -1;
        string? council = null;
        foreach (var word in CouncilWords)
        {
            var at = to;
            while (at > from && (at = text.LastIndexOf(word, at - 1, at - from, StringComparison.OrdinalIgnoreCase)) >= from && at > best)
            {
                // The name may start before the word ("Human Rights Council") or with it ("Conseil de sécurité").
                var tokens = TextFolding.Tokenize(text, Math.Max(from, at - 40), Math.Min(text.Length, at + 60));
                var body = FullCouncilCovering(tokens, at);
                if (body != null) { best = at; council = body; break; }
            }
        }
        return council;
    }

    static string? FullCouncilCovering(List<Token> tokens, int position)
    {
        for (var t = 0; t < tokens.Count && tokens[t].Start <= position; t++)
        {
            var (body, words) = At(tokens, t);
            if (body is Bodies.HRC or Bodies.SC or Bodies.ECOSOC && tokens[t + words - 1].End > position) return body;
        }
        return null;
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
