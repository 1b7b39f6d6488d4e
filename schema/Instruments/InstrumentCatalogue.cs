using System.Reflection;

namespace UnCitationGraph.Instruments;

/// <summary>One named instrument: its id (without the "instrument:" prefix), year, adopting UN document and titles.</summary>
public sealed record InstrumentEntry(
    string Id,
    int? Year,
    string? AdoptedIn,
    IReadOnlyDictionary<string, string> Titles,
    IReadOnlyList<string> Aliases);

/// <summary>
/// The catalogue of named instruments kept in the repository (instruments.tsv, embedded).
/// Columns: id, year, adopted_in, title_en, title_fr, then optional title_es and aliases ("|"-separated short forms).
/// </summary>
public sealed class InstrumentCatalogue
{
    public IReadOnlyList<InstrumentEntry> Entries { get; }
    readonly Dictionary<string, InstrumentEntry> _byId;

    public InstrumentCatalogue(IReadOnlyList<InstrumentEntry> entries)
    {
        Entries = entries;
        _byId = entries.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
    }

    static readonly Lazy<InstrumentCatalogue> _default = new(LoadEmbedded);

    /// <summary>The catalogue shipped with the product.</summary>
    public static InstrumentCatalogue Default => _default.Value;

    public InstrumentEntry? Find(string id) => _byId.GetValueOrDefault(id);

    public static InstrumentCatalogue Parse(TextReader reader)
    {
        var header = (reader.ReadLine() ?? "").Split('\t');
        int Col(string name) => Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
        int id = Col("id"), year = Col("year"), adopted = Col("adopted_in"), aliases = Col("aliases");
        var titleCols = header.Select((h, i) => (h, i)).Where(x => x.h.StartsWith("title_", StringComparison.OrdinalIgnoreCase))
            .Select(x => (lang: x.h["title_".Length..], x.i)).ToList();
        var entries = new List<InstrumentEntry>();
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            string? At(int i) => i >= 0 && i < f.Length && f[i].Trim().Length > 0 ? f[i].Trim() : null;
            var titles = titleCols.Where(t => At(t.i) != null).ToDictionary(t => t.lang, t => At(t.i)!);
            entries.Add(new InstrumentEntry(
                At(id)!,
                int.TryParse(At(year), out var y) ? y : null,
                At(adopted),
                titles,
                At(aliases)?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []));
        }
        return new InstrumentCatalogue(entries);
    }

    static InstrumentCatalogue LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("instruments.tsv")
            ?? throw new InvalidOperationException("instruments.tsv is not embedded in UnCitationGraph.Schema");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
