using UnCitationGraph.Ids;
using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// Resolutions and decisions cited by number: "résolution 60/251 de l’Assemblée générale", "Security Council resolution
/// 1325 (2000)", "resolutions 5/1 and 5/2", "ses résoluciones 5/1, sur ..., et 5/2", "resolution 2200 A (XXI)". The body
/// is the one the sentence names (after the number, before the word "resolution", or as the sentence's subject);
/// "its/sa/su resolution" and unqualified ones take the body adopting the citing text; a number no such body can have
/// takes the body its shape points to (n (yyyy) → Security Council, yyyy/n → Commission on Human Rights ...).
/// </summary>
public static class ResolutionNumbers
{
    static readonly HashSet<string> ResolutionWords = ["resolution", "resolutions", "resolucion", "resoluciones"];
    static readonly HashSet<string> DecisionWords = ["decision", "decisions", "decisiones"];
    static readonly HashSet<string> Possessives = ["sa", "ses", "son", "its", "their", "su", "sus", "leur", "leurs", "own", "propres", "propre", "propias", "propia"];
    static readonly HashSet<string> Articles = ["le", "la", "l", "les", "the", "el", "los", "las"];
    static readonly HashSet<string> Complements = ["de", "of", "du", "del", "des", "a", "au", "aux", "to", "with", "avec", "con", "in", "en", "on", "sur", "and", "et", "y"];
    static readonly HashSet<string> Connectors = ["of", "the", "de", "du", "la", "l", "del", "des", "by", "par", "adoptee", "adopted", "aprobada"];

    /// <summary>
    /// Every resolution or decision cited by number in text[start..end). <paramref name="councilNamedEarlier"/> gives the
    /// council the document named last before this text, for a bare "Council resolution" in a text no council adopted.
    /// </summary>
    // The words around one keyword, and those between it and its numbers, reused per thread.
    [ThreadStatic] static List<Token>? _window, _between;

    public static List<Found> Find(string text, string? citingBody, int start = 0, int end = -1, Func<string?>? councilNamedEarlier = null)
    {
        if (end < 0) end = text.Length;
        var found = new List<Found>();
        // No digit, no number: most paragraphs are passed over by one vectorised search.
        if (text.AsSpan(start, end - start).IndexOfAnyInRange('0', '9') < 0) return found;
        // Only the words around "resolution"/"decision" are tokenised: one cheap search pass finds them.
        foreach (var (kwStart, kwEnd) in KeywordSpans(text, start, end))
        {
            var items = ReadNumbers(text, kwEnd, end, out var listEnd);
            // "the resolutions of the Security Council 1261 (1999) and …", "las resoluciones del Consejo 46/19": the body between.
            var (between, numbersAt) = items.Count == 0 ? BodyBetween(text, kwEnd, end) : (null, 0);
            if (between != null) items = ReadNumbers(text, numbersAt, end, out listEnd);
            if (items.Count == 0) continue;
            var tokens = _window ??= new List<Token>(128);
            TextFolding.TokenizeInto(text, Math.Max(start, kwStart - 320), Math.Min(end, listEnd + 300), tokens);
            var t = TokenIndexAt(tokens, kwStart, 0);
            if (t >= tokens.Count || tokens[t].Start != kwStart) continue;
            var decision = DecisionWords.Contains(tokens[t].Folded);

            var after = TokenIndexAt(tokens, listEnd, t + 1);
            var (namedAfter, afterEnd) = between == null ? BodyAfter(tokens, after) : (null, after);
            var named = between ?? namedAfter ?? BodyBefore(tokens, t) ?? AdopterAfter(text, tokens, after);
            // Another organisation's resolution ("resolution 3/2023 …, adopted by the Conference of FAO") has no UN symbol.
            if (named == BodyNames.Foreign) continue;
            var possessive = t > 0 && Possessives.Contains(tokens[t - 1].Folded) || t > 1 && Possessives.Contains(tokens[t - 2].Folded);
            string? subject = named == null ? SubjectBefore(text, tokens, t) : null;
            var candidates = new List<string?>();
            if (named != null) candidates.AddRange(Resolve(named));
            else
            {
                if (subject != null) candidates.AddRange(Resolve(subject));
                candidates.Add(citingBody);
            }
            var spanEnd = namedAfter != null ? tokens[afterEnd - 1].End : listEnd;
            foreach (var item in items)
            {
                string? symbol = null;
                foreach (var body in candidates)
                    if (body != null && (symbol = item.Number.SymbolFor(body, decision)) != null) break;
                if (symbol == null && item.Number.BodyFromShape() is { } shaped && (named == null || item.Number.HasYearSession || item.Number.IsYearNumbered))
                    symbol = item.Number.SymbolFor(shaped, decision);
                if (symbol == null) continue;
                var from = possessive && t > 0 ? tokens[t - 1].Start : tokens[t].Start;
                var to = Math.Max(item.End, item == items[^1] ? spanEnd : item.End);
                found.Add(new Found(from, to, symbol, text[from..to]));
            }

            // A short name stands for the citing body when it is of that kind; a bare "Council" in a text no council
            // adopted is the council named last before it, or else the council that numbers this way.
            IEnumerable<string?> Resolve(string name)
            {
                if (name != BodyNames.ShortCouncil || citingBody is Bodies.HRC or Bodies.SC or Bodies.ECOSOC)
                    return [BodyNames.Resolve(name, citingBody)];
                var recent = BodyNames.LastCouncilNamed(text, start, kwStart) ?? councilNamedEarlier?.Invoke();
                return recent != null ? [recent] : [Bodies.HRC, Bodies.SC, Bodies.ECOSOC];
            }
        }
        return found;
    }

