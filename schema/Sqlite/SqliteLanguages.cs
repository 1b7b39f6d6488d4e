using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace UnCitationGraph.Sqlite;

/// <summary>
/// The language ↔ bit map of the store (table "language"). An edge stores the languages it was found in as a
/// bit set, so the French and English versions citing one target share one row. The six UN languages get fixed
/// bits at creation; others take the next free one (63 at most). Bits never change once given, so the map is
/// cached and only re-read when an unknown bit or code appears (another process may have added one).
/// </summary>
sealed class SqliteLanguages
{
    public static readonly string[] Official = ["en", "fr", "es", "ar", "zh", "ru"];

    readonly ConcurrentDictionary<string, int> _bits = new(StringComparer.Ordinal);
    volatile string?[] _codes = new string?[63];

    public void Load(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT bit, code FROM language";
        using var r = command.ExecuteReader();
        var codes = new string?[63];
        while (r.Read())
        {
            codes[r.GetInt32(0)] = r.GetString(1);
            _bits[r.GetString(1)] = r.GetInt32(0);
        }
        _codes = codes;
    }

    /// <summary>The bit of a language, given one if it has none yet (inside the session's write transaction).</summary>
    public int BitFor(string code, SqliteWriteSession session)
    {
        if (_bits.TryGetValue(code, out var bit)) return bit;
        var stored = session.Run("SELECT bit FROM language WHERE code = $code", ("$code", code)).ExecuteScalar();
        bit = stored is long b ? (int)b : (int)(long)(session.Run("""
            INSERT INTO language (bit, code) SELECT coalesce(max(bit) + 1, 0), $code FROM language RETURNING bit
            """, ("$code", code)).ExecuteScalar()
            ?? throw new InvalidOperationException($"No bit left for language \"{code}\" (63 at most)."));
        // Not cached here: the transaction may still roll back. Load() caches what is committed.
        return bit;
    }

    /// <summary>The bit of a language already stored, or null (a filter on an unknown language matches nothing).</summary>
    public int? Find(string code, SqliteConnection connection)
    {
        if (_bits.TryGetValue(code, out var bit)) return bit;
        Load(connection);
        return _bits.TryGetValue(code, out bit) ? bit : null;
    }

    public IReadOnlyList<string> Decode(long mask, SqliteConnection connection)
    {
        var codes = new List<string>(2);
        for (var bit = 0; mask != 0 && bit < 63; bit++, mask >>= 1)
        {
            if ((mask & 1) == 0) continue;
            if (_codes[bit] is null) Load(connection);
            codes.Add(_codes[bit] ?? "bit" + bit);
        }
        return codes;
    }
}
