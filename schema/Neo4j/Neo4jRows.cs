using System.Globalization;
using System.Text.Json;
using UnCitationGraph.Ids;
using UnCitationGraph.Model;

namespace UnCitationGraph.Neo4j;

/// <summary>Reads the maps our statements return (node, citation, version) into the model, and writes the model as parameters.</summary>
static class Neo4jRows
{
    public static GraphNode Node(JsonElement e)
    {
        var id = Str(e, "id")!;
        return new GraphNode(
            id,
            Enum.TryParse<NodeKind>(Str(e, "kind"), out var kind) ? kind : CanonicalId.KindOf(id),
            Str(e, "label"), Str(e, "body"), Str(e, "documentKind"), Int(e, "year"), Str(e, "session"), Str(e, "date"),
            e.TryGetProperty("ingested", out var i) && i.ValueKind == JsonValueKind.True);
    }

    public static Citation Citation(JsonElement e) => new(
        Str(e, "sourceId")!, Str(e, "targetId")!,
        Enum.TryParse<NodeKind>(Str(e, "targetKind"), out var kind) ? kind : CanonicalId.KindOf(Str(e, "targetId")!),
        Str(e, "location") ?? "", Str(e, "text") ?? "", Str(e, "footnote"), Str(e, "relation"),
        Strings(e, "languages").Order(StringComparer.Ordinal).ToList());

    public static DocumentVersion Version(JsonElement e) => new(
        Str(e, "documentId")!, Str(e, "language")!, Str(e, "title"), Str(e, "source") ?? "", Str(e, "contentHash") ?? "",
        Instant(Str(e, "ingestedAt")));

    public static FootnoteRecord Footnote(JsonElement e) => new(
        Str(e, "documentId")!, Str(e, "language")!, Str(e, "marker") ?? "", Str(e, "text") ?? "",
        e.TryGetProperty("referenced", out var r) && r.ValueKind == JsonValueKind.True,
        e.TryGetProperty("defined", out var d) && d.ValueKind == JsonValueKind.True,
        Str(e, "anchor"));

    public static Dictionary<string, object?> NodeParameters(GraphNode n) => new()
    {
        ["id"] = n.Id, ["kind"] = n.Kind.ToString(), ["label"] = n.Label, ["body"] = n.Body, ["documentKind"] = n.DocumentKind,
        ["year"] = n.Year, ["session"] = n.Session, ["date"] = n.Date,
    };

    public static Dictionary<string, object?> CitationKey(Citation c) => new()
    {
        ["sourceId"] = c.SourceId, ["targetId"] = c.TargetId, ["location"] = c.Location,
    };

    /// <summary>Instants travel as ISO 8601 strings (UTC, round-trip format): they sort as text and read back exactly.</summary>
    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : DateTimeOffset.MinValue;

    public static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;

    public static long Long(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetInt64() : 0;

    public static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? Strings(v) : [];

    public static IEnumerable<string> Strings(JsonElement v) =>
        v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!) : [];
}
