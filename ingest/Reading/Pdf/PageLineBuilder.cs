using System.Text;
using UglyToad.PdfPig.Content;

namespace UnCitationGraph.Ingest.Reading.Pdf;

/// <summary>
/// Turns a page's letters into lines. Letters sharing a baseline form a row; a smaller letter whose baseline is
/// raised above a row it overlaps is a superscript of that row (a footnote marker), so it never glues onto the
/// word it touches ("2019" + raised "86" stays "2019" with a marker). Rows split at wide gaps into segments,
/// so a running head's left and right halves, or two columns, become separate lines.
/// </summary>
internal static class PageLineBuilder
{
    private const double SameBaseline = 0.6;      // points: letters this close vertically share a row
    private const double MinRaise = 0.12;         // a superscript's baseline is raised by 12%..75% of the row's size
    private const double MaxRaise = 0.75;
    private const double SmallerBy = 0.85;        // and its size is at most 85% of the row's
    private const double SpaceGap = 0.17;         // a gap wider than 17% of the font size is a space
    private const double SegmentGap = 2.2;        // a gap wider than 2.2 em splits the row into segments

    public static List<PdfLine> Build(Page page, int pageNumber)
    {
        var letters = new List<Letter>(page.Letters.Count);
        foreach (var l in page.Letters)
            if (!IsBarcodeFont(l.FontName) && l.PointSize > 0.5)
                letters.Add(l);

        var rows = GroupIntoRows(letters);
        AttachSuperscripts(rows);

        var lines = new List<PdfLine>();
        foreach (var row in rows)
        {
            if (row.Letters.Count == 0) continue;
            row.Letters.Sort((a, b) => a.Letter.StartBaseLine.X.CompareTo(b.Letter.StartBaseLine.X));
            foreach (var segment in SplitAtWideGaps(row))
            {
                var line = ToLine(segment, row, pageNumber);
                if (line is not null) lines.Add(line);
            }
        }
        return lines;
    }

    private static bool IsBarcodeFont(string? font) =>
        font is not null && font.Contains("barcode", StringComparison.OrdinalIgnoreCase);

    private sealed class Row(double baseline)
    {
        public double Baseline { get; } = baseline;
        public List<(Letter Letter, bool Super)> Letters { get; } = [];
        public double Size;
        public double MinX = double.MaxValue, MaxX = double.MinValue;
    }

    private static List<Row> GroupIntoRows(List<Letter> letters)
    {
        letters.Sort((a, b) => b.StartBaseLine.Y.CompareTo(a.StartBaseLine.Y));
        var rows = new List<Row>();
        Row? current = null;
        foreach (var l in letters)
        {
            if (current is null || Math.Abs(current.Baseline - l.StartBaseLine.Y) > SameBaseline)
            {
                current = new Row(l.StartBaseLine.Y);
                rows.Add(current);
            }
            current.Letters.Add((l, false));
        }
        foreach (var row in rows) Measure(row);
        return rows;
    }

    private static void Measure(Row row)
    {
        // The row's size is the size most of its visible letters have, so one big initial does not decide it.
        var sizes = new Dictionary<double, int>();
        row.MinX = double.MaxValue; row.MaxX = double.MinValue;
        foreach (var (l, super) in row.Letters)
        {
            if (super) continue;
            if (!string.IsNullOrWhiteSpace(l.Value))
            {
                var key = Math.Round(l.PointSize, 1);
                sizes[key] = sizes.GetValueOrDefault(key) + 1;
            }
            row.MinX = Math.Min(row.MinX, l.StartBaseLine.X);
            row.MaxX = Math.Max(row.MaxX, l.EndBaseLine.X);
        }
        row.Size = sizes.Count == 0 ? 0 : sizes.MaxBy(kv => kv.Value).Key;
    }

