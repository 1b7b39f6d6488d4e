using UnCitationGraph.Ids;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// Stage 2: what the document is. Its own symbol comes from the header (a line that is a symbol), the "75/180. Title"
/// line with the adopting body ("Le Conseil des droits de l’homme," → A/HRC/RES/…), a Security Council title line
/// ("Resolution 242 (1967)", "100 (1953). Resolution of …"), or a report's own addendum ("… (A/HRC/35/35/Add.1) is
/// submitted as an addendum to the present report"). Body and kind follow from the symbol; language from stopwords;
/// date from the adoption line, the closing "meeting" line or the header; title from the numbered title line.
/// </summary>
public static class Identity
{
    public static DocumentIdentity Of(NormalisedDocument doc, DocumentStructure structure)
    {
        var paragraphs = structure.Paragraphs;
        var header = structure.BodyLineIndex >= 0
            ? paragraphs.Take(structure.BodyLineIndex).ToList()
            : paragraphs.Take(HeaderLengthWithoutBodyLine(paragraphs)).ToList();
        var bodyLineBody = structure.BodyLineIndex >= 0 ? BodyOfLine(paragraphs[structure.BodyLineIndex].Block.Text) : null;
        // The header is short; a huge first block (no structure at all) is only looked at in its opening.
        var headerText = string.Join("\n", header.Select(p => p.Block.Text.Length > 2000 ? p.Block.Text[..2000] : p.Block.Text));
        var folded = headerText.Contains("cisi", StringComparison.OrdinalIgnoreCase) ? TextFolding.FoldPhrase(headerText) : "";
        var isDecision = folded.Contains("decision adoptee") || folded.Contains("decision adopted") || folded.Contains("decision aprobada")
            || folded.Contains("decision adoptada");
        var headingBody = bodyLineBody ?? HeadingBody(header);

        string? symbol = null, title = null;
        var kindFromText = structure.BodyLineIndex >= 0 ? (isDecision ? DocumentKinds.Decision : DocumentKinds.Resolution) : null;

        foreach (var p in header)
        {
            if (ParagraphCues.ResolutionTitleNumber(p.Block.Text) is { } number)
            {
                title = TextFolding.Squash(p.Block.Text.TrimStart()[(number.Length + 1)..]).Trim();
                if (headingBody != null && ResolutionNumbers.ParseNumber(number + " ", 0, number.Length) is { } item)
                    symbol = item.Number.SymbolFor(headingBody, isDecision);
                kindFromText ??= isDecision ? DocumentKinds.Decision : DocumentKinds.Resolution;
                break;
            }
        }
        symbol ??= SecurityCouncilTitle(paragraphs);
        symbol ??= HeaderSymbol(header);
        symbol ??= AddendumClue(doc);

        string? body = null, kind = null;
        if (symbol != null)
        {
            var facts = SymbolFacts.Of(symbol);
            body = facts.Body;
            kind = facts.Kind;
        }
        body ??= headingBody ?? Bodies.OTHER;
        kind ??= kindFromText ?? DocumentKinds.Other;
        if (symbol != null && SymbolFacts.Of(symbol).Kind == DocumentKinds.Report && NoteByTitle(headerText)) kind = DocumentKinds.Note;

        // A Security Council title's date ("Resolution 242 (1967) of 22 November 1967") is the adoption date; the header
        // rules in DateOf would take the first date of a text that opens without "The Security Council," ("Whereas ...").
        // The year in an SC symbol is the adoption year: a date of another year is some other date (or an OCR slip: "of 14 October £964").
        var isSc = symbol?.StartsWith("S/RES/", StringComparison.Ordinal) == true;
        var date = DateOf(paragraphs, header, isSc);
        if (isSc && date != null && !symbol!.EndsWith($"({date[..4]})", StringComparison.Ordinal)) date = null;
        return new DocumentIdentity(symbol, body, kind, Language(doc), date, string.IsNullOrEmpty(title) ? null : title);
    }

    /// <summary>A resolution without its "The General Assembly," line: the header runs to the numbered title line.</summary>
    static int HeaderLengthWithoutBodyLine(IReadOnlyList<Paragraph> paragraphs)
    {
        for (var i = 0; i < Math.Min(20, paragraphs.Count); i++)
            if (ParagraphCues.IsResolutionTitleLine(paragraphs[i].Block.Text)) return i + 1;
        return Math.Min(8, paragraphs.Count);
    }

    static bool NoteByTitle(string header)
    {
        if (!header.Contains("not", StringComparison.OrdinalIgnoreCase)) return false; // "note", "nota": most headers are not folded at all
        var f = TextFolding.FoldPhrase(header);
        return f.StartsWith("note ", StringComparison.Ordinal) || f.Contains("\nnote by") || f.Contains(" note by the secretar") || f.Contains("note du secretari") || f.Contains("nota del secretari");
    }

