using System.Text.Json;
using UnCitationGraph.Model;
using UnCitationGraph.Store;
using static UnCitationGraph.Neo4j.CypherStatements;

namespace UnCitationGraph.Neo4j;

/// <summary>
/// Breadth-first walks over CITES, one statement per level (Expand*.cypher): each node is met at its shortest depth,
/// cycles end the walk instead of looping, and the work stays proportional to the nodes reached. Cypher's own
/// variable-length patterns cannot take their bound as a parameter and enumerate every path, which explodes on
/// a citation graph's hubs.
/// </summary>
sealed class Neo4jTraversal(Neo4jQueryApiClient client)
{
    /// <summary>The start node (depth 0) and what is reached within maxDepth, at most limit nodes, with the edges among them.</summary>
    public async Task<Subgraph> SubgraphAsync(string startId, Direction direction, int maxDepth, int limit, CancellationToken ct)
    {
        var nodes = await client.QueryAsync(Get("GetNodes"), Parameters.Of(("ids", new[] { startId })), ct);
        if (nodes.Values.Count == 0 || limit < 1) return new Subgraph([], [], limit < 1 && nodes.Values.Count > 0);

        var (reached, truncated) = await WalkAsync(startId, direction, maxDepth, limit - 1, ct);
        var ids = reached.Select(r => r.Id).Prepend(startId).ToList();
        var byId = (await client.QueryAsync(Get("GetNodes"), Parameters.Of(("ids", ids)), ct))
            .Rows.Select(r => Neo4jRows.Node(r["node"])).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = (await client.QueryAsync(Get("EdgesAmong"), Parameters.Of(("ids", ids)), ct))
            .Rows.Select(r => Neo4jRows.Citation(r["citation"])).ToList();
        var atDepth = reached.Prepend((Id: startId, Depth: 0))
            .Where(r => byId.ContainsKey(r.Id))
            .Select(r => new NodeAtDepth(byId[r.Id], r.Depth)).ToList();
        return new Subgraph(atDepth, edges, truncated);
    }

    /// <summary>
    /// Documents citing the target within maxDepth, ordered by (depth, id) and paged after the cursor's key.
    /// The walk is whole, so its size is the exact total.
    /// </summary>
    public async Task<Page<NodeAtDepth>> CitersAsync(string targetId, int maxDepth, PageRequest page, CancellationToken ct)
    {
        var size = PageCursor.Size(page);
        var (reached, _) = await WalkAsync(targetId, Direction.Incoming, maxDepth, int.MaxValue, ct);
        var ordered = reached.OrderBy(r => r.Depth).ThenBy(r => r.Id, StringComparer.Ordinal).AsEnumerable();
        if (Neo4jCursor.Decode(page.After) is { } key)
        {
            var depth = key.GetProperty("depth").GetInt32();
            var id = key.GetProperty("id").GetString()!;
            ordered = ordered.Where(r => r.Depth > depth || (r.Depth == depth && string.CompareOrdinal(r.Id, id) > 0));
        }
        var slice = ordered.Take(size + 1).ToList();
        var hasNext = slice.Count > size;
        if (hasNext) slice.RemoveAt(size);
        var byId = (await client.QueryAsync(Get("GetNodes"), Parameters.Of(("ids", slice.Select(s => s.Id).ToList())), ct))
            .Rows.Select(r => Neo4jRows.Node(r["node"])).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var items = slice.Where(s => byId.ContainsKey(s.Id)).Select(s => new NodeAtDepth(byId[s.Id], s.Depth)).ToList();
        return new Page<NodeAtDepth>(items, items.Select(i => Neo4jCursor.Encode(Neo4jGraphStore.DepthKey(i))).ToList(), hasNext,
            page.CountTotal ? reached.Count : null);
    }

    /// <summary>The nodes reached from start (itself excluded), level by level, at most limit; truncated when more were there.</summary>
    async Task<(List<(string Id, int Depth)> Reached, bool Truncated)> WalkAsync(string startId, Direction direction, int maxDepth, int limit, CancellationToken ct)
    {
        var statement = direction switch
        {
            Direction.Outgoing => Get("ExpandOutgoing"),
            Direction.Incoming => Get("ExpandIncoming"),
            _ => Get("ExpandBoth"),
        };
        var seen = new List<string> { startId };
        var reached = new List<(string, int)>();
        var frontier = new List<string> { startId };
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            var room = limit - reached.Count;
            // Asking for one more than there is room for tells whether the walk was cut short.
            var ask = room >= int.MaxValue - 1 ? int.MaxValue : room + 1;
            var next = (await client.QueryAsync(statement, Parameters.Of(("frontier", frontier), ("seen", seen), ("limit", ask)), ct))
                .Rows.Select(r => r["id"].GetString()!).ToList();
            if (next.Count > room)
            {
                reached.AddRange(next.Take(room).Select(id => (id, depth)));
                return (reached, true);
            }
            reached.AddRange(next.Select(id => (id, depth)));
            seen.AddRange(next);
            frontier = next;
        }
        return (reached, false);
    }
}
