using UnCitationGraph.Model;

namespace UnCitationGraph.Sqlite;

/// <summary>
/// Writes the footnotes of one version (table "footnote") inside the version's write transaction: what the version
/// said before is replaced as a whole. Removing the version takes its footnotes with it (ON DELETE CASCADE).
/// </summary>
static class SqliteFootnotes
{
    public static void Replace(SqliteWriteSession session, long version, IReadOnlyList<Footnote> footnotes)
    {
        session.Run("DELETE FROM footnote WHERE version = $v", ("$v", version)).ExecuteNonQuery();
        for (var i = 0; i < footnotes.Count; i++)
        {
            var f = footnotes[i];
            session.Run("""
                INSERT INTO footnote (version, ordinal, marker, text, referenced, defined, anchor)
                VALUES ($v, $ordinal, $marker, $text, $referenced, $defined, $anchor)
                """,
                ("$v", version), ("$ordinal", (long)i), ("$marker", f.Marker), ("$text", f.Text ?? ""),
                ("$referenced", f.Referenced ? 1L : 0L), ("$defined", f.Defined ? 1L : 0L), ("$anchor", f.Anchor)).ExecuteNonQuery();
        }
    }
}
