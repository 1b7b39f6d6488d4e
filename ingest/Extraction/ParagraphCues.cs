using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// How UN texts mark their parts: the adopting body's line ("The General Assembly,"), the "75/180. Title" line, numbered
/// operative paragraphs, and the leading words of preambular ("Recalling", "Rappelant", "Recordando") and operative
/// ("Decides", "Décide", "Decide") paragraphs with the relation each gives what it cites.
/// </summary>
public static class ParagraphCues
{
    /// <summary>Leading words (folded) and the relation they give. Participles open preambular paragraphs, finite verbs operative ones.</summary>
    static readonly (string Words, string? Relation)[] LeadingWords =
    [
        // recalls
        ("rappelant", Relations.Recalls), ("rappelle", Relations.Recalls), ("recalling", Relations.Recalls), ("recalls", Relations.Recalls),
        ("recordando", Relations.Recalls), ("recuerda", Relations.Recalls), ("remembering", Relations.Recalls),
        // reaffirms
        ("reaffirmant", Relations.Reaffirms), ("reaffirme", Relations.Reaffirms), ("reaffirming", Relations.Reaffirms), ("reaffirms", Relations.Reaffirms),
        ("reafirmando", Relations.Reaffirms), ("reafirma", Relations.Reaffirms), ("reiterant", Relations.Reaffirms), ("reiterating", Relations.Reaffirms),
        ("reiterates", Relations.Reaffirms), ("reitere", Relations.Reaffirms), ("reiterando", Relations.Reaffirms), ("reitera", Relations.Reaffirms),
        // welcomes
        ("se felicitant", Relations.Welcomes), ("se felicite", Relations.Welcomes), ("accueillant avec satisfaction", Relations.Welcomes),
        ("accueillant avec interet", Relations.Welcomes), ("accueillant favorablement", Relations.Welcomes), ("accueille avec satisfaction", Relations.Welcomes),
        ("accueille favorablement", Relations.Welcomes), ("saluant", Relations.Welcomes), ("salue", Relations.Welcomes),
        ("welcoming", Relations.Welcomes), ("welcomes", Relations.Welcomes), ("acogiendo con beneplacito", Relations.Welcomes),
        ("acogiendo con satisfaccion", Relations.Welcomes), ("acogiendo favorablemente", Relations.Welcomes), ("acoge con beneplacito", Relations.Welcomes),
        ("acoge con satisfaccion", Relations.Welcomes), ("acoge favorablemente", Relations.Welcomes), ("celebrando", Relations.Welcomes), ("celebra", Relations.Welcomes),
        // takes-note
        ("prenant note", Relations.TakesNote), ("prend note", Relations.TakesNote), ("prend acte", Relations.TakesNote), ("prenant acte", Relations.TakesNote),
        ("taking note", Relations.TakesNote), ("takes note", Relations.TakesNote), ("tomando nota", Relations.TakesNote), ("toma nota", Relations.TakesNote),
        ("having taken note", Relations.TakesNote), ("ayant pris note", Relations.TakesNote),
        // guided-by
        ("guide par", Relations.GuidedBy), ("guidee par", Relations.GuidedBy), ("guided by", Relations.GuidedBy), ("guiandose por", Relations.GuidedBy),
        ("guiada por", Relations.GuidedBy), ("guiado por", Relations.GuidedBy), ("s inspirant", Relations.GuidedBy), ("inspired by", Relations.GuidedBy),
        ("inspirandose", Relations.GuidedBy),
        // notes
        ("notant", Relations.Notes), ("noting", Relations.Notes), ("notes", Relations.Notes), ("note", Relations.Notes), ("observando", Relations.Notes),
        ("observa", Relations.Notes), ("constatant", Relations.Notes), ("constate", Relations.Notes), ("having noted", Relations.Notes),
        // recognizes
        ("reconnaissant", Relations.Recognizes), ("reconnait", Relations.Recognizes), ("recognizing", Relations.Recognizes), ("recognising", Relations.Recognizes),
        ("recognizes", Relations.Recognizes), ("reconociendo", Relations.Recognizes), ("reconoce", Relations.Recognizes), ("acknowledging", Relations.Recognizes),
        // bears-in-mind
        ("ayant a l esprit", Relations.BearsInMind), ("gardant a l esprit", Relations.BearsInMind), ("bearing in mind", Relations.BearsInMind),
        ("teniendo presente", Relations.BearsInMind), ("teniendo en cuenta", Relations.BearsInMind), ("tenant compte", Relations.BearsInMind),
        ("taking into account", Relations.BearsInMind), ("mindful", Relations.BearsInMind), ("conscient", Relations.BearsInMind),
        ("consciente", Relations.BearsInMind), ("conscients", Relations.BearsInMind), ("aware", Relations.BearsInMind),
        // requests
        ("prie", Relations.Requests), ("requests", Relations.Requests), ("solicita", Relations.Requests), ("pide", Relations.Requests),
        ("demande", Relations.Requests), ("calls upon", Relations.Requests), ("calls on", Relations.Requests), ("exhorta", Relations.Urges),
        // decides
        ("decide", Relations.Decides), ("decides", Relations.Decides), ("decidant", Relations.Decides), ("deciding", Relations.Decides), ("decidiendo", Relations.Decides),
        // endorses
        ("fait sien", Relations.Endorses), ("fait siens", Relations.Endorses), ("fait siennes", Relations.Endorses), ("fait sienne", Relations.Endorses),
        ("souscrit", Relations.Endorses), ("endorses", Relations.Endorses), ("endorsing", Relations.Endorses), ("hace suyo", Relations.Endorses),
        ("hace suya", Relations.Endorses), ("hace suyas", Relations.Endorses), ("hace suyos", Relations.Endorses), ("respalda", Relations.Endorses),
        ("approuve", Relations.Endorses), ("approves", Relations.Endorses),
        // adopts
        ("adopte", Relations.Adopts), ("adopts", Relations.Adopts), ("aprueba", Relations.Adopts), ("adopting", Relations.Adopts),
        // others
        ("considerant", Relations.Considers), ("considering", Relations.Considers), ("considerando", Relations.Considers), ("estime", Relations.Considers),
        ("estimant", Relations.Considers), ("considers", Relations.Considers), ("considera", Relations.Considers),
        ("soulignant", Relations.Emphasizes), ("souligne", Relations.Emphasizes), ("insistant", Relations.Emphasizes), ("insiste", Relations.Emphasizes),
        ("stressing", Relations.Emphasizes), ("stresses", Relations.Emphasizes), ("emphasizing", Relations.Emphasizes), ("emphasizes", Relations.Emphasizes),
        ("underlining", Relations.Emphasizes), ("underlines", Relations.Emphasizes), ("subrayando", Relations.Emphasizes), ("subraya", Relations.Emphasizes),
        ("destacando", Relations.Emphasizes), ("destaca", Relations.Emphasizes), ("recalcando", Relations.Emphasizes), ("recalca", Relations.Emphasizes),
        ("exhorte", Relations.Urges), ("urges", Relations.Urges), ("urging", Relations.Urges), ("insta", Relations.Urges), ("engage", Relations.Urges),
        ("demande instamment", Relations.Urges),
        ("invite", Relations.Invites), ("invites", Relations.Invites), ("inviting", Relations.Invites), ("invita", Relations.Invites),
        ("affirmant", Relations.Affirms), ("affirme", Relations.Affirms), ("affirming", Relations.Affirms), ("affirms", Relations.Affirms),
        ("afirmando", Relations.Affirms), ("afirma", Relations.Affirms),
        ("condamne", Relations.Condemns), ("condemns", Relations.Condemns), ("condena", Relations.Condemns), ("condemning", Relations.Condemns),
        ("appuie", Relations.Supports), ("supports", Relations.Supports), ("apoya", Relations.Supports),
        ("profondement preoccupe", Relations.ExpressesConcern), ("gravement preoccupe", Relations.ExpressesConcern), ("preoccupe", Relations.ExpressesConcern),
        ("deeply concerned", Relations.ExpressesConcern), ("gravely concerned", Relations.ExpressesConcern), ("concerned", Relations.ExpressesConcern),
        ("alarmed", Relations.ExpressesConcern), ("profundamente preocupado", Relations.ExpressesConcern), ("preocupado", Relations.ExpressesConcern),
        ("expressing", null), ("exprimant", null), ("expresando", null), ("convaincu", null), ("convinced", null), ("convencido", null),
        ("determined", null), ("determine", null), ("resolu", null), ("decidido", null), ("desireux", null), ("desiring", null), ("deseando", null),
        ("having considered", null), ("ayant examine", null), ("habiendo examinado", null), ("acting", null), ("agissant", null), ("actuando", null),
        ("having", null), ("ayant", null), ("habiendo", null), ("declare", null), ("declares", null), ("declara", null), ("proclame", null), ("proclaims", null),
        ("encourage", null), ("encourages", null), ("alienta", null), ("encouraging", null), ("encourageant", null), ("alentando", null),
    ];

