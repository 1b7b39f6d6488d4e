using UnCitationGraph.Ids;
using UnCitationGraph.Instruments;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// Named instruments found with a trie over folded content words (one pass, leftmost-longest), never a regex
/// alternation. Articles, prepositions and conjunctions are left out of both the titles and the text, and plurals
/// folded, so "la Déclaration et du Programme d’action de Vienne" meets "Déclaration et Programme d’action de
/// Vienne" and "Principe d’Istanbul" meets "Principes d’Istanbul" without listing variants.
/// </summary>
public sealed class InstrumentMatcher
{
    static readonly HashSet<string> Stopwords =
    [
        "the", "of", "and", "on", "in", "for", "to", "at", "by", "with", "a", "an", "or", "its",
        "le", "la", "les", "l", "de", "du", "des", "d", "et", "au", "aux", "en", "sur", "pour", "par", "un", "une", "ou", "se",
        "el", "los", "las", "del", "y", "e", "sobre", "para", "por", "al", "una", "o",
    ];

    static readonly HashSet<string> Articles = ["the", "la", "le", "l", "el", "les", "los", "las"];

    sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public string? Id;
        public bool Acronym;
    }

    readonly Node _root = new();

    public static InstrumentMatcher Default { get; } = new(InstrumentCatalogue.Default);

    public InstrumentMatcher(InstrumentCatalogue catalogue)
    {
        foreach (var entry in catalogue.Entries)
        {
            foreach (var title in entry.Titles.Values)
                foreach (var name in Variants(title)) Add(name, entry.Id);
            foreach (var alias in entry.Aliases) Add(alias, entry.Id);
        }
    }

    /// <summary>A title, the title without its closing bracketed short name, and the short name itself ("Paris Principles").</summary>
    static IEnumerable<string> Variants(string title)
    {
        yield return title;
        // Only a bracket closing the title holds a short name: "Discrimination (Employment and Occupation) Convention" has none.
        var t = title.TrimEnd();
        var close = t.EndsWith(')') ? t.Length - 1 : -1;
        var open = close >= 0 ? t.LastIndexOf('(', close) : -1;
        if (open < 0 || close < 0) yield break;
        yield return (title[..open] + title[(close + 1)..]).Trim();
        var inner = title[(open + 1)..close];
        if (!inner.StartsWith("No", StringComparison.OrdinalIgnoreCase) && !inner.StartsWith("n", StringComparison.Ordinal) && inner.Contains(' '))
            yield return inner;
    }

    void Add(string name, string id)
    {
        var words = ContentWords(TextFolding.Tokenize(name)).Select(t => t.Folded).ToList();
        if (words.Count == 0) return;
        var node = _root;
        foreach (var w in words)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(w, out var child)) node.Next[w] = child = new Node();
            node = child;
        }
        node.Id ??= id;
        if (words.Count == 1 && name.Trim().All(c => char.IsAsciiLetterUpper(c))) node.Acronym = true;
    }

    static string Stem(string folded) =>
        folded.Length > 3 && folded[^1] == 's' && folded[^2] != 's' && folded[^2] != 'u' ? folded[..^1] : folded;

    static List<Token> ContentWords(List<Token> tokens) =>
        tokens.Where(t => !Stopwords.Contains(t.Folded)).Select(t => t with { Folded = Stem(t.Folded) }).ToList();

    public List<Found> Find(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var all = TextFolding.Tokenize(text, start, end);
        var content = new List<(Token Token, int Index)>(all.Count);
        for (var k = 0; k < all.Count; k++)
            if (!Stopwords.Contains(all[k].Folded)) content.Add((all[k] with { Folded = Stem(all[k].Folded) }, k));
        var found = new List<Found>();
        var i = 0;
        while (i < content.Count)
        {
            var node = _root;
            int bestEnd = -1;
            Node? best = null;
            for (var j = i; j < content.Count; j++)
            {
                if (node.Next == null || !node.Next.TryGetValue(content[j].Token.Folded, out var child)) break;
                node = child;
                if (node.Id != null) { bestEnd = j; best = node; }
            }
            if (best != null && Accept(text, all, content, i, bestEnd, best))
            {
                var s = content[i].Token.Start;
                var e = content[bestEnd].Token.End;
                var id = bestEnd - i < 3 ? SenseInContext(best.Id!, content, i, bestEnd) : best.Id!;
                found.Add(new Found(s, e, CanonicalId.ForInstrument(id), text[s..e]));
                i = bestEnd + 1;
                continue;
            }
            i++;
        }
        return found;
    }

    /// <summary>
    /// Short names two instruments share, and the words around that tell the second one: "the Paris Principles" are the
    /// national human rights institutions' unless the words around speak of armed forces or groups (the 2007 Principles on
    /// children associated with them) and not of national institutions.
    /// </summary>
    static readonly (string Id, string OtherId, HashSet<string> OtherCues, HashSet<string> OwnCues)[] SharedShortNames =
    [
        ("paris-principles", "paris-principles-children-armed-conflict",
            ["armed", "armee", "arme", "armado", "armada", "recruitment", "recrutement", "reclutamiento"],
            ["institution", "institucione", "national", "nationale", "nacional", "nacionale"]),
    ];

    const int SenseWindow = 25;

    static string SenseInContext(string id, List<(Token Token, int Index)> content, int first, int last)
    {
        foreach (var (shared, other, otherCues, ownCues) in SharedShortNames)
        {
            if (shared != id) continue;
            var otherSeen = false;
            for (var k = Math.Max(0, first - SenseWindow); k < Math.Min(content.Count, last + 1 + SenseWindow); k++)
            {
                if (ownCues.Contains(content[k].Token.Folded)) return id;
                otherSeen |= otherCues.Contains(content[k].Token.Folded);
            }
            return otherSeen ? other : id;
        }
        return id;
    }

    /// <summary>Short names stand for an instrument only as proper names: "the Charter" (not "African Charter", "la Charte africaine").</summary>
    static bool Accept(string text, List<Token> all, List<(Token Token, int Index)> content, int i, int last, Node node)
    {
        var first = content[i];
        var words = last - i + 1;
        var firstChar = text[first.Token.Start];
        if (words <= 2 && !char.IsUpper(firstChar) && !char.IsDigit(firstChar)) return false;
        if (words > 1) return true;
        var raw = text[first.Token.Start..first.Token.End];
        if (node.Acronym) return raw.All(char.IsUpper);
        if (first.Index == 0 || !Articles.Contains(all[first.Index - 1].Folded)) return false;
        // "the Charter of the Organization …", "la Charte africaine": another instrument's name goes on.
        var nextIndex = first.Index + 1;
        if (nextIndex < all.Count)
        {
            var gap = text.AsSpan(first.Token.End, all[nextIndex].Start - first.Token.End);
            if (gap.Trim().Length == 0)
            {
                var next = all[nextIndex];
                if (!Stopwords.Contains(next.Folded)) return false;
                if (next.Folded is "of" or "de" or "des" or "du" or "del" && nextIndex + 1 < all.Count)
                {
                    var after = all[nextIndex + 1];
                    var afterAfter = after.Folded is "la" or "l" or "the" or "los" or "las" && nextIndex + 2 < all.Count ? all[nextIndex + 2] : after;
                    if (char.IsUpper(text[afterAfter.Start])) return false;
                }
            }
        }
        return true;
    }
}
