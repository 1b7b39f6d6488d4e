using System.Text.Json;

namespace UnCitationGraph.Neo4j;

/// <summary>What one statement returned: the column names, the rows, and the bookmarks of the state it saw.</summary>
public sealed class QueryResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> values, IReadOnlyList<string> bookmarks)
{
    public IReadOnlyList<string> Fields { get; } = fields;
    public IReadOnlyList<JsonElement[]> Values { get; } = values;
    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;

    public IEnumerable<QueryRow> Rows => Values.Select(v => new QueryRow(this, v));

    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
            if (Fields[i] == field) return i;
        throw new KeyNotFoundException($"the result has no field '{field}' (fields: {string.Join(", ", Fields)})");
    }

    /// <summary>The single value of a one-row result (a count, a flag), or default when there is no row.</summary>
    public JsonElement? Scalar(string field) => Values.Count == 0 ? null : Values[0][IndexOf(field)];
}

/// <summary>One row, read by field name.</summary>
public readonly struct QueryRow(QueryResult result, JsonElement[] values)
{
    public JsonElement this[string field] => values[result.IndexOf(field)];
}
