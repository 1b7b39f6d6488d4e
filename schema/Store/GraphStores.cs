using Microsoft.Extensions.Logging;
using UnCitationGraph.Neo4j;
using UnCitationGraph.Sqlite;

namespace UnCitationGraph.Store;

/// <summary>
/// The one place a store is chosen from a string (the CLI's and the API's --store option):
/// "sqlite:PATH" (or a bare path) for the embedded store, "neo4j:http(s)://HOST:PORT" for Neo4j.
/// </summary>
public static class GraphStores
{
    /// <summary>Where the embedded store lives when none is given: data/graph.db under the current directory.</summary>
    public static string DefaultSqlitePath => Path.Combine(Environment.CurrentDirectory, "data", "graph.db");

    public static string DefaultSpec => "sqlite:" + DefaultSqlitePath;

    /// <summary>Seconds a SQLite write waits for another process's lock before the caller sees "database is locked" (default 30).</summary>
    public const string SqliteBusyTimeoutVariable = "UCG_SQLITE_BUSY_TIMEOUT";

    /// <summary>Opens (does not initialise) the store a spec names; throws ArgumentException with the accepted forms otherwise.</summary>
    /// <param name="logger">Where the Neo4j store reports its retries and its circuit breaker.</param>
    public static IGraphStore Open(string? spec, ILogger? logger = null)
    {
        spec = string.IsNullOrWhiteSpace(spec) ? DefaultSpec : spec.Trim();
        if (spec.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = spec["sqlite:".Length..];
            if (path.Length == 0) throw new ArgumentException("sqlite: needs a file path, e.g. sqlite:data/graph.db");
            return new SqliteGraphStore(path, SqliteBusyTimeout());
        }
        if (spec.StartsWith("neo4j:", StringComparison.OrdinalIgnoreCase))
            return new Neo4jGraphStore(Neo4jOptions.FromStoreArgument(spec), logger: logger); // user, password, database: NEO4J_* environment
        if (spec.Contains("://", StringComparison.Ordinal))
            throw new ArgumentException($"Unknown store \"{spec}\": use sqlite:PATH or neo4j:http(s)://HOST:PORT.");
        return new SqliteGraphStore(spec, SqliteBusyTimeout());
    }

    static TimeSpan? SqliteBusyTimeout() =>
        double.TryParse(Environment.GetEnvironmentVariable(SqliteBusyTimeoutVariable), System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds) : null;
}
