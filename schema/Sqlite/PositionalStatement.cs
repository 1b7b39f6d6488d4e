using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace UnCitationGraph.Sqlite;

/// <summary>
/// A statement prepared on the connection's own handle (inside its open transaction) whose parameters are bound by
/// position, for the writer's multi-row INSERTs. Microsoft.Data.Sqlite binds every parameter by name, and SQLite finds
/// a name by a linear search of the statement's names: with a few hundred parameters per statement that search was
/// most of the cost of binding a row. Values are bound in the order <see cref="Bind(long)"/> is called; each
/// <see cref="Execute"/> starts the order again.
/// </summary>
sealed class PositionalStatement : IDisposable
{
    readonly sqlite3 _db;
    readonly sqlite3_stmt _statement;
    int _next = 1;

    public PositionalStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Bind(long value) => Check(raw.sqlite3_bind_int64(_statement, _next++, value));

    public void Bind(long? value)
    {
        if (value is { } v) Bind(v);
        else Check(raw.sqlite3_bind_null(_statement, _next++));
    }

    public void Bind(string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, _next++) : raw.sqlite3_bind_text(_statement, _next++, value));

    /// <summary>Runs the statement with the values bound so far; <paramref name="row"/> reads each row it returns (RETURNING).</summary>
    public void Execute(Action<sqlite3_stmt>? row = null)
    {
        int rc;
        try
        {
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW) row?.Invoke(_statement);
        }
        finally { Reset(); }
        if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    void Reset()
    {
        _next = 1;
        raw.sqlite3_reset(_statement);
    }

    // A failed bind leaves the statement ready for the next use, bound from the first parameter again.
    void Check(int rc)
    {
        if (rc == raw.SQLITE_OK) return;
        Reset();
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _statement.Dispose();
}
