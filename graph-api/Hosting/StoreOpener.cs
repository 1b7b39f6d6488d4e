using UnCitationGraph.Store;

namespace UnCitationGraph.GraphApi.Hosting;

/// <summary>Opens the store an address names. The stores themselves live in schema/ (Sqlite/, Neo4j/).</summary>
public static class StoreOpener
{
    public static IGraphStore Open(StoreAddress address, IServiceProvider services) => address.Scheme switch
    {
        // SEAM: SqliteGraphStore and Neo4jGraphStore are built on the store branch; wired here when it is merged.
        _ => throw new NotSupportedException($"The {address.Scheme} store is not available in this build yet (store branch not merged)."),
    };
}
