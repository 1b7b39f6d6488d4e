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

    /// <summary>Opens (does not initialise) the store a spec names; throws ArgumentException with the accepted forms otherwise.</summary>
    public static IGraphStore Open(string? spec)
    {
        spec = string.IsNullOrWhiteSpace(spec) ? DefaultSpec : spec.Trim();
        if (spec.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = spec["sqlite:".Length..];
            if (path.Length == 0) throw new ArgumentException("sqlite: needs a file path, e.g. sqlite:data/graph.db");
            return new SqliteGraphStore(path);
        }
        if (spec.StartsWith("neo4j:", StringComparison.OrdinalIgnoreCase))
            return new Neo4jGraphStore(Neo4jOptions.FromStoreArgument(spec)); // user, password, database: NEO4J_* environment
        if (spec.Contains("://", StringComparison.Ordinal))
            throw new ArgumentException($"Unknown store \"{spec}\": use sqlite:PATH or neo4j:http(s)://HOST:PORT.");
        return new SqliteGraphStore(spec);
    }
}