    // The letters every form of the words shares: "résolution", "resolución", "RESOLUTIONS"; "décision", "decisión".
    static readonly System.Buffers.SearchValues<string> KeywordCores =
        System.Buffers.SearchValues.Create(["solu", "cisi"], StringComparison.OrdinalIgnoreCase);
    static readonly string[] NumberSigns = ["No. ", "no ", "n° ", "nº ", "N° "];

    /// <summary>Where the words "resolution(s)", "résolution(s)", "resolución(es)", "decision(s)", "décision(s)", "decisión(es)" stand, in text order.</summary>
    static IEnumerable<(int Start, int End)> KeywordSpans(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var rel = text.AsSpan(i, end - i).IndexOfAny(KeywordCores);
            if (rel < 0) break;
            var at = i + rel;
            var ws = at;
            while (ws > start && ws > at - 4 && char.IsLetter(text[ws - 1])) ws--;
            var we = at;
            while (we < end && we < at + 12 && char.IsLetter(text[we])) we++;
            i = Math.Max(we, at + 1);
            if (ws > start && char.IsLetter(text[ws - 1]) || we < end && char.IsLetter(text[we])) continue;
            var w = TextFolding.FoldWord(text, ws, we);
            if (ResolutionWords.Contains(w) || DecisionWords.Contains(w)) yield return (ws, we);
        }
    }

    static int TokenIndexAt(List<Token> tokens, int charPos, int from)
    {
        var k = from;
        while (k < tokens.Count && tokens[k].Start < charPos) k++;
        return k;
    }

    /// <summary>"… of the General Assembly", "… du Conseil des droits de l’homme", "… de la Commission": the body right after the number.</summary>
    static (string? Body, int End) BodyAfter(List<Token> tokens, int k)
    {
        var skipped = 0;
        var sawConnector = false;
        while (k < tokens.Count && skipped < 4 && Connectors.Contains(tokens[k].Folded)) { k++; skipped++; sawConnector = true; }
        if (!sawConnector || k >= tokens.Count) return (null, k);
        var (body, words) = BodyNames.At(tokens, k);
        return body == null ? (null, k) : (body, k + words);
    }

    static readonly HashSet<string> BetweenConnectors = ["of", "the", "de", "du", "des", "la", "l", "del"];

    /// <summary>"resolutions of the Council 46/19", "résolutions de l’Assemblée générale 77/180": the body between the word and the numbers, and where the numbers start.</summary>
    static (string? Body, int NumbersAt) BodyBetween(string text, int kwEnd, int end)
    {
        // Only a keyword followed by a connector word ("of", "de", "del", "du", "des") can have a body between.
        var next = TextFolding.NextWord(text, kwEnd, end);
        if (next - kwEnd > 2 || next >= end || TextFolding.Fold(text[next]) is not ('o' or 'd' or 't' or 'l')) return (null, 0);
        var tokens = _between ??= new List<Token>(32);
        TextFolding.TokenizeInto(text, kwEnd, Math.Min(end, kwEnd + 120), tokens);
        var k = 0;
        while (k < tokens.Count && k < 4 && BetweenConnectors.Contains(tokens[k].Folded)) k++;
        if (k == 0 || k >= tokens.Count || tokens[0].Start - kwEnd > 2) return (null, 0);
        var (body, words) = BodyNames.At(tokens, k);
        if (body == null) return (null, 0);
        var i = SkipSpaces(text, tokens[k + words - 1].End, end);
        return i < end && (char.IsAsciiDigit(text[i]) || text[i] is 'S' or 'E') ? (body, i) : (null, 0);
    }

    static readonly HashSet<string> AdoptedWords =
        ["adopted", "approved", "adoptee", "adoptees", "adopte", "adoptes", "aprobada", "aprobadas", "aprobado", "adoptada", "adoptadas", "adoptado"];

    /// <summary>"resolution 3/2023 of 7 July 2023, entitled “…”, adopted by the Conference of …": the adopter named after the number, in the same sentence.</summary>
    static string? AdopterAfter(string text, List<Token> tokens, int from)
    {
        for (var k = from; k + 2 < tokens.Count && k < from + 40; k++)
        {
            if (k > from && SentenceBreakBetween(text, tokens[k - 1].End, tokens[k].Start)) return null;
            if (ResolutionWords.Contains(tokens[k].Folded) || DecisionWords.Contains(tokens[k].Folded)) return null;
            if (!AdoptedWords.Contains(tokens[k].Folded) || tokens[k + 1].Folded is not ("by" or "par" or "por")) continue;
            var at = k + 2;
            if (at < tokens.Count && Articles.Contains(tokens[at].Folded)) at++;
            return BodyNames.At(tokens, at).Body;
        }
        return null;
    }

    /// <summary>"General Assembly resolution", "Security Council resolutions", "Commission on Human Rights decision": the body right before.</summary>
    static string? BodyBefore(List<Token> tokens, int keyword)
    {
        for (var start = Math.Max(0, keyword - 14); start < keyword; start++)
        {
            var (body, words) = BodyNames.At(tokens, start);
            if (body != null && start + words == keyword && !(start > 0 && tokens[start - 1].Folded is "sous" or "sub"))
                return body;
        }
        return null;
    }

    /// <summary>
    /// The body a sentence is about, before the word "resolution": the nearest name with an article that is not a complement
    /// ("Rappelant que la Sous-Commission … a adopté … la résolution 2000/22"; "créé par la Commission … dans sa résolution 2005/55").
    /// </summary>
    static string? SubjectBefore(string text, List<Token> tokens, int keyword)
    {
        var floor = tokens[keyword].Start - 300;
        for (var t = keyword - 1; t >= 0 && tokens[t].Start >= floor; t--)
        {
            if (SentenceBreakBetween(text, tokens[t].End, tokens[t + 1].Start)) return null;
            var at = t > 0 && tokens[t - 1].Folded is "sous" or "sub" ? t - 1 : t;
            var (body, _) = BodyNames.At(tokens, at);
            if (body == null) continue;
            if (at == 0 || !Articles.Contains(tokens[at - 1].Folded)) { t = at; continue; }
            if (at >= 2 && Complements.Contains(tokens[at - 2].Folded)) { t = at; continue; }
            return body;
        }
        return null;
    }

    static bool SentenceBreakBetween(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (text[k] is ';' || text[k] == '.' && k + 1 < text.Length && char.IsWhiteSpace(text[k + 1]) && k > 0 && char.IsLower(text[k - 1])) return true;
        return false;
    }

    public readonly record struct Item(ResolutionNumber Number, int Start, int End);

    /// <summary>The numbers after the word: "5/1 and 5/2", "1373 (2001), 1540 (2004) and 2178 (2014)", "5/1, sur …, et 5/2".</summary>
    static List<Item> ReadNumbers(string text, int at, int end, out int listEnd)
    {
        var items = new List<Item>();
        listEnd = at;
        var i = SkipSpaces(text, at, end);
        // "resolution No. 5", "résolution no 5"
        foreach (var w in NumberSigns)
            if (string.CompareOrdinal(text, i, w, 0, w.Length) == 0) { i += w.Length; break; }
        if (ParseNumber(text, i, end) is not { } first) return items;
        items.Add(first);
        listEnd = first.End;
        var cursor = first.End;
        while (items.Count < 60)
        {
            var next = NextInList(text, cursor, end);
            if (next is not { } item) break;
            items.Add(item);
            listEnd = cursor = item.End;
        }
        return items;
    }

    /// <summary>The next item of a list: after ", ", " and ", " et ", " y " — or after a short aside closed by one of them.</summary>
    static Item? NextInList(string text, int at, int end)
    {
        var limit = Math.Min(end, at + 140);
        var i = at;
        while (i < limit)
        {
            var c = text[i];
            if (c is ';' or '(' or ')' || c == '.' && (i + 1 >= end || char.IsWhiteSpace(text[i + 1]))) return null;
            if (char.IsAsciiDigit(c) || SessionPrefixLength(text, i, end) > 0)
            {
                var before = text.AsSpan(at, i - at).TrimEnd();
                var joined = before.EndsWith(",") || EndsWithWord(before, "and") || EndsWithWord(before, "et") || EndsWithWord(before, "y")
                    || EndsWithWord(before, "ainsi que") || EndsWithWord(before, "as well as") || EndsWithWord(before, "or") || EndsWithWord(before, "ou")
                    || EndsWithWord(before, "o") || before.EndsWith("&");
                if (!joined)
                {
                    // "107 (1955) of 30 March 1955, 108 (1955) …": a date between the items is passed over.
                    var d = i;
                    while (d < limit && char.IsAsciiDigit(text[d])) d++;
                    if (!IsDateNumber(text, at, i, d, limit)) return null;
                    i = d;
                    continue;
                }
                var item = ParseNumber(text, i, end);
                return item is { } it && (it.Number.IsSlashed || it.Number.Session != null) ? it : null;
            }
            if (char.IsLetter(c))
            {
                var w = i;
                while (w < limit && char.IsLetter(text[w])) w++;
                var folded = TextFolding.FoldWord(text, i, w);
                if (ResolutionWords.Contains(folded) || DecisionWords.Contains(folded)) return null;
                i = w;
                continue;
            }
            i++;
        }
        return null;
    }

    static bool IsDateNumber(string text, int from, int digitsStart, int digitsEnd, int limit)
    {
        var before = TextFolding.Tokenize(text, Math.Max(from, digitsStart - 16), digitsStart);
        var after = TextFolding.Tokenize(text, digitsEnd, Math.Min(limit, digitsEnd + 16));
        var prev = before.Count > 0 ? before[^1].Folded : "";
        var next = after.Count > 0 ? after[0].Folded : "";
        if (next is "de" && after.Count > 1) next = after[1].Folded;
        if (prev is "de" && before.Count > 1) prev = before[^2].Folded;
        return DateWords.MonthNumber(prev) != null || DateWords.MonthNumber(next) != null || next is "er" or "st" or "nd" or "rd" or "th";
    }

    static bool EndsWithWord(ReadOnlySpan<char> s, string word) =>
        s.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (s.Length == word.Length || !char.IsLetter(s[s.Length - word.Length - 1]));

    static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>Length of "S-" or "ES-" opening a special or emergency special session's number ("S-29/1", "ES-10/21", "(ES-V)"), else 0.</summary>
    static int SessionPrefixLength(string text, int i, int end, bool digitNext = true)
    {
        var n = i < end && text[i] == 'E' ? 1 : 0;
        if (i + n + 1 >= end || text[i + n] != 'S' || text[i + n + 1] != '-') return 0;
        if (i > 0 && char.IsLetterOrDigit(text[i - 1])) return 0;
        return !digitNext || i + n + 2 < end && char.IsAsciiDigit(text[i + n + 2]) ? n + 2 : 0;
    }

    /// <summary>"60/251", "44/192 B", "S-29/1", "ES-10/21", "2253 (ES-V)", "1325 (2000)", "2200 A (XXI)", "3201 (S-VI)".</summary>
    public static Item? ParseNumber(string text, int i, int end)
    {
        var s = i;
        var prefixLength = SessionPrefixLength(text, i, end);
        var prefix = prefixLength > 0 ? text.Substring(i, prefixLength) : null;
        i += prefixLength;
        var d0 = i;
        while (i < end && i - d0 < 5 && char.IsAsciiDigit(text[i])) i++;
        if (i == d0 || i < end && char.IsAsciiDigit(text[i])) return null;
        var first = (prefix ?? "") + text[d0..i];
        if (i + 1 < end && text[i] == '/' && char.IsAsciiDigit(text[i + 1]))
        {
            var m0 = ++i;
            while (i < end && i - m0 < 5 && char.IsAsciiDigit(text[i])) i++;
            if (i < end && (char.IsAsciiDigit(text[i]) || text[i] == '/')) return null;
            var second = text[m0..i];
            string? letter = null;
            // "44/192 B" — a capital standing alone after the number
            if (i + 1 < end && text[i] == ' ' && char.IsAsciiLetterUpper(text[i + 1]) && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])) && text[i + 1] is >= 'A' and <= 'H')
            { letter = text[i + 1].ToString(); i += 2; }
            else if (i < end && char.IsAsciiLetterUpper(text[i]) && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]))) { letter = text[i].ToString(); i++; }
            if (i < end && char.IsLetter(text[i])) return null;
            return new Item(new ResolutionNumber(first, second, letter, null), s, i);
        }
        if (prefix != null) return null;
        // "1325 (2000)", "2200 A (XXI)", "3201 (S-VI)"
        var j = i;
        string? let = null;
        if (j + 2 < end && text[j] == ' ' && char.IsAsciiLetterUpper(text[j + 1]) && text[j + 2] is ' ' or '(') { let = text[j + 1].ToString(); j += 2; }
        if (j < end && char.IsWhiteSpace(text[j])) j++;
        if (j >= end || text[j] != '(') return null;
        var close = text.IndexOf(')', j, Math.Min(10, end - j));
        if (close < 0) return null;
        var session = text[(j + 1)..close].Trim();
        var isYear = session.Length == 4 && session.All(char.IsAsciiDigit);
        var roman = session[SessionPrefixLength(session, 0, session.Length, digitNext: false)..];
        var isRoman = roman.Length > 0 && roman.All(c => c is 'I' or 'V' or 'X' or 'L');
        if (!isYear && !isRoman || isYear && let != null) return null;
        return new Item(new ResolutionNumber(first, null, let, session), s, close + 1);
    }
}