    /// <summary>"Le Conseil des droits de l’homme," → HRC.</summary>
    static string? BodyOfLine(string line)
    {
        var tokens = TextFolding.Tokenize(line);
        for (var t = 0; t < tokens.Count; t++)
        {
            var at = t > 0 && tokens[t - 1].Folded is "sous" or "sub" ? t - 1 : t;
            var (body, _) = BodyNames.At(tokens, at);
            if (body != null) return body == BodyNames.ShortSubCommission ? Bodies.SUBCOM : BodyNames.IsFullUnBody(body) ? body : null;
        }
        return null;
    }

    /// <summary>A header line naming the body ("Assemblée générale", "Résolution adoptée par le Conseil des droits de l’homme").</summary>
    static string? HeadingBody(List<Paragraph> header)
    {
        foreach (var p in header)
            foreach (var line in p.Block.Text.Split('\n'))
            {
                if (line.Length > 200) continue;
                var tokens = TextFolding.Tokenize(line);
                if (tokens.Count == 0 || tokens.Count > 14) continue;
                for (var t = 0; t < Math.Min(tokens.Count, 8); t++)
                {
                    var (body, _) = BodyNames.At(tokens, t);
                    if (BodyNames.IsFullUnBody(body)) return body;
                }
            }
        return null;
    }

    static readonly string[] HeaderWords = ["united nations", "nations unies", "naciones unidas", "distr", "general", "generale", "limited", "limitee", "limitada", "restricted"];

    /// <summary>A header line that is a symbol (possibly beside "United Nations" or "Distr.: General").</summary>
    static string? HeaderSymbol(List<Paragraph> header)
    {
        foreach (var p in header.Take(12))
            foreach (var line in p.Block.Text.Split('\n'))
            {
                if (line.Length > 200) continue;
                var found = Symbols.Find(line);
                // "[S/3128]" under a title is the draft the text was adopted on, not the text itself.
                if (found.Count == 0 || line.TrimStart().StartsWith('[')) continue;
                var rest = line.Remove(found[0].Start, found[0].End - found[0].Start);
                var left = TextFolding.FoldPhrase(rest);
                foreach (var w in HeaderWords) left = left.Replace(w, "");
                if (left.Trim().Length <= 3) return found[0].Target;
            }
        return null;
    }

    /// <summary>
    /// "Resolution 242 (1967)", "RESOLUTION 242 (1967)", "Résolution 2178 (2014)", "100 (1953). Resolution of …", "1 (1946) Resolution of …".
    /// The year of the adoption date beside the title wins over a misprinted one ("Resolution 434 (1973) of 18 September 1978"),
    /// and gives the year when the title has none ("Resolution 290 of 8 December 1970").
    /// </summary>
    static string? SecurityCouncilTitle(IReadOnlyList<Paragraph> paragraphs)
    {
        // The title opens the text, or follows the tail of another resolution where printed pages were run together.
        var head = paragraphs.Take(12).ToList();
        for (var pi = 0; pi < head.Count; pi++)
        {
            if (!MayHoldTitleLine(head[pi].Block.Text, 4)) continue;
            var lines = head[pi].Block.Text.Split('\n');
            for (var li = 0; li < Math.Min(4, lines.Length); li++)
            {
                var t = lines[li].Trim();
                var word = t.Split(' ', 2)[0];
                var at = TextFolding.FoldPhrase(word) is "resolution" or "resolucion" ? word.Length + 1 : 0;
                if (at == 0 && (t.Length == 0 || !char.IsAsciiDigit(t[0]))) continue;
                if (at >= t.Length) continue;
                var numberEnd = at;
                while (numberEnd < t.Length && char.IsAsciiDigit(t[numberEnd])) numberEnd++;
                if (numberEnd == at || numberEnd - at > 4) continue;
                var number = t[at..numberEnd];
                var rest = t[numberEnd..].Trim();
                string? year = null;
                if (rest.StartsWith('('))
                {
                    var close = rest.IndexOf(')');
                    // OCR slips such as "(197-4)" keep their digits.
                    var digits = close > 0 ? new string(rest[1..close].Where(char.IsAsciiDigit).ToArray()) : "";
                    if (digits.Length != 4) continue;
                    year = digits;
                    rest = rest[(close + 1)..].TrimStart('.', ' ');
                }
                else if (rest.Length > 0) continue;
                if (at == 0 && !TextFolding.FoldPhrase(rest).StartsWith("resolution", StringComparison.Ordinal)) continue;
                // The adoption date on the title line or the next one.
                var dateText = rest + " " + (li + 1 < lines.Length ? lines[li + 1] : pi + 1 < head.Count ? head[pi + 1].Block.Text.Split('\n')[0] : "");
                if (DateWords.First(dateText) is { } date) year = date.Iso[..4];
                if (year == null) continue;
                return $"S/RES/{number}({year})";
            }
        }
        return null;
    }