    private static void AttachSuperscripts(List<Row> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var raised = rows[i];
            if (raised.Letters.Count > 12) continue;   // markers are short; a row of real text is never one
            var keep = new List<(Letter, bool)>();
            foreach (var item in raised.Letters)
            {
                var host = FindHost(rows, i, item.Letter);
                if (host is null) keep.Add(item);
                else host.Letters.Add((item.Letter, true));
            }
            raised.Letters.Clear();
            raised.Letters.AddRange(keep);
            Measure(raised);
        }
    }

    private static Row? FindHost(List<Row> rows, int from, Letter l)
    {
        var x = l.StartBaseLine.X;
        for (var j = from + 1; j < rows.Count; j++)
        {
            var row = rows[j];
            var raise = l.StartBaseLine.Y - row.Baseline;
            if (row.Size <= 0) continue;
            if (raise > MaxRaise * row.Size) continue;
            if (raise < MinRaise * row.Size) break;      // rows are in descending order: nothing lower fits
            if (l.PointSize > SmallerBy * row.Size) continue;
            if (x >= row.MinX - row.Size && x <= row.MaxX + 2 * row.Size) return row;
        }
        return null;
    }

    private static IEnumerable<List<(Letter Letter, bool Super)>> SplitAtWideGaps(Row row)
    {
        var segment = new List<(Letter, bool)>();
        double lastEnd = double.NaN;
        foreach (var item in row.Letters)
        {
            var l = item.Letter;
            if (string.IsNullOrWhiteSpace(l.Value)) { segment.Add(item); continue; }
            if (!double.IsNaN(lastEnd) && l.StartBaseLine.X - lastEnd > SegmentGap * Math.Max(row.Size, l.PointSize) && segment.Count > 0)
            {
                yield return segment;
                segment = [];
            }
            segment.Add(item);
            lastEnd = l.EndBaseLine.X;
        }
        if (segment.Count > 0) yield return segment;
    }

    private static PdfLine? ToLine(List<(Letter Letter, bool Super)> segment, Row row, int page)
    {
        var text = new StringBuilder();
        var markers = new List<NoteMarker>();
        var wordStarts = new List<double>();
        var marker = new StringBuilder();
        double lastEnd = double.NaN, left = double.NaN, right = 0;
        int bold = 0, regular = 0;
        var pendingSpace = false;

        void FlushMarker()
        {
            if (marker.Length == 0) return;
            var label = marker.ToString();
            marker.Clear();
            var afterDigit = text.Length > 0 && char.IsAsciiDigit(text[^1]);
            var labels = label.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);   // "10,11": two markers
            if (labels.Length > 0 && labels.All(NoteLabels.IsMarker) && !(afterDigit && label == "e"))
                foreach (var one in labels) markers.Add(new NoteMarker(one, TrimEndLength(text)));
            else text.Append(label);   // "1st", French "2e", "m2": raised letters that are part of the text
        }

        foreach (var (l, super) in segment)
        {
            if (string.IsNullOrWhiteSpace(l.Value)) { pendingSpace = true; continue; }
            var size = super ? row.Size : l.PointSize;
            var gap = double.IsNaN(lastEnd) ? 0 : l.StartBaseLine.X - lastEnd;
            var space = pendingSpace || gap > SpaceGap * size;
            pendingSpace = false;
            if (super)
            {
                if (marker.Length > 0 && space) FlushMarker();
                marker.Append(l.Value);
            }
            else
            {
                FlushMarker();
                if (space && text.Length > 0 && text[^1] != ' ') text.Append(' ');
                if (text.Length == 0 || text[^1] == ' ') wordStarts.Add(l.StartBaseLine.X);
                text.Append(l.Value);
                if (double.IsNaN(left)) left = l.StartBaseLine.X;
                right = l.EndBaseLine.X;
                if (l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true) bold++; else regular++;
            }
            lastEnd = l.EndBaseLine.X;
        }
        FlushMarker();
        var trimmed = text.ToString().TrimEnd();
        if (trimmed.Length == 0 && markers.Count == 0) return null;
        if (double.IsNaN(left)) left = segment[0].Letter.StartBaseLine.X;
        for (var i = 0; i < markers.Count; i++)
            if (markers[i].Offset > trimmed.Length) markers[i] = markers[i] with { Offset = trimmed.Length };
        return new PdfLine(page, left, right, row.Baseline, row.Size, bold > regular, trimmed, markers, wordStarts);
    }

    private static int TrimEndLength(StringBuilder sb)
    {
        var n = sb.Length;
        while (n > 0 && sb[n - 1] == ' ') n--;
        return n;
    }
}
