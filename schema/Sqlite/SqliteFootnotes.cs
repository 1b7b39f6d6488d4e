using UnCitationGraph.Model;

namespace UnCitationGraph.Sqlite;

/// <summary>
/// Writes the footnotes of one version (table "footnote") inside the version's write transaction: what the version
/// said before is deleted by the session first, so it is replaced as a whole. Removing the version takes its footnotes with it (ON DELETE CASCADE).
/// </summary>
static class SqliteFootnotes
{
    static readonly SqliteWriteSession.MultiRowStatement Statement = new("""
        INSERT INTO footnote (version, ordinal, marker, text, referenced, defined, anchor) VALUES {rows}
        """, 7);

    /// <summary>Inserts a version's footnotes (its old ones already deleted), many rows per statement.</summary>
    public static void Insert(SqliteWriteSession session, long version, IReadOnlyList<Footnote> footnotes)
    {
        var ordinal = 0L;
        session.InsertRows(Statement, footnotes, (f, row) =>
        {
            row.Bind(version); row.Bind(ordinal++); row.Bind(f.Marker); row.Bind(f.Text ?? "");
            row.Bind(f.Referenced ? 1L : 0L); row.Bind(f.Defined ? 1L : 0L); row.Bind(f.Anchor);
        });
    }
}