    static readonly Dictionary<string, string?> ByWords = BuildIndex();
    static readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> ByWordsLookup = ByWords.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly int MaxWords = LeadingWords.Max(w => w.Words.Split(' ').Length);
    static readonly int MaxCueLength = LeadingWords.Max(w => w.Words.Length);

    static Dictionary<string, string?> BuildIndex()
    {
        var d = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (w, r) in LeadingWords) d.TryAdd(w, r);
        return d;
    }

    static readonly HashSet<string> FirstWords = LeadingWords.Select(w => w.Words.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>The leading cue at token index <paramref name="at"/>: its relation (null when the cue gives none) and how many words it takes; 0 words when none.</summary>
    public static (string? Relation, int Words) CueAt(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || !FirstWords.Contains(tokens[at].Folded)) return (null, 0);
        // The words joined by spaces in a buffer, longest first: the lookup takes the span, no key string is built.
        Span<char> key = stackalloc char[MaxCueLength + 1];
        var n = Math.Min(MaxWords, tokens.Count - at);
        Span<int> lengths = stackalloc int[MaxWords + 1];
        var length = 0;
        var words = 0;
        for (; words < n; words++)
        {
            var w = tokens[at + words].Folded;
            var needed = length + (words > 0 ? 1 : 0) + w.Length;
            if (needed > key.Length) break;
            if (words > 0) key[length++] = ' ';
            w.CopyTo(key[length..]);
            length += w.Length;
            lengths[words + 1] = length;
        }
        for (var k = words; k >= 1; k--)
            if (ByWordsLookup.TryGetValue(key[..lengths[k]], out var relation)) return (relation, k);
        return (null, 0);
    }

    [ThreadStatic] static List<Token>? _scratch;

    /// <summary>Whether a word (as written) opens a paragraph the way UN preambular or operative paragraphs do.</summary>
    public static bool LooksLeading(string line)
    {
        var tokens = _scratch ??= new List<Token>(16);
        TextFolding.TokenizeInto(line, 0, Math.Min(line.Length, 60), tokens);
        if (tokens.Count == 0) return false;
        if (CueAt(tokens, 0).Words > 0) return true;
        var w = tokens[0].Folded;
        return w.Length > 5 && (w.EndsWith("ant", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)
            || w.EndsWith("ando", StringComparison.Ordinal) || w.EndsWith("iendo", StringComparison.Ordinal));
    }

    /// <summary>"1. ", "12. ", "a) ", "(b) ", "IV. ": a numbered paragraph or item.</summary>
    public static bool StartsNumbered(string line) => NumberPrefixLength(line) > 0;

    /// <summary>Length of a leading paragraph number ("12. ", "a) ", "(b) ") including the space after it, else 0.</summary>
    public static int NumberPrefixLength(string line)
    {
        var i = 0;
        if (i < line.Length && line[i] == '(') i++;
        var s = i;
        while (i < line.Length && i - s < 3 && char.IsAsciiDigit(line[i])) i++;
        if (i == s)
        {
            while (i < line.Length && i - s < 4 && (char.IsAsciiLetterLower(line[i]) || line[i] is 'I' or 'V' or 'X')) i++;
            if (i == s || i - s > 1 && !line[s..i].All(c => c is 'I' or 'V' or 'X') && !line[s..i].All(c => c is 'i' or 'v' or 'x')) return 0;
        }
        if (i >= line.Length || line[i] is not ('.' or ')')) return 0;
        if (line[i] == '.' && s < i && char.IsAsciiLetterLower(line[s])) return 0; // "a." is rather an abbreviation
        i++;
        if (i >= line.Length || !char.IsWhiteSpace(line[i])) return 0;
        while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
        return i;
    }

    /// <summary>A paragraph number of an operative paragraph: digits then "." ("1. Decides").</summary>
    public static bool StartsOperativeNumber(string line)
    {
        var i = 0;
        while (i < line.Length && i < 3 && char.IsAsciiDigit(line[i])) i++;
        return i > 0 && i + 1 < line.Length && line[i] == '.' && char.IsWhiteSpace(line[i + 1]);
    }

    public static bool EndsClause(string line)
    {
        var t = line.TrimEnd();
        return t.Length > 0 && t[^1] is ',' or ';' or '.' or ':' or '!' or '?';
    }

    /// <summary>For text whose every line stands apart: does this line open a new paragraph after the previous one?</summary>
    public static bool StartsNewParagraph(string previous, string line)
    {
        var prev = previous.TrimEnd();
        if (prev.Length == 0) return true;
        var end = prev[^1];
        if (StartsNumbered(line)) return end is ',' or ';' or '.' or ':' or '!' or '?';
        if (line.Length == 0 || !char.IsUpper(line[0]) && line[0] is not ('[' or '«' or '"' or '“')) return false;
        if (end is ';' or '.' or ':' or '!' or '?' or ']') return true;
        return end == ',' && LooksLeading(line);
    }

    /// <summary>The names of adopting bodies as an opening line gives them (folded, without the article).</summary>
    static readonly string[] BodyLineNames =
    [
        "assemblee generale", "general assembly", "asamblea general", "conseil des droits de l homme", "human rights council",
        "consejo de derechos humanos", "conseil de securite", "security council", "consejo de seguridad", "commission des droits de l homme",
        "commission on human rights", "comision de derechos humanos", "conseil economique et social", "economic and social council",
        "consejo economico y social", "sous commission", "sub commission", "subcomision", "conference", "conferencia",
    ];

    static readonly HashSet<string> Articles = ["le", "la", "l", "the", "el", "les", "los", "las"];
    static readonly char[] ClosingPunctuation = [',', ':', ' '];

    /// <summary>"Le Conseil des droits de l’homme,", "The General Assembly,", "El Consejo de Seguridad,": the line that opens a resolution's body.</summary>
    public static bool IsAdoptingBodyLine(string line)
    {
        // Most blocks fail on length or on their first word, checked in place.
        if (line.Length is < 10 || line.Length > 400) return false;
        var w0 = TextFolding.NextWord(line, 0, line.Length);
        var w1 = TextFolding.WordEnd(line, w0, line.Length);
        if (w1 - w0 is < 1 or > 3 || !Articles.Contains(TextFolding.FoldWord(line, w0, w1))) return false;
        var t = line.Trim().TrimEnd(ClosingPunctuation);
        if (t.Length is < 10 or > 90) return false;
        var tokens = TextFolding.Tokenize(t);
        if (tokens.Count < 2 || !Articles.Contains(tokens[0].Folded) || !char.IsUpper(t[0])) return false;
        var rest = string.Join(' ', tokens.Skip(1).Select(x => x.Folded));
        return BodyLineNames.Any(n => rest.StartsWith(n, StringComparison.Ordinal)) && tokens.Count <= 14;
    }

    /// <summary>"75/180. Title", "43/21. Title", "2005/69. Title": the numbered title line of a resolution or decision.</summary>
    public static bool IsResolutionTitleLine(string line) => ResolutionTitleNumber(line) != null;

    /// <summary>The number of a "75/180. Title" line ("75/180"), else null.</summary>
    public static string? ResolutionTitleNumber(string line)
    {
        var t = line.TrimStart();
        var i = 0;
        if (t.StartsWith("S-", StringComparison.Ordinal)) i = 2;
        var s = i;
        while (i < t.Length && i - s < 4 && char.IsAsciiDigit(t[i])) i++;
        if (i == s || i >= t.Length || t[i] != '/') return null;
        i++;
        var s2 = i;
        while (i < t.Length && i - s2 < 4 && char.IsAsciiDigit(t[i])) i++;
        if (i == s2) return null;
        if (i < t.Length && char.IsAsciiLetterUpper(t[i])) i++; // "44/192 B"
        if (i >= t.Length || t[i] != '.') return null;
        return t[..i];
    }
}
