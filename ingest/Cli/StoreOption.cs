using System.CommandLine;
using UnCitationGraph.Store;

namespace UnCitationGraph.Ingest.Cli;

/// <summary>The --store option every store command shares: sqlite:PATH | neo4j:URI, default from UCG_STORE or data/graph.db.</summary>
public static class StoreOption
{
    public static Option<string> Create() => new("--store")
    {
        Description = "The graph store: sqlite:PATH (default data/graph.db, or the UCG_STORE environment variable) or neo4j:http(s)://HOST:PORT.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("UCG_STORE") is { Length: > 0 } spec ? spec : GraphStores.DefaultSpec,
    };

    /// <summary>Opens and initialises the store, or says clearly on stderr why it cannot.</summary>
    public static async Task<IGraphStore?> OpenAsync(string spec, CancellationToken ct)
    {
        try
        {
            var store = GraphStores.Open(spec);
            await store.InitialiseAsync(ct);
            return store;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException || StoreErrors.IsTransient(e))
        {
            Console.Error.WriteLine($"error: cannot open the store \"{spec}\": {e.Message}");
            return null;
        }
    }
}
