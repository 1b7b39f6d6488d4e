using System.Text;
using UnCitationGraph.Ingest.Extraction;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Text extracted from a PDF (or typed plainly): lines of a paragraph broken by the printed page, footnote digits glued
/// to the word they follow ("internationale1 ;"), notes at page bottoms (" 1 A/HRC/44/44 et Add.1."), running heads,
/// job numbers and page numbers. Two line styles are told apart: every line followed by a blank line (paragraphs are
/// then found from punctuation and leading words), or blank lines between paragraphs only.
/// </summary>
public sealed class PdfTextLayout : ITextLayout
{
    public bool Recognises(string text) => true;

    public NormalisedDocument Read(string text, string source)
    {
        var lines = DropPageFurniture(text.Replace('\f', '\n').Split('\n'));
        var doubleSpaced = IsDoubleSpaced(lines);
        var titleEnd = TitleRegionEnd(lines);
        var builder = new BlockBuilder();
        var notes = new NoteCollector();
        var markersSeen = new HashSet<int>();
        int lastMarker = 0, lastNote = 0;
        bool separatorBefore = false, inNotes = false, noteOpen = false, blankBefore = false;
        var prevBody = "";
        var prevIsBodyLine = false;

        for (var li = 0; li < lines.Count; li++)
        {
            var raw = lines[li];
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (raw.Length > 0) separatorBefore = true; // a line of spaces: the rule above a page's notes, as extracted
                blankBefore = true;
                if (!doubleSpaced) { if (inNotes) { inNotes = false; noteOpen = false; } }
                continue;
            }
            if (IsRule(line)) { separatorBefore = true; blankBefore = true; continue; }

            if (NoteLine(line) is { } note && note.Number == lastNote + 1 && li > titleEnd
                && (markersSeen.Contains(note.Number) || separatorBefore || inNotes))
            {
                notes.Start(note.Number.ToString(), note.Text);
                lastNote = note.Number;
                inNotes = true;
                noteOpen = !EndsSentence(note.Text);
                separatorBefore = false;
                blankBefore = false;
                continue;
            }
            if (inNotes && noteOpen && (!doubleSpaced || !blankBefore) && !StartsParagraphAlone(line))
            {
                notes.Continue(line);
                noteOpen = !EndsSentence(line);
                blankBefore = false;
                continue;
            }
            inNotes = false;
            noteOpen = false;
            separatorBefore = false;

            var (clean, markers) = TakeGluedMarkers(line, ref lastMarker);
            foreach (var m in markers) if (int.TryParse(m.Label, out var n)) markersSeen.Add(n);

            bool boundary;
            if (builder.IsEmpty) boundary = true;
            else if (li <= titleEnd) boundary = !(char.IsLower(clean.FirstOrDefault()) || ParagraphCues.IsResolutionTitleLine(builder.Current)) || ParagraphCues.IsAdoptingBodyLine(clean);
            else if (prevIsBodyLine) boundary = true;
            else if (doubleSpaced) boundary = ParagraphCues.StartsNewParagraph(prevBody, clean);
            else boundary = blankBefore || ParagraphCues.StartsNumbered(clean) && ParagraphCues.EndsClause(prevBody);
            if (boundary) builder.Close();
            builder.AddLine(clean, markers);
            prevBody = clean;
            prevIsBodyLine = li == titleEnd;
            blankBefore = false;
        }
        return new NormalisedDocument(source, builder.Blocks, notes.Notes) { Format = "text" };
    }

    static bool IsDoubleSpaced(List<string> lines)
    {
        int textLines = 0, followedByBlank = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            textLines++;
            if (lines[i + 1].Trim().Length == 0) followedByBlank++;
        }
        return textLines >= 6 && followedByBlank * 10 >= textLines * 7;
    }

    /// <summary>Index of the adopting-body line ("Le Conseil des droits de l'homme,") when it opens a resolution near the top, else -1.</summary>
    static int TitleRegionEnd(List<string> lines)
    {
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < 60; i++)
        {
            var t = lines[i].Trim();
            if (t.Length == 0) continue;
            seen++;
            if (ParagraphCues.IsAdoptingBodyLine(t)) return i;
        }
        return -1;
    }

    /// <summary>Removes job numbers, page numbers and running heads (a short line repeated on many pages), keeping a first occurrence near the top.</summary>
    static List<string> DropPageFurniture(string[] lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var l in lines)
        {
            var t = l.Trim();
            if (t.Length is > 0 and < 60) counts[t] = counts.GetValueOrDefault(t) + 1;
        }
        var result = new List<string>(lines.Length);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (t.Length > 0 && IsPageFurniture(t, counts.GetValueOrDefault(t)) && !(i < 25 && kept.Add(t) && !IsJobOrPageNumber(t)))
                continue;
            result.Add(lines[i]);
        }
        return result;
    }

    static bool IsPageFurniture(string t, int count) =>
        IsJobOrPageNumber(t) || count >= 3 && t.Contains('/') && !t.Contains(' ', StringComparison.Ordinal) && t.Length < 40;

    static bool IsJobOrPageNumber(string t)
    {
        if (t.StartsWith("GE.", StringComparison.Ordinal) && t.Length < 30 && t.Length > 5 && char.IsAsciiDigit(t[3])) return true;
        if (t.Length >= 7 && t[0] == '*' && t[^1] == '*' && t[1..^1].All(char.IsAsciiDigit)) return true; // bar-code number
        if (t.Length <= 3 && t.All(char.IsAsciiDigit)) return true;
        var slash = t.IndexOf('/');
        return slash > 0 && t.Length <= 7 && t.Remove(slash, 1).All(char.IsAsciiDigit); // "2/5"
    }

    static bool IsRule(string line) => line.Length >= 3 && line.All(c => c is '_' or '-' or '—' or '─');

    static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ']';
    }

    static bool StartsParagraphAlone(string line) => ParagraphCues.StartsNumbered(line) || line.StartsWith('[');

    /// <summary>" 1 A/HRC/44/44 et Add.1." → (1, "A/HRC/44/44 et Add.1."); numbered paragraphs ("1. Decides") and dates are not notes.</summary>
    static (int Number, string Text)? NoteLine(string line)
    {
        var i = 0;
        while (i < line.Length && i < 3 && char.IsAsciiDigit(line[i])) i++;
        if (i == 0 || i >= line.Length || !char.IsWhiteSpace(line[i])) return null;
        var rest = line[i..].Trim();
        if (rest.Length == 0) return null;
        var firstWord = rest.Split(' ', 2)[0].TrimEnd(',', '.');
        if (DateWords.MonthNumber(firstWord) != null) return null;
        return (int.Parse(line[..i]), rest);
    }

    /// <summary>
    /// Takes footnote digits glued to a word out of a line ("rapport1 ;" → "rapport ;" with marker 1). Only the next
    /// expected numbers count (one may have been lost), so "COP21", "Rio+20" or "COVID-19" never become markers.
    /// </summary>
    public static (string, List<NoteMarker>) TakeGluedMarkers(string line, ref int lastMarker)
    {
        List<NoteMarker>? markers = null;
        StringBuilder? sb = null;
        var copied = 0;
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '¹' or '²' or '³' or '⁰' or (>= '⁴' and <= '⁹'))
            {
                var n = SuperscriptValue(c);
                if (n < 0) continue;
                sb ??= new StringBuilder(line.Length);
                sb.Append(line, copied, i - copied);
                (markers ??= []).Add(new NoteMarker(n.ToString(), sb.Length));
                copied = i + 1;
                lastMarker = Math.Max(lastMarker, n);
                continue;
            }
            if (!char.IsAsciiDigit(c) || char.IsAsciiDigit(line[i - 1])) continue;
            var before = line[i - 1];
            // After a word ("rapport1"), a closing bracket or quote, or the punctuation closing a word ("Secretary-General,2").
            var glued = char.IsLower(before) && i >= 2 && char.IsLetter(line[i - 2]) || before is ')' or '»' or '”'
                || before is ',' or '.' or ';' or ':' && i >= 2 && (char.IsLower(line[i - 2]) || line[i - 2] is ')' or '»' or '”');
            if (!glued || before is '.' or ',' && AbbreviationOrSymbolBefore(line, i - 1)) continue;
            var j = i;
            while (j < line.Length && j - i < 4 && char.IsAsciiDigit(line[j])) j++;
            if (j - i > 3) continue;
            if (j < line.Length && !(char.IsWhiteSpace(line[j]) || line[j] is ',' or ';' or ':' or ')' or '»' or '”' || line[j] == '.' && (j + 1 >= line.Length || !char.IsAsciiDigit(line[j + 1]))))
                continue;
            var value = int.Parse(line.AsSpan(i, j - i));
            if (value != lastMarker + 1 && value != lastMarker + 2) continue;
            sb ??= new StringBuilder(line.Length);
            sb.Append(line, copied, i - copied);
            (markers ??= []).Add(new NoteMarker(value.ToString(), sb.Length));
            copied = j;
            lastMarker = value;
            i = j - 1;
        }
        if (sb == null) return (line, []);
        sb.Append(line, copied, line.Length - copied);
        return (sb.ToString(), markers!);
    }

    static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "add", "rev", "corr", "amend", "suppl", "part", "vol", "no", "nos", "para", "paras", "art", "arts", "chap", "sect", "p", "pp", "annex", "op", "cit", "fig", "n", "núm", "párr", "sess",
    };

    // "A/HRC/35/35/Add.1", "para.5", "No.3": the digits belong to the symbol or the abbreviation, not a footnote.
    static bool AbbreviationOrSymbolBefore(string line, int punctuation)
    {
        var w = punctuation;
        while (w > 0 && char.IsLetter(line[w - 1])) w--;
        if (w > 0 && line[w - 1] is '/' or '.') return true;
        return Abbreviations.Contains(line[w..punctuation]);
    }

    static int SuperscriptValue(char c) => c switch
    {
        '¹' => 1, '²' => 2, '³' => 3, >= '⁴' and <= '⁹' => c - '⁰', '⁰' => 0, _ => -1,
    };
}
