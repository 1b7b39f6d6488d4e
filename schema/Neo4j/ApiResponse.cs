using System.Text.Json;

namespace UnCitationGraph.Neo4j;

/// <summary>
/// The Query API's answer as its documentation shows it:
/// <c>{"data":{"fields":[...],"values":[[...],...]},"bookmarks":[...],"transaction":{"id","expires"},"errors":[{"code","message"}]}</c>,
/// plus the neo4j-cluster-affinity response header of explicit transactions.
/// </summary>
sealed record ApiResponse(
    IReadOnlyList<string> Fields,
    IReadOnlyList<JsonElement[]> Values,
    IReadOnlyList<string> Bookmarks,
    ApiTransaction? Transaction,
    IReadOnlyList<ApiError> Errors,
    string? Affinity)
{
    public static ApiResponse Parse(string body, string? affinity)
    {
        if (string.IsNullOrWhiteSpace(body)) return new([], [], [], null, [], affinity);
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(body);
            root = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            // A proxy or load balancer answering HTML: no Neo4j errors to read; the status code decides.
            return new([], [], [], null, [], affinity);
        }
        if (root.ValueKind != JsonValueKind.Object) return new([], [], [], null, [], affinity);

        List<string> fields = [];
        List<JsonElement[]> values = [];
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array)
                fields.AddRange(f.EnumerateArray().Select(x => x.GetString() ?? ""));
            if (data.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array)
                foreach (var row in v.EnumerateArray())
                    values.Add(row.ValueKind == JsonValueKind.Array ? row.EnumerateArray().ToArray() : [row]);
        }
        return new(fields, values, Strings(root, "bookmarks"), TransactionOf(root), ErrorsOf(root), affinity);
    }

    static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];

    static ApiTransaction? TransactionOf(JsonElement root)
    {
        if (!root.TryGetProperty("transaction", out var t) || t.ValueKind != JsonValueKind.Object) return null;
        if (!t.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String) return null;
        DateTimeOffset? expires = t.TryGetProperty("expires", out var e) && e.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(e.GetString(), out var when) ? when : null;
        return new ApiTransaction(id.GetString()!, expires);
    }

    static List<ApiError> ErrorsOf(JsonElement root) =>
        root.TryGetProperty("errors", out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new ApiError(
                e.TryGetProperty("code", out var c) ? c.GetString() : null,
                e.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "")).ToList()
            : [];
}

sealed record ApiTransaction(string Id, DateTimeOffset? Expires);

sealed record ApiError(string? Code, string Message);