    /// <summary>
    /// Whether one of a paragraph's first lines opens as a title line does: a number with nothing or a bracket after it
    /// ("242 (1967)"), or "Resolution"/"Résolution"/"Resolución". Most paragraphs are passed over without being split.
    /// </summary>
    static bool MayHoldTitleLine(string text, int lines)
    {
        var start = 0;
        for (var li = 0; li < lines && start < text.Length; li++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (MayBeTitleLine(text.AsSpan(start, end - start).Trim())) return true;
            start = end + 1;
        }
        return false;
    }

    static bool MayBeTitleLine(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        if (digits > 0)
        {
            var rest = line[digits..].TrimStart();
            return digits <= 4 && (rest.Length == 0 || rest[0] == '(');
        }
        const int length = 10; // "resolution", "resolucion" folded
        if (line.Length < length || line.Length > length && TextFolding.IsWordChar(line[length])) return false;
        return TextFolding.FoldInto(line[..length], stackalloc char[length]) is "resolution" or "resolucion";
    }

    /// <summary>
    /// A Security Council title's date: "Resolution 242 (1967)" over "of 22 November 1967", "100 (1953). Resolution of
    /// 27 October 1953", "RESOLUTION 833 (1993)" over "Adopted by the Security Council at its 3224th meeting\non 27 May 1993".
    /// Only the title line and what stands right under it: the text below cites other resolutions "of" other dates.
    /// </summary>
    static string? SecurityCouncilTitleDate(IReadOnlyList<Paragraph> paragraphs)
    {
        for (var pi = 0; pi < Math.Min(6, paragraphs.Count); pi++)
        {
            if (!MayHoldTitleLine(paragraphs[pi].Block.Text, int.MaxValue)) continue;
            var lines = paragraphs[pi].Block.Text.Split('\n');
            for (var li = 0; li < lines.Length; li++)
            {
                if (!Reading.SecurityCouncilLayout.IsTitleLine(lines[li])) continue;
                var under = li + 1 < lines.Length ? string.Join('\n', lines.Skip(li + 1).Take(2))
                    : pi + 1 < paragraphs.Count ? string.Join('\n', paragraphs[pi + 1].Block.Text.Split('\n').Take(2)) : "";
                var folded = TextFolding.FoldPhrase(under);
                if (!(folded.StartsWith("of ", StringComparison.Ordinal) || folded.StartsWith("adopted", StringComparison.Ordinal))) under = "";
                var close = lines[li].IndexOf(')');
                var title = lines[li][(close + 1)..];
                return DateWords.Find(title + "\n" + under).FirstOrDefault().Iso;
            }
        }
        return null;
    }

    static readonly string[] AddendumPhrases =
    [
        "additif au present rapport", "addendum to the present report", "adicion al presente informe", "addendum au present rapport",
        "additif au present document", "addendum to the present document", "adicion al presente documento",
    ];

    /// <summary>A report names its own addendum ("A/HRC/35/35/Add.1 … additif au présent rapport"): its symbol is the addendum's base.</summary>
    static string? AddendumClue(NormalisedDocument doc)
    {
        foreach (var block in doc.Blocks)
        {
            if (!block.Text.Contains("/Add.", StringComparison.OrdinalIgnoreCase)) continue;
            var f = TextFolding.FoldPhrase(block.Text);
            if (!AddendumPhrases.Any(f.Contains)) continue;
            foreach (var s in Symbols.Find(block.Text))
                if (s.Target.Contains("/Add.", StringComparison.OrdinalIgnoreCase)) return UnSymbol.Base(s.Target);
        }
        return null;
    }

    static readonly string[] Fr = ["les", "des", "du", "et", "est", "dans", "pour", "aux", "une", "sur", "au", "qui"];
    static readonly string[] En = ["the", "of", "and", "to", "is", "that", "for", "with", "by", "its", "which", "on"];
    static readonly string[] Es = ["el", "los", "las", "del", "y", "para", "con", "por", "una", "sobre", "que", "su"];

    static readonly string[] LanguageNames = ["fr", "en", "es"];

    // Each stopword and the language it counts for (0 fr, 1 en, 2 es).
    static readonly Dictionary<string, int> StopwordLanguage = Fr.Select(w => (w, 0)).Concat(En.Select(w => (w, 1))).Concat(Es.Select(w => (w, 2)))
        .ToDictionary(x => x.w, x => x.Item2, StringComparer.Ordinal);

