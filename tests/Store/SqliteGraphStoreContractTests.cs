using UnCitationGraph.Sqlite;
using UnCitationGraph.Store;

namespace UnCitationGraph.Tests.Store;

/// <summary>The store contract on the embedded SQLite store: a fresh database file per test.</summary>
[Trait("Store", "Sqlite")]
public sealed class SqliteGraphStoreContractTests : GraphStoreContractTests
{
    readonly string _folder = Directory.CreateTempSubdirectory("ucg-store-").FullName;

    protected override Task<IGraphStore> CreateStoreAsync() =>
        Task.FromResult<IGraphStore>(new SqliteGraphStore(Path.Combine(_folder, "graph.db")));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
