using UnCitationGraph.Ingest.Extraction;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Security Council resolutions as the printed volumes give them (CR-UNSC texts): a title line ("Resolution 242 (1967)"
/// over "of 22 November 1967", or "100 (1953). Resolution of 27 October 1953" over "[S/3128]"), "The Security Council,",
/// paragraphs between blank lines with lines wrapped and, now and then, cut by the printed page; the volume's note
/// numbers standing in the text as words (see <see cref="PrintedNoteMarkers"/>); the closing "Adopted at the 1382nd
/// meeting" paragraph; then the notes ("6 fbid., document S/3122.", "* Paragraph 3 of the English text ..."), numbered
/// on from the volume's earlier pages. Also the 1990s texts: "RESOLUTION 833 (1993)", "Adopted by the Security Council
/// at its ... meeting", "1/" markers and notes at each page's foot among the page's job number and running head.
/// </summary>
public sealed class SecurityCouncilLayout : ITextLayout
{
    const int HeadLines = 12;

    /// <summary>
    /// An SC title line among the first lines and "The Security Council" opening a body. Not the 2000s documents under
    /// the masthead "United Nations S/RES/1454 (2002)": they are text extracted from a PDF like any other.
    /// </summary>
    public bool Recognises(string text)
    {
        int seen = 0, titleAt = -1;
        foreach (var raw in text.Split('\n', 80))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (seen++ == 0 && line.StartsWith("United Nations S/", StringComparison.OrdinalIgnoreCase)) return false;
            if (titleAt < 0 && seen <= HeadLines && IsTitleLine(line)) titleAt = seen;
            else if (titleAt > 0 && line.StartsWith("The Security Council", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"Resolution 242 (1967)", "RESOLUTION 833 (1993)", "Resolution 290", "Resolution 477 (1980) of 30 July 1980", "100 (1953). Resolution of …", "1 (1946) Resolution of …".</summary>
    public static bool IsTitleLine(string line)
    {
        var t = line.Trim();
        if (t.StartsWith("Resolution ", StringComparison.OrdinalIgnoreCase))
        {
            var rest = t[11..].TrimStart();
            var digits = 0;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits])) digits++;
            if (digits is 0 or > 4) return false;
            rest = rest[digits..].TrimStart();
            return rest.Length == 0 || rest[0] == '(' && rest.IndexOf(')') is > 0 and <= 8 || rest.StartsWith("of ", StringComparison.Ordinal);
        }
        var i = 0;
        while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
        if (i is 0 or > 4) return false;
        var after = t[i..].TrimStart();
        var close = after.IndexOf(')');
        return after.StartsWith('(') && close is > 0 and <= 8
            && after[(close + 1)..].TrimStart('.', ' ').StartsWith("Resolution", StringComparison.Ordinal);
    }

    public NormalisedDocument Read(string text, string source)
    {
        var paragraphs = Paragraphs(text);
        var bodyAt = paragraphs.FindIndex(p => ParagraphCues.IsAdoptingBodyLine(p[0]));
        var closingAt = -1;
        for (var i = paragraphs.Count - 1; i > bodyAt && bodyAt >= 0; i--)
            if (IsClosingLine(paragraphs[i][0])) { closingAt = i; break; }

        var notes = new NoteCollector();
        var labels = new List<string>();
        var title = new List<string>();
        var body = new List<string>();
        var lastNote = 0;
        var previousWasNotes = false;
        for (var pi = 0; pi < paragraphs.Count; pi++)
        {
            var lines = paragraphs[pi];
            if (pi < bodyAt || bodyAt < 0 && pi == 0 && IsTitleLine(lines[0])) { title.Add(string.Join('\n', lines)); continue; }

            var first = NoteStart(lines[0]);
            var inNotesRegion = closingAt >= 0 && pi > closingAt;
            var opensNotes = first is { } f && (f.Slash || inNotesRegion || !f.Dotted && OpensNote(f.Text));
            if (!opensNotes && inNotesRegion && previousWasNotes && notes.LastText is { } open && !EndsNote(open) && char.IsLower(lines[0][0]))
            {
                foreach (var line in lines) notes.Continue(line); // a note cut by the page
                continue;
            }
            if (!opensNotes)
            {
                previousWasNotes = false;
                if (body.Count > 0 && pi - 1 != bodyAt && ContinuesAcrossPage(body[^1], lines[0])) body[^1] += "\n" + string.Join('\n', lines);
                else body.Add(string.Join('\n', lines));
                continue;
            }
            if (!previousWasNotes) lastNote = 0;
            previousWasNotes = true;
            foreach (var line in lines)
            {
                if (NoteStart(line) is { } note && (note.Label.StartsWith('*') || lastNote == 0 || note.Number > lastNote && note.Number <= lastNote + 30))
                {
                    notes.Start(note.Label, note.Text);
                    labels.Add(note.Label);
                    if (note.Number > 0) lastNote = note.Number;
                }
                else notes.Continue(line);
            }
        }

        // The title line may carry a marker too ("6 (1946). Resolution of 17 May 1946 21").
        var blocks = PrintedNoteMarkers.Take([.. title, .. body], labels);
        return new NormalisedDocument(source, blocks, notes.Notes) { Format = "text" };
    }

    /// <summary>Runs of non-blank lines, trimmed, page furniture (job numbers, running heads, "Page 2") left out.</summary>
    static List<List<string>> Paragraphs(string text)
    {
        var result = new List<List<string>>();
        List<string>? current = null;
        foreach (var raw in text.Replace('\f', '\n').Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && (PdfTextLayout.IsPageFurniture(line) || result.Count > 3 && IsRunningHead(line))) continue;
            if (line.Length == 0) { current = null; continue; }
            // "The Security Council," stands apart even where no blank line sets it off from the title or the first paragraph.
            var bodyLine = ParagraphCues.IsAdoptingBodyLine(line);
            if (current == null || bodyLine) result.Add(current = []);
            current.Add(line);
            if (bodyLine) current = null;
        }
        return result;
    }

    /// <summary>"S/RES/902 (1994)" at the top of a later page.</summary>
    static bool IsRunningHead(string line) => line.Length < 25 && line.StartsWith("S/RES/", StringComparison.Ordinal);

    static bool IsClosingLine(string line) =>
        line.StartsWith("Adopted", StringComparison.Ordinal) || line.StartsWith("Approved", StringComparison.Ordinal);

    /// <summary>A paragraph cut by the printed page: the part before stops mid-sentence and the part after goes on in lower case.</summary>
    static bool ContinuesAcrossPage(string before, string next) =>
        char.IsLower(next[0]) && before.Length > 0 && (char.IsLetter(before[^1]) || before[^1] == '-')
        || before.Length > 0 && EndsWithJoiningWord(before) && !ParagraphCues.StartsNumbered(next) && char.IsLetter(next[0]);

    static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "the", "of", "to", "a", "an", "in", "by", "for", "with", "on", "at", "from", "that", "its", "their", "his", "which" };

    static bool EndsWithJoiningWord(string text)
    {
        var i = text.Length;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return i < text.Length && JoiningWords.Contains(text[i..]);
    }

    static bool EndsNote(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '.' or ')' or ']' or '”';

    /// <summary>How a note opens when it stands among the body's paragraphs (a page's notes printed mid-text).</summary>
    static readonly string[] NoteOpenings =
    [
        "Ibid", "Ibíd", "See ", "Official Records", "Document", "Resolution", "Decision", "United Nations", "Adopted", "Approved", "Supplement",
        "One member", "Two members", "Three members", "Four members", "Five members",
    ];

    static bool OpensNote(string text) => Footnotes.IsIbid(text) || NoteOpenings.Any(o => text.StartsWith(o, StringComparison.Ordinal));

    /// <summary>A note's first line: "6 fbid., document S/3122.", "17See Official Records", "33.One member", "5. Ibid.", "* Paragraph 3", "1/ S/26111."</summary>
    public readonly record struct NoteLine(string Label, int Number, string Text, bool Dotted, bool Slash);

    public static NoteLine? NoteStart(string line)
    {
        var t = line.TrimStart();
        if (t.StartsWith('*'))
        {
            var stars = 0;
            while (stars < t.Length && stars < 3 && t[stars] == '*') stars++;
            var rest = t[stars..];
            return rest.Length > 1 && char.IsWhiteSpace(rest[0]) && char.IsLetter(rest.TrimStart()[0]) ? new NoteLine(t[..stars], 0, rest.Trim(), false, false) : null;
        }
        var i = 0;
        while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
        if (i is 0 or > 3 || i == t.Length) return null;
        var number = int.Parse(t.AsSpan(0, i));
        if (number == 0) return null;
        if (t[i] == '/')
            return i + 1 < t.Length && char.IsWhiteSpace(t[i + 1]) && t[(i + 1)..].Trim().Length > 0
                ? new NoteLine(number.ToString(), number, t[(i + 1)..].Trim(), false, true) : null;
        var dotted = t[i] == '.';
        var j = dotted ? i + 1 : i;
        var spaced = j < t.Length && char.IsWhiteSpace(t[j]);
        var text = t[j..].Trim();
        if (text.Length == 0) return null;
        var glued = !spaced;
        // "17See", "33.One": glued only before a capitalised word; "1382nd", "64.X.1)" are no notes.
        if (glued && !(text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]))) return null;
        if (!(char.IsUpper(text[0]) || text[0] is '[' or '“' or '"' || Footnotes.IsIbid(text))) return null;
        var firstWord = text.Split(' ', 2)[0];
        if (DateWords.MonthNumber(firstWord.TrimEnd(',', '.', ';')) != null) return null; // "14 December 1960, and …"
        return new NoteLine(number.ToString(), number, text, dotted, false);
    }
}
