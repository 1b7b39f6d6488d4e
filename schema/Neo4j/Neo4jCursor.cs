using System.Buffers.Text;
using System.Text.Json;

namespace UnCitationGraph.Neo4j;

/// <summary>
/// Opaque keyset cursors for the Neo4j store: the sort key of a page's last item as a small JSON map, base64url-encoded.
/// Decoded, the map is passed as the statement's <c>$after</c> parameter (e.g. <c>$after.id</c>), so paging never skips.
/// </summary>
static class Neo4jCursor
{
    public static string Encode(IReadOnlyDictionary<string, object?> key) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(key, Neo4jQueryApiClient.Json));

    /// <summary>The key map of a cursor; null when there is none.</summary>
    public static JsonElement? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var element = JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(cursor));
            if (element.ValueKind == JsonValueKind.Object) return element;
        }
        catch (Exception e) when (e is FormatException or JsonException) { }
        throw new ArgumentException($"Invalid page cursor \"{cursor}\": pass back the EndCursor of a previous page of the same query.", nameof(cursor));
    }
}
