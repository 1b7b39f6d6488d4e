using GraphQL.DataLoader;
using UnCitationGraph.Model;
using UnCitationGraph.Store;

namespace UnCitationGraph.GraphApi.Api.Loading;

/// <summary>
/// Per-request batching of node loads. Resolvers ask for nodes by id; GraphQL.NET resolves every
/// field of a level before it awaits the pending results, so all ids asked for on one level go to
/// the store in a single <see cref="IGraphStore.GetNodesAsync"/> call instead of one call per node.
/// One instance per HTTP request (scoped): its cache never outlives the request.
/// </summary>
public sealed class NodeBatchLoader(IGraphStore store)
{
    readonly Lock gate = new();
    readonly Dictionary<string, GraphNode?> known = new(StringComparer.Ordinal);
    HashSet<string> waiting = new(StringComparer.Ordinal);
    Task? inFlight;

    /// <summary>Registers the id for the next batch; the node comes when the execution strategy asks for the result.</summary>
    public IDataLoaderResult<GraphNode?> Load(string id)
    {
        lock (gate)
            if (!known.ContainsKey(id)) waiting.Add(id);
        return new PendingNode(this, id);
    }

    /// <summary>Remembers nodes a traversal already brought back, so asking for them again costs no store call.</summary>
    public void Prime(IEnumerable<GraphNode> nodes)
    {
        lock (gate)
            foreach (var node in nodes) known[node.Id] = node;
    }

    async Task<GraphNode?> ResolveAsync(string id, CancellationToken ct)
    {
        while (true)
        {
            Task batch;
            lock (gate)
            {
                if (known.TryGetValue(id, out var node)) return node;
                if (inFlight is null || inFlight.IsCompleted)
                {
                    // The id is not known and no batch is running: fetch every id waiting now in one call.
                    var ids = waiting;
                    ids.Add(id);
                    waiting = new(StringComparer.Ordinal);
                    inFlight = FetchAsync(ids, ct);
                }
                batch = inFlight;
            }
            await batch;
        }
    }

    async Task FetchAsync(HashSet<string> ids, CancellationToken ct)
    {
        var found = await store.GetNodesAsync(ids, ct);
        lock (gate)
            foreach (var id in ids) known[id] = found.TryGetValue(id, out var node) ? node : null;
    }

    sealed class PendingNode(NodeBatchLoader loader, string id) : IDataLoaderResult<GraphNode?>
    {
        public Task<GraphNode?> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.ResolveAsync(id, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
