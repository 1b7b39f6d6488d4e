using UnCitationGraph.Ids;
using UnCitationGraph.Instruments;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// Named instruments found with a trie over folded content words (one pass, leftmost-longest), never a regex
/// alternation. Articles, prepositions and conjunctions are left out of both the titles and the text, and plurals
/// folded, so "la Déclaration et du Programme d’action de Vienne" meets "Déclaration et Programme d’action de
/// Vienne" and "Principe d’Istanbul" meets "Principes d’Istanbul" without listing variants.
/// Every word the matcher knows (title words, stopwords, context cues) has a number: a word of the text is folded in
/// place and looked up once, so reading a paragraph allocates nothing but what it finds.
/// </summary>
public sealed class InstrumentMatcher
{
    static readonly string[] Stopwords =
    [
        "the", "of", "and", "on", "in", "for", "to", "at", "by", "with", "a", "an", "or", "its",
        "le", "la", "les", "l", "de", "du", "des", "d", "et", "au", "aux", "en", "sur", "pour", "par", "un", "une", "ou", "se",
        "el", "los", "las", "del", "y", "e", "sobre", "para", "por", "al", "una", "o",
    ];

    static readonly HashSet<string> Articles = ["the", "la", "le", "l", "el", "les", "los", "las"];
    static readonly HashSet<string> OfWords = ["of", "de", "des", "du", "del"];
    static readonly HashSet<string> ArticlesAfterOf = ["la", "l", "the", "los", "las"];

    /// <summary>
    /// Short names two instruments share, and the words around that tell the second one: "the Paris Principles" are the
    /// national human rights institutions' unless the words around speak of armed forces or groups (the 2007 Principles on
    /// children associated with them) and not of national institutions.
    /// </summary>
    static readonly (string Id, string OtherId, string[] OtherCues, string[] OwnCues)[] SharedShortNames =
    [
        ("paris-principles", "paris-principles-children-armed-conflict",
            ["armed", "armee", "arme", "armado", "armada", "recruitment", "recrutement", "reclutamiento"],
            ["institution", "institucione", "national", "nationale", "nacional", "nacionale"]),
    ];

    /// <summary>A word of the text: where it stands and its number in the vocabulary (<see cref="Unknown"/> when none).</summary>
    readonly record struct Word(int Start, int End, int Id);

    const int Unknown = -1;

    sealed class Node
    {
        public Dictionary<int, Node>? Next;
        public string? Id;
        public bool Acronym;
    }

    readonly Node _root = new();
    readonly bool[] _startsTitle;
    readonly WordTable _vocabulary = new();
    // Stopwords are numbered first: 0 .. Stopwords.Length - 1.
    readonly bool[] _isArticle, _isOf, _isArticleAfterOf;
    readonly (string Id, string OtherId, HashSet<int> OtherCues, HashSet<int> OwnCues)[] _sharedShortNames;

    public static InstrumentMatcher Default { get; } = new(InstrumentCatalogue.Default);

    public InstrumentMatcher(InstrumentCatalogue catalogue)
    {
        foreach (var w in Stopwords) IdOf(w);
        _isArticle = Stopwords.Select(Articles.Contains).ToArray();
        _isOf = Stopwords.Select(OfWords.Contains).ToArray();
        _isArticleAfterOf = Stopwords.Select(ArticlesAfterOf.Contains).ToArray();
        foreach (var entry in catalogue.Entries)
        {
            foreach (var title in entry.Titles.Values)
                foreach (var name in Variants(title)) Add(name, entry.Id);
            foreach (var alias in entry.Aliases) Add(alias, entry.Id);
        }
        _startsTitle = new bool[_vocabulary.Count];
        foreach (var id in _root.Next?.Keys ?? Enumerable.Empty<int>()) _startsTitle[id] = true;
        _sharedShortNames = SharedShortNames.Select(s => (s.Id, s.OtherId, s.OtherCues.Select(IdOf).ToHashSet(), s.OwnCues.Select(IdOf).ToHashSet())).ToArray();
    }

    int IdOf(string folded) => _vocabulary.Add(folded);

