namespace UnCitationGraph.Ingest.Reading.Pdf;

/// <summary>
/// Puts a two-column page in reading order: finds a gutter that few lines cross, then between full-width
/// lines (titles) reads the left column down, then the right. A one-column page is left as it is.
/// </summary>
internal static class ColumnOrder
{
    public static List<PdfLine> Arrange(List<PdfLine> lines, double pageWidth)
    {
        var gutter = FindGutter(lines, pageWidth);
        if (gutter is not { } g) return lines;

        var ordered = new List<PdfLine>(lines.Count);
        var left = new List<PdfLine>();
        var right = new List<PdfLine>();
        void Flush() { ordered.AddRange(left); ordered.AddRange(right); left.Clear(); right.Clear(); }
        foreach (var line in lines)   // lines come top to bottom
        {
            if (line.Right <= g) left.Add(line);
            else if (line.Left >= g) right.Add(line);
            else { Flush(); ordered.Add(line); }
        }
        Flush();
        return ordered;
    }

    private static double? FindGutter(List<PdfLine> lines, double width)
    {
        if (lines.Count < 10) return null;
        double? best = null;
        var bestCrossing = int.MaxValue;
        for (var x = width * 0.3; x <= width * 0.7; x += 2)
        {
            int crossing = 0, leftCount = 0, rightCount = 0;
            foreach (var l in lines)
            {
                if (l.Right <= x) leftCount++;
                else if (l.Left >= x) rightCount++;
                else crossing++;
            }
            var sides = leftCount + rightCount;
            if (leftCount < 4 || rightCount < 4) continue;
            if (leftCount < sides / 4 || rightCount < sides / 4 || crossing * 5 > lines.Count) continue;
            if (crossing < bestCrossing) { bestCrossing = crossing; best = x; }
        }
        return best;
    }
}
