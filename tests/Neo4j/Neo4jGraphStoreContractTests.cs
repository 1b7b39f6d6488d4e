using UnCitationGraph.Neo4j;
using UnCitationGraph.Store;
using UnCitationGraph.Tests.Store;

namespace UnCitationGraph.Tests.Neo4j;

/// <summary>
/// The store contract on a live Neo4j 5 (see <see cref="Neo4jTestServer"/>). Without one every test is reported
/// skipped with the reason, never passed. The suite's unique ids let it run on a shared database.
/// </summary>
[Trait("Store", "Neo4j")]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContractTests
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var (options, reason) = await Neo4jTestServer.GetAsync();
        if (options is null) Assert.Skip(reason);
        return new Neo4jGraphStore(options);
    }

    public override async ValueTask DisposeAsync()
    {
        if (Store is not null) await base.DisposeAsync();
    }
}
