using Microsoft.Data.Sqlite;
using UnCitationGraph.Model;

namespace UnCitationGraph.Sqlite;

/// <summary>The column lists the store selects and how a row becomes a model record, in one place.</summary>
static class SqliteRows
{
    /// <summary>Node columns of alias n; read with <see cref="Node"/>.</summary>
    public const string NodeColumns = "n.id, n.kind, n.label, n.body, n.doc_kind, n.year, n.session, n.date, n.ingested";

    /// <summary>Edge columns of alias c with its source s and target t; read with <see cref="Citation"/>.</summary>
    public const string CitationColumns = "c.key, s.id, t.id, t.kind, c.location, c.text, c.footnote, c.relation, c.langs";

    public const string CitationJoins = "FROM cites c JOIN node s ON s.key = c.source JOIN node t ON t.key = c.target";

    public static GraphNode Node(SqliteDataReader r, int at = 0) => new(
        r.GetString(at),
        (NodeKind)r.GetInt32(at + 1),
        NullableString(r, at + 2),
        NullableString(r, at + 3),
        NullableString(r, at + 4),
        r.IsDBNull(at + 5) ? null : r.GetInt32(at + 5),
        NullableString(r, at + 6),
        NullableString(r, at + 7),
        r.GetInt64(at + 8) != 0);

    public static Citation Citation(SqliteDataReader r, SqliteLanguages languages, SqliteConnection connection) => new(
        r.GetString(1),
        r.GetString(2),
        (NodeKind)r.GetInt32(3),
        r.GetString(4),
        r.GetString(5),
        NullableString(r, 6),
        NullableString(r, 7),
        languages.Decode(r.GetInt64(8), connection));

    public static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static DateTimeOffset Time(SqliteDataReader r, int i) => DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(i));

    /// <summary>A LIKE pattern matching the text anywhere, with its wildcards escaped (ESCAPE '\').</summary>
    public static string Contains(string text) =>
        "%" + text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
}
