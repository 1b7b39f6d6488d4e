using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UnCitationGraph.Ingest.Reading.Docx;

/// <summary>
/// Gives each numbered paragraph the label Word displays ("1.", "(a)", "IV."): the paragraph's own or its
/// style's w:numPr, the abstract list's level format and text, counters kept per list and reset below a level.
/// </summary>
internal sealed class ListNumbering
{
    private readonly Dictionary<int, int> abstractOfNum = [];
    private readonly Dictionary<int, AbstractNum> abstracts = [];
    private readonly Dictionary<string, NumberingProperties> styleNumbering = [];
    private readonly Dictionary<int, int[]> counters = [];

    public ListNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            foreach (var a in numbering.Elements<AbstractNum>())
                if (a.AbstractNumberId?.Value is { } id) abstracts[id] = a;
            foreach (var n in numbering.Elements<NumberingInstance>())
                if (n.NumberID?.Value is { } id && n.AbstractNumId?.Val?.Value is { } abs) abstractOfNum[id] = abs;
        }
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } sid && style.StyleParagraphProperties?.NumberingProperties is { } np)
                styleNumbering[sid] = np;
    }

    /// <summary>The paragraph's list label followed by a space, or "" for an unnumbered paragraph.</summary>
    public string Label(Paragraph p)
    {
        var props = p.ParagraphProperties?.NumberingProperties;
        var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var fromStyle = styleId is not null ? styleNumbering.GetValueOrDefault(styleId) : null;
        var numId = props?.NumberingId?.Val?.Value ?? fromStyle?.NumberingId?.Val?.Value;
        var level = props?.NumberingLevelReference?.Val?.Value ?? fromStyle?.NumberingLevelReference?.Val?.Value ?? 0;
        if (numId is not { } id || id == 0 || !abstractOfNum.TryGetValue(id, out var absId) || !abstracts.TryGetValue(absId, out var abs))
            return "";
        if (level is < 0 or > 8) return "";

        var levels = abs.Elements<Level>().ToDictionary(l => l.LevelIndex?.Value ?? 0);
        if (!counters.TryGetValue(absId, out var count)) counters[absId] = count = new int[9];
        count[level] = count[level] == 0 ? Start(levels, level) : count[level] + 1;
        for (var deeper = level + 1; deeper < 9; deeper++) count[deeper] = 0;

        if (!levels.TryGetValue(level, out var lvl)) return "";
        var text = lvl.LevelText?.Val?.Value ?? "";
        if (lvl.NumberingFormat?.Val?.InnerText is "bullet" or "none") return "";
        for (var k = 0; k <= level; k++)
        {
            var format = levels.GetValueOrDefault(k)?.NumberingFormat?.Val?.InnerText;
            var value = count[k] == 0 ? Start(levels, k) : count[k];
            text = text.Replace($"%{k + 1}", NumberFormat.Format(value, format));
        }
        return text.Length == 0 ? "" : text + " ";
    }

    private static int Start(Dictionary<int, Level> levels, int level) =>
        levels.GetValueOrDefault(level)?.StartNumberingValue?.Val?.Value ?? 1;
}