    // A few thousand characters tell the language of a UN text (its header is in that language too).
    const int LanguageSample = 6000;
    // Reading stops sooner once one language leads clearly: this many of its stopwords, twice the runner-up's.
    const int DecisiveCount = 30;
    static readonly int MaxStopwordLength = StopwordLanguage.Keys.Max(w => w.Length);

    /// <summary>The language whose commonest words are commonest in the document's first characters.</summary>
    public static string Language(NormalisedDocument doc)
    {
        Span<int> counts = stackalloc int[3];
        Span<char> word = stackalloc char[MaxStopwordLength + 2];
        var lookup = StopwordLanguage.GetAlternateLookup<ReadOnlySpan<char>>();
        var budget = LanguageSample;
        foreach (var b in doc.Blocks)
        {
            var text = b.Text;
            var end = Math.Min(text.Length, budget);
            // Only short words can be stopwords: longer ones are passed over unfolded.
            for (var i = TextFolding.NextWord(text, 0, end); i < end; i = TextFolding.NextWord(text, i, end))
            {
                var wordEnd = TextFolding.WordEnd(text, i, end);
                var length = wordEnd - i;
                if (length <= MaxStopwordLength)
                {
                    if (lookup.TryGetValue(TextFolding.FoldInto(text.AsSpan(i, length), word), out var language) && ++counts[language] >= DecisiveCount
                        && counts[language] >= 2 * Math.Max(counts[(language + 1) % 3], counts[(language + 2) % 3]))
                        return LanguageNames[language];
                }
                i = wordEnd;
            }
            budget -= end + 1;
            if (budget <= 0) break;
        }
        var (fr, en, es) = (counts[0], counts[1], counts[2]);
        return en >= fr && en >= es ? "en" : fr >= es ? "fr" : "es";
    }

    // ASCII cores of "meeting", "séance", "sesión", for the vectorised search; the word around a hit is then checked.
    static readonly System.Buffers.SearchValues<string> MeetingCores =
        System.Buffers.SearchValues.Create(["meeting", "ance", "sesi"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the text holds "meeting", "séance" or "sesión" (in any case, with or without accents, within a longer word too).</summary>
    static bool NamesMeeting(ReadOnlySpan<char> text)
    {
        Span<char> folded = stackalloc char[24];
        var i = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOfAny(MeetingCores);
            if (hit < 0) return false;
            int start = i + hit, end = start;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            var word = text[start..end];
            if (word.Length <= folded.Length)
            {
                var w = TextFolding.FoldInto(word, folded);
                if (w.Contains("meeting", StringComparison.Ordinal) || w.Contains("seance", StringComparison.Ordinal) || w.Contains("sesion", StringComparison.Ordinal))
                    return true;
            }
            i = Math.Max(end, i + hit + 1);
        }
        return false;
    }

    /// <summary>
    /// The adoption or issue date: an "adopted … on" header line, the closing "meeting" line, an SC "of 22 November 1967", else the header's first date.
    /// An SC resolution (<paramref name="securityCouncil"/>) looks at its title's date first.
    /// </summary>
    static string? DateOf(IReadOnlyList<Paragraph> paragraphs, List<Paragraph> header, bool securityCouncil)
    {
        if (securityCouncil && SecurityCouncilTitleDate(paragraphs) is { } scTitleDate) return scTitleDate;
        foreach (var p in header)
        {
            var t = p.Block.Text;
            if (t.Length < 600 && (t.Contains("adopt", StringComparison.OrdinalIgnoreCase) || t.Contains("aprobad", StringComparison.OrdinalIgnoreCase)))
                if (DateWords.First(t) is { } d) return d.Iso;
        }
        // The closing lines of a resolution: "46e séance plénière 16 décembre 2020", "4653rd meeting, on 4 December 2002".
        foreach (var p in paragraphs.Skip(Math.Max(0, paragraphs.Count - 12)))
        {
            var text = p.Block.Text;
            var tail = Math.Max(0, text.Length - 400);
            if (!NamesMeeting(text.AsSpan(tail))) continue;
            foreach (var d in DateWords.Find(text, tail))
            {
                var before = TextFolding.FoldPhrase(text[Math.Max(0, d.Start - 40)..d.Start]);
                if (before.Contains("seance") || before.Contains("meeting") || before.Contains("sesion")) return d.Iso;
            }
        }
        if (!securityCouncil && SecurityCouncilTitleDate(paragraphs) is { } titleDate) return titleDate; // an SC text looked already
        // An issue date in a short header line ("Distr. générale 28 décembre 2020").
        foreach (var p in header)
            if (p.Block.Text.Length < 120 && DateWords.First(p.Block.Text) is { } d) return d.Iso;
        return null;
    }
}
