using UglyToad.PdfPig.Content;

namespace UnCitationGraph.Ingest.Reading.Pdf;

/// <summary>
/// Finds where a page's footnotes begin: below the separator (a row of underscores, or a short rule drawn as a
/// path), or failing both, the block of smaller lines at the page bottom that opens with a raised marker.
/// </summary>
internal static class NoteZone
{
    /// <summary>The baseline below which lines are notes, or null when the page has none.</summary>
    public static double? Top(Page page, List<PdfLine> lines, double bodySize)
    {
        foreach (var line in lines)
            if (line.Text.Length >= 5 && line.Text.All(c => c == '_') && lines.Any(l => l.Baseline < line.Baseline && l.Size < bodySize * 0.95))
                return line.Baseline;

        var rule = SeparatorRule(page, lines, bodySize);
        if (rule is not null) return rule;

        // No separator: smaller lines at the bottom, the first of them opening with a marker.
        double? top = null;
        for (var i = lines.Count - 1; i >= 0 && lines[i].Size < bodySize * 0.92; i--)
            if (lines[i].StartsWithMarker) top = lines[i].Baseline + 0.5;
        return top;
    }

    private static double? SeparatorRule(Page page, List<PdfLine> lines, double bodySize)
    {
        double? best = null;
        foreach (var path in page.Paths)
        {
            var box = path.GetBoundingRectangle();
            if (box is not { } r || r.Height > 1.5 || r.Width < page.Width * 0.08 || r.Width > page.Width * 0.5) continue;
            if (r.Bottom > page.Height * 0.7) continue;
            var below = lines.Where(l => l.Baseline < r.Bottom).ToList();
            if (below.Count == 0) continue;
            // notes are set smaller, or at least open with a raised marker right under the rule
            var smaller = below.All(l => l.Size < bodySize * 0.95 || l.Text.All(c => c == '_'));
            if (!smaller && !below.MaxBy(l => l.Baseline)!.StartsWithMarker) continue;
            if (best is null || r.Bottom > best) best = r.Bottom;
        }
        return best;
    }

    public static bool IsSeparator(PdfLine line) => line.Text.Length >= 5 && line.Text.All(c => c == '_');
}
