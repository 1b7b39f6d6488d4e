using System.Text;
using UnCitationGraph.Ingest.Extraction;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Footnote numbers of the printed Security Council volumes, which stand in the text as words: "Zambia, 47",
/// "document S/10352 46", "concerned 25 to the appeal", "of 6 May,5", "meeting.11", and the 1990s style "1993, 1/".
/// Printed numbers run on across the resolutions of a volume, so a text's first note may be 46; numbers of every
/// other kind ("1592nd meeting", "12 hours", "paragraphs 2, 3 and 4", "resolution 338 (1973)", "26 December")
/// must not become markers. The rule, conservative on purpose:
/// <list type="number">
/// <item>A candidate is a number of one to three digits standing alone after a space or glued after the punctuation
/// closing a word; not part of a symbol, decimal, range or ordinal; not followed by "(" (a resolution or a vote),
/// a month (a date), a unit ("hours", "votes", "abstentions"...); not preceded by a word that takes a number
/// ("resolution", "paragraph", "Article", "Add.", "p."...) nor by another small number (a list going on).
/// It is strong when it follows punctuation or ends its line (not after "of", "and" ...).</item>
/// <item>When the text has numbered notes, a candidate whose number is a note's is a marker (in any order: the 1990
/// volumes number a page's notes backwards); a strong candidate whose number lies between the last marker taken and
/// the next note number, at most three from either (lost notes), is a marker too, whose note is missing.</item>
/// <item>When the text has no numbered notes, only runs of at least two consecutive numbers (n, n+1 or n+2 ...), each
/// in a strong position, are markers: a lone "1967, 24" stays text.</item>
/// <item>"*" and "**" are markers only where a note with that sign exists; "1/" always is (nothing else is written so).</item>
/// </list>
/// </summary>
public static class PrintedNoteMarkers
{
    /// <summary>The blocks' texts with their markers taken out, in the same order.</summary>
    public static List<TextBlock> Take(IReadOnlyList<string> blocks, IReadOnlyCollection<string> noteLabels)
    {
        var candidates = new List<Candidate>();
        for (var b = 0; b < blocks.Count; b++) Find(blocks[b], b, candidates);
        var accepted = Choose(candidates, noteLabels);

        var result = new List<TextBlock>(blocks.Count);
        var k = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var text = blocks[b];
            var sb = new StringBuilder(text.Length);
            var markers = new List<NoteMarker>();
            var copied = 0;
            for (; k < accepted.Count && accepted[k].Block == b; k++)
            {
                var c = accepted[k];
                var from = c.Start;
                while (from > copied && text[from - 1] == ' ') from--; // "concerned 25 to" → "concerned to"
                sb.Append(text, copied, from - copied);
                markers.Add(new NoteMarker(c.Label, sb.Length));
                copied = c.End;
            }
            sb.Append(text, copied, text.Length - copied);
            result.Add(new TextBlock(sb.ToString(), markers));
        }
        return result;
    }

    /// <summary>
    /// For text whose glued markers were already taken (<see cref="PdfTextLayout"/>): the numbered notes whose marker was
    /// not found may have it standing as a word ("signed at Geneva on 17 June 1925, 1 and", "of 14 February 2025 4 and").
    /// Each such note's number is taken at its first candidate between the markers of the notes around it.
    /// </summary>
    public static List<TextBlock> TakeMissing(IReadOnlyList<TextBlock> blocks, IEnumerable<string> noteLabels)
    {
        var present = blocks.SelectMany(b => b.Markers).Select(m => m.Label).ToHashSet(StringComparer.Ordinal);
        var missing = new SortedSet<int>(noteLabels.Where(l => !present.Contains(l)).Select(l => int.TryParse(l, out var n) ? n : 0).Where(n => n > 0));
        if (missing.Count == 0) return blocks.ToList();

        // Where each numbered marker stands: (block, offset), to keep the new ones in order between them.
        var at = new SortedDictionary<int, (int Block, int Offset)>();
        for (var b = 0; b < blocks.Count; b++)
            foreach (var m in blocks[b].Markers)
                if (int.TryParse(m.Label, out var n)) at.TryAdd(n, (b, m.Offset));
        var candidates = new List<Candidate>();
        for (var b = 0; b < blocks.Count; b++) Find(blocks[b].Text, b, candidates);

        var taken = new List<Candidate>();
        foreach (var value in missing)
        {
            var lower = at.Where(kv => kv.Key < value).Select(kv => kv.Value).DefaultIfEmpty((-1, -1)).Last();
            var upper = at.Where(kv => kv.Key > value).Select(kv => kv.Value).DefaultIfEmpty((int.MaxValue, 0)).First();
            var found = candidates.FirstOrDefault(c => c.Kind == Kind.Number && c.Value == value
                && (c.Block, c.Start).CompareTo(lower) > 0 && (c.Block, c.End).CompareTo(upper) <= 0);
            if (found == null) continue;
            taken.Add(found);
            at[value] = (found.Block, found.Start);
        }

        var result = new List<TextBlock>(blocks.Count);
        for (var b = 0; b < blocks.Count; b++)
        {
            var cuts = taken.Where(c => c.Block == b).OrderBy(c => c.Start).ToList();
            if (cuts.Count == 0) { result.Add(blocks[b]); continue; }
            var text = blocks[b].Text;
            var sb = new StringBuilder(text.Length);
            var markers = new List<NoteMarker>();
            var copied = 0;
            var removed = 0;
            var old = blocks[b].Markers.OrderBy(m => m.Offset).ToList();
            var k = 0;
            foreach (var c in cuts)
            {
                var from = c.Start;
                while (from > copied && text[from - 1] == ' ') from--;
                for (; k < old.Count && old[k].Offset <= from; k++) markers.Add(old[k] with { Offset = old[k].Offset - removed });
                sb.Append(text, copied, from - copied);
                markers.Add(new NoteMarker(c.Label, sb.Length));
                removed += c.End - from;
                copied = c.End;
            }
            for (; k < old.Count; k++) markers.Add(old[k] with { Offset = Math.Max(old[k].Offset - removed, 0) });
            sb.Append(text, copied, text.Length - copied);
            result.Add(new TextBlock(sb.ToString(), markers));
        }
        return result;
    }

    enum Kind { Number, Slash, Star }

    sealed record Candidate(int Block, int Start, int End, string Label, int Value, Kind Kind, bool Strong);

    static List<Candidate> Choose(List<Candidate> candidates, IReadOnlyCollection<string> noteLabels)
    {
        var numbered = new SortedSet<int>(noteLabels.Select(l => int.TryParse(l, out var n) ? n : -1).Where(n => n > 0));
        var accepted = new List<Candidate>();
        foreach (var c in candidates)
            if (c.Kind == Kind.Slash || c.Kind == Kind.Star && noteLabels.Contains(c.Label)) accepted.Add(c);

        var numbers = candidates.Where(c => c.Kind == Kind.Number).ToList();
        if (numbered.Count > 0)
        {
            // Strong candidates of a note's number are all markers (a volume may print a note's number twice); a weak one
            // only where its number has no strong occurrence. Numbers without notes are inferred from the last marker taken.
            var strongValues = numbers.Where(c => c.Strong && numbered.Contains(c.Value)).Select(c => c.Value).ToHashSet();
            var taken = new HashSet<int>();
            var last = 0;
            foreach (var c in numbers)
            {
                bool plausible;
                if (numbered.Contains(c.Value)) plausible = c.Strong || !strongValues.Contains(c.Value) && !taken.Contains(c.Value);
                else
                {
                    var next = numbered.GetViewBetween(last + 1, int.MaxValue).Min; // 0 when every note's number is behind
                    plausible = c.Strong && c.Value > last && (next > 0
                        ? c.Value < next && (c.Value >= next - 3 || last > 0 && c.Value <= last + 3)
                        : last > 0 && c.Value <= last + 2);
                }
                if (!plausible) continue;
                accepted.Add(c);
                taken.Add(c.Value);
                last = c.Value;
            }
        }
        else accepted.AddRange(Runs(numbers.Where(c => c.Strong).ToList()));
        accepted.Sort((a, b) => a.Block != b.Block ? a.Block.CompareTo(b.Block) : a.Start.CompareTo(b.Start));
        return accepted;
    }

    /// <summary>Candidates that form runs of two or more increasing numbers (steps of 1 or 2), in text order.</summary>
    static IEnumerable<Candidate> Runs(List<Candidate> strong)
    {
        var length = new int[strong.Count];
        var previous = new int[strong.Count];
        var lastAt = new Dictionary<int, int>(); // value → index of the latest candidate with it
        for (var i = 0; i < strong.Count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            foreach (var step in (ReadOnlySpan<int>)[1, 2])
                if (lastAt.TryGetValue(strong[i].Value - step, out var p) && length[p] + 1 > length[i]) { length[i] = length[p] + 1; previous[i] = p; }
            lastAt[strong[i].Value] = i;
        }
        var taken = new bool[strong.Count];
        foreach (var end in Enumerable.Range(0, strong.Count).Where(i => length[i] >= 2).OrderByDescending(i => length[i]))
        {
            var chain = new List<int>();
            for (var i = end; i >= 0 && !taken[i]; i = previous[i]) chain.Add(i);
            if (chain.Count < 2) continue;
            foreach (var i in chain) taken[i] = true;
        }
        return strong.Where((_, i) => taken[i]);
    }

    static readonly HashSet<string> NumberTakers = new(StringComparer.Ordinal)
    {
        "resolution", "resolutions", "decision", "decisions", "paragraph", "paragraphs", "para", "paras", "subparagraph", "subparagraphs",
        "article", "articles", "art", "arts", "rule", "rules", "chapter", "chapters", "chap", "annex", "annexes", "section", "sections", "sect",
        "page", "pages", "p", "pp", "no", "nos", "vol", "volume", "volumes", "part", "parts", "item", "items", "add", "corr", "rev", "suppl",
        "amend", "series", "kilometre", "kilometres", "km", "number", "numbers", "footnote", "footnotes", "note", "notes", "table", "figure",
        "session", "sessions", "point", "points", "phase", "stage", "protocol", "convention", "category", "level",
        "sector", "zone", "area", "group", "line", "lines", "hill", "route", "camp", "sub", "unit", "units", "op", "pars",
    };

    static readonly HashSet<string> Quantities = new(StringComparer.Ordinal)
    {
        "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "minute", "minutes", "member", "members",
        "vote", "votes", "abstention", "abstentions", "person", "persons", "people", "per", "percent", "state", "states", "country", "countries",
        "time", "times", "kilometres", "kilometers", "km", "miles", "mile", "metres", "meters", "men", "troops", "soldiers", "observers",
        "officers", "battalions", "copies", "pm", "am", "o", "other", "others", "additional", "more", "further", "new", "million", "billion",
        "thousand", "hundred", "nations", "permanent", "non", "parties", "party", "points", "percentage",
    };

    /// <summary>Words a sentence cannot stop on: a number after them ends no clause ("PAGE 1 of 3").</summary>
    static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "of", "and", "to", "the", "in", "at", "by", "for", "or", "with", "from", "on", "a", "an" };

    static void Find(string s, int block, List<Candidate> into)
    {
        var previousCandidateEnd = -1;
        for (var i = 1; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '*')
            {
                var j = i;
                while (j < s.Length && j - i < 3 && s[j] == '*') j++;
                if (s[i - 1] == '*' || j < s.Length && !(char.IsWhiteSpace(s[j]) || s[j] is ',' or '.' or ';' or ':' or '\'' or '’')) continue;
                into.Add(new Candidate(block, i, j, s[i..j], 0, Kind.Star, true));
                i = j - 1;
                continue;
            }
            if (!char.IsAsciiDigit(c) || char.IsAsciiDigit(s[i - 1])) continue;
            var end = i;
            while (end < s.Length && char.IsAsciiDigit(s[end])) end++;
            if (AsCandidate(s, i, end, previousCandidateEnd) is { } found)
            {
                into.Add(found with { Block = block });
                previousCandidateEnd = end;
            }
            i = end - 1;
        }
    }

    /// <summary>The number s[start..end] as a marker candidate, or null when it is a number of another kind.</summary>
    static Candidate? AsCandidate(string s, int start, int end, int previousCandidateEnd)
    {
        if (end - start > 3) return null;
        var value = int.Parse(s.AsSpan(start, end - start));
        if (value == 0) return null;
        var before = s[start - 1];
        var label = value.ToString();

        // The 1990s style: "1993 1/ on his", "Secretary-General, 2/".
        if (end < s.Length && s[end] == '/')
            return char.IsWhiteSpace(before) && value < 100 && (end + 1 == s.Length || char.IsWhiteSpace(s[end + 1]) || s[end + 1] is ',' or '.' or ';')
                ? new Candidate(0, start, end + 1, label, value, Kind.Slash, true)
                : null;

        // Glued after the punctuation closing a word or a bracket ("May,5", "meeting.11"), not in "A.1" or "b.1.".
        var glued = before is ',' or '.' or ';' or ':' or ')' or '”' or '"' or '’' or '\''
            && start >= 2 && (char.IsLower(s[start - 2]) || s[start - 2] is ')' or '”' or '"' or '’' or '\'' || before == ',' && YearEndsAt(s, start - 1));
        if (!glued && !char.IsWhiteSpace(before)) return null; // "S/3122", "Add.7-9", "(1)", "COVID19", "A.1"
        if (glued && before == '.' && end < s.Length && s[end] == '.') return null; // "b.1."
        if (before is '.' or ',' && start >= 2 && (char.IsAsciiDigit(s[start - 2]) && !YearEndsAt(s, start - 1) || AbbreviationOrSymbolBefore(s, start - 1))) return null; // "1.5", "1,000", "Add.1", "p.5"

        // What follows: the end, a space, or punctuation; not letters ("1592nd"), a decimal, a range or a fraction.
        if (end < s.Length)
        {
            var after = s[end];
            if (char.IsLetter(after) || after is '-' or '–' or '/' or '%' or '(' or ')' or '°' or '[') return null;
            if (after is '.' or ',' or ':' && end + 1 < s.Length && char.IsAsciiDigit(s[end + 1])) return null;
            if (after == ':') return null; // a label: "(1) 12: Quantities"
            if (after == '.' && end + 1 < s.Length && !char.IsWhiteSpace(s[end + 1])) return null; // a code: "1.A.4"
        }

        var next = WordAfter(s, end);
        if (next.StartsWith('(') || IsMonth(next) || Quantities.Contains(Fold(next))) return null;

        var previousEnd = start - (glued ? 1 : 0);
        while (previousEnd > 0 && s[previousEnd - 1] is ' ' or '\n') previousEnd--;
        var previous = WordBefore(s, previousEnd);
        var previousFolded = Fold(previous);
        // "resolution 338", "para. 5", not "the Paris Principles), 3" nor "its 1992 session, 5": punctuation parts them.
        if (previous.Length > 0 && (char.IsLetter(previous[^1]) || previous[^1] == '.' && Abbreviations.Contains(Fold(previous))) && TakesNumber(previous)) return null;
        if (IsMonth(previous) && value <= 31 && next.Length == 4 && next.All(char.IsAsciiDigit)) return null; // "June 5, 1967", not "23 July 128 1993"
        var previousBare = previous.TrimEnd(',', ';', '.', ':');
        // A list going on ("2, 3"), unless the number before is a candidate itself ("the Congo, 21 22").
        if (previousBare.Length is > 0 and <= 3 && previousBare.All(char.IsAsciiDigit) && previousEnd != previousCandidateEnd) return null;
        if (previousFolded is "and" or "to" or "or" or "through" or "with" or "by" or "than")
        {
            var start2 = previousEnd - previous.Length;
            while (start2 > 0 && s[start2 - 1] is ' ' or '\n') start2--;
            var twoBack = WordBefore(s, start2).TrimEnd(',', ';');
            if (twoBack.Length > 0 && (twoBack.All(char.IsAsciiDigit) && twoBack.Length <= 3 || TakesNumber(twoBack)) || previousFolded is "with" or "by" or "than") return null;
        }

        var lineEnd = s.IndexOf('\n', end);
        var restOfLine = s.AsSpan(end, (lineEnd < 0 ? s.Length : lineEnd) - end).Trim();
        var strong = glued || previous.Length > 0 && previous[^1] is ',' or '.' or ';' or ':' or '”' or '"' or '’'
            || restOfLine.Length == 0 && !JoiningWords.Contains(previousFolded);
        return new Candidate(0, start, end, label, value, Kind.Number, strong);
    }

    static bool TakesNumber(string word) => NumberTakers.Contains(Fold(word));

    /// <summary>"4 June 1982,26": a year (19xx, 20xx standing as a word) ends just before the comma.</summary>
    static bool YearEndsAt(string s, int end) =>
        end >= 4 && s.AsSpan(end - 4, 4) is var y && (y.StartsWith("19") || y.StartsWith("20")) && int.TryParse(y, out _)
        && (end == 4 || !char.IsLetterOrDigit(s[end - 5]));

    /// <summary>Number-taking words that end with their abbreviation's full stop ("p. 5", "para. 3"); "principles. 19" ends a sentence.</summary>
    static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "para", "paras", "art", "arts", "chap", "sect", "p", "pp", "no", "nos", "vol", "add", "corr", "rev", "suppl", "amend", "sub", "op", "pars",
    };

    /// <summary>"Add.1", "A/78/662/Add.1", "p.5": the letters before the punctuation are a number-taking abbreviation or end a symbol.</summary>
    static bool AbbreviationOrSymbolBefore(string s, int punctuation)
    {
        var w = punctuation;
        while (w > 0 && char.IsLetter(s[w - 1])) w--;
        return w > 0 && s[w - 1] is '/' or '.' || NumberTakers.Contains(TextFolding.FoldPhrase(s[w..punctuation]));
    }

    static bool IsMonth(string word) => word.Length >= 3 && DateWords.MonthNumber(word.TrimEnd(',', '.', ';')) != null;

    static string Fold(string word) => TextFolding.FoldPhrase(word.Trim(',', '.', ';', ':', '(', ')', '”', '“', '"', '’'));

    /// <summary>The word (run of non-space characters) ending at <paramref name="end"/>.</summary>
    static string WordBefore(string s, int end)
    {
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(s[start - 1])) start--;
        return s[start..end];
    }

    /// <summary>The next word after <paramref name="from"/>, across a line break, past one punctuation mark glued to the number.</summary>
    static string WordAfter(string s, int from)
    {
        var i = from;
        if (i < s.Length && s[i] is ',' or ';' or ':') i++;
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        var start = i;
        while (i < s.Length && !char.IsWhiteSpace(s[i])) i++;
        return s[start..i];
    }
}