    bool IsStopword(int id) => id >= 0 && id < Stopwords.Length;

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
        var words = TextFolding.Tokenize(name).Where(t => !Stopwords.Contains(t.Folded)).Select(t => Stem(t.Folded)).ToList();
        if (words.Count == 0) return;
        var node = _root;
        foreach (var w in words)
        {
            node.Next ??= new Dictionary<int, Node>();
            var key = IdOf(w);
            if (!node.Next.TryGetValue(key, out var child)) node.Next[key] = child = new Node();
            node = child;
        }
        node.Id ??= id;
        if (words.Count == 1 && name.Trim().All(c => char.IsAsciiLetterUpper(c))) node.Acronym = true;
    }

    /// <summary>Plurals folded: "principes" → "principe", "rights" → "right"; "progress", "status" stay.</summary>
    static int StemLength(ReadOnlySpan<char> folded) =>
        folded.Length > 3 && folded[^1] == 's' && folded[^2] != 's' && folded[^2] != 'u' ? folded.Length - 1 : folded.Length;

    static string Stem(string folded) => folded[..StemLength(folded)];

    // Reused per thread: a paragraph's words and the indices of its content words.
    [ThreadStatic] static List<Word>? _words;
    [ThreadStatic] static List<int>? _content;
    [ThreadStatic] static char[]? _fold;

    /// <summary>The words of text[start..end), each folded, stemmed and numbered in place, and the indices of those that are not stopwords.</summary>
    void ReadWords(string text, int start, int end, List<Word> words, List<int> content)
    {
        words.Clear();
        content.Clear();
        var folded = new FoldedWords(text, start, end, _fold ??= new char[64]);
        while (folded.MoveNext())
        {
            var stem = StemLength(folded.Folded);
            var id = folded.TooLong ? Unknown
                : _vocabulary.Find(folded.Folded[..stem], stem == folded.Folded.Length ? folded.Hash : folded.HashBeforeLast);
            if (!IsStopword(id)) content.Add(words.Count);
            words.Add(new Word(folded.Start, folded.End, id));
        }
    }

    public List<Found> Find(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var all = _words ??= new List<Word>(256);
        var content = _content ??= new List<int>(256);
        ReadWords(text, start, end, all, content);
        var found = new List<Found>();
        var i = 0;
        while (i < content.Count)
        {
            // Most words start no title: one array read tells.
            var firstId = all[content[i]].Id;
            if (firstId < 0 || firstId >= _startsTitle.Length || !_startsTitle[firstId]) { i++; continue; }
            var node = _root;
            int bestEnd = -1;
            Node? best = null;
            for (var j = i; j < content.Count; j++)
            {
                if (node.Next == null || !node.Next.TryGetValue(all[content[j]].Id, out var child)) break;
                node = child;
                if (node.Id != null) { bestEnd = j; best = node; }
            }
            if (best != null && Accept(text, all, content, i, bestEnd, best))
            {
                var s = all[content[i]].Start;
                var e = all[content[bestEnd]].End;
                var id = bestEnd - i < 3 ? SenseInContext(best.Id!, all, content, i, bestEnd) : best.Id!;
                found.Add(new Found(s, e, CanonicalId.ForInstrument(id), text[s..e]));
                i = bestEnd + 1;
                continue;
            }
            i++;
        }
        return found;
    }

    const int SenseWindow = 25;

    string SenseInContext(string id, List<Word> all, List<int> content, int first, int last)
    {
        foreach (var (shared, other, otherCues, ownCues) in _sharedShortNames)
        {
            if (shared != id) continue;
            var otherSeen = false;
            for (var k = Math.Max(0, first - SenseWindow); k < Math.Min(content.Count, last + 1 + SenseWindow); k++)
            {
                var word = all[content[k]].Id;
                if (ownCues.Contains(word)) return id;
                otherSeen |= otherCues.Contains(word);
            }
            return otherSeen ? other : id;
        }
        return id;
    }

    /// <summary>Short names stand for an instrument only as proper names: "the Charter" (not "African Charter", "la Charte africaine").</summary>
    bool Accept(string text, List<Word> all, List<int> content, int i, int last, Node node)
    {
        var index = content[i];
        var first = all[index];
        var words = last - i + 1;
        var firstChar = text[first.Start];
        if (words <= 2 && !char.IsUpper(firstChar) && !char.IsDigit(firstChar)) return false;
        if (words > 1) return true;
        if (node.Acronym) return AllUpper(text, first.Start, first.End);
        if (index == 0 || !Is(_isArticle, all[index - 1].Id)) return false;
        // "the Charter of the Organization …", "la Charte africaine": another instrument's name goes on.
        var nextIndex = index + 1;
        if (nextIndex < all.Count)
        {
            var gap = text.AsSpan(first.End, all[nextIndex].Start - first.End);
            if (gap.Trim().Length == 0)
            {
                var next = all[nextIndex];
                if (!IsStopword(next.Id)) return false;
                if (Is(_isOf, next.Id) && nextIndex + 1 < all.Count)
                {
                    var after = all[nextIndex + 1];
                    var afterAfter = Is(_isArticleAfterOf, after.Id) && nextIndex + 2 < all.Count ? all[nextIndex + 2] : after;
                    if (char.IsUpper(text[afterAfter.Start])) return false;
                }
            }
        }
        return true;
    }

    static bool AllUpper(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (!char.IsUpper(text[k])) return false;
        return true;
    }

    static bool Is(bool[] stopwordFlags, int id) => id >= 0 && id < stopwordFlags.Length && stopwordFlags[id];
}
