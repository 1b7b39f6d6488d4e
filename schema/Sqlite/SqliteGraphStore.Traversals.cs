using System.Text.Json;
using Microsoft.Data.Sqlite;
using UnCitationGraph.Model;
using UnCitationGraph.Store;
using static UnCitationGraph.Sqlite.SqliteRows;

namespace UnCitationGraph.Sqlite;

/// <summary>
/// Traversals: breadth-first in C# over one prepared, index-only neighbour lookup per node (cites_out for
/// outgoing, cites_in for incoming). Breadth-first gives each node its shortest depth, a visited set makes
/// cycles harmless, and the node limit stops the walk early instead of materialising a huge frontier.
/// </summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>The most nodes a path search or a transitive citer walk visits before it gives up.</summary>
    public const int MaxVisited = 2_000_000;

    public Task<Subgraph> GetLineageAsync(string id, Direction direction, int maxDepth, int limit, CancellationToken ct = default) =>
        GetNeighbourhoodAsync(id, maxDepth, direction, limit, ct);

    public Task<Subgraph> GetNeighbourhoodAsync(string id, int depth, Direction direction, int limit, CancellationToken ct = default) =>
        ReadAsync(c =>
        {
            ArgumentOutOfRangeException.ThrowIfNegative(depth);
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
            if (NodeKey(c, id) is not { } start) return new Subgraph([], [], false);
            using var walk = new Walk(c, direction);
            var (depths, truncated) = walk.BreadthFirst(start, depth, limit, ct);
            return new Subgraph(NodesAtDepth(c, depths), EdgesAmong(c, depths.Keys), truncated);
        }, ct);

    public Task<IReadOnlyList<Citation>?> FindPathAsync(string fromId, string toId, int maxDepth, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Citation>?>(c =>
        {
            if (NodeKey(c, fromId) is not { } from || NodeKey(c, toId) is not { } to) return null;
            if (from == to) return [];
            using var walk = new Walk(c, Direction.Outgoing);
            var parents = walk.ParentsUntil(from, to, maxDepth, ct);
            if (parents is null) return null;
            var hops = new List<(long From, long To)>();
            for (var at = to; at != from; at = parents[at]) hops.Add((parents[at], at));
            hops.Reverse();
            var path = new List<Citation>(hops.Count);
            foreach (var (a, b) in hops)
            {
                using var r = Query(c, $"{SelectCitation} WHERE c.source = $a AND c.target = $b ORDER BY c.key LIMIT 1", ("$a", a), ("$b", b)).ExecuteReader();
                r.Read();
                path.Add(Citation(r, _languages, c));
            }
            return path;
        }, ct);

    public Task<Page<NodeAtDepth>> GetCitersAsync(string targetId, bool transitive, int maxDepth, PageRequest page, CancellationToken ct = default) =>
        ReadAsync(c =>
        {
            var size = PageCursor.Size(page);
            if (NodeKey(c, targetId) is not { } target) return Page<NodeAtDepth>.Empty;
            if (!transitive || maxDepth <= 1)
            {
                // Distinct citers straight off the cites_in index range, in source order.
                var after = PageCursor.Decode(page.After, 2)?[1] ?? 0;
                using var r = Query(c, $"""
                    SELECT n.key, {NodeColumns} FROM node n
                    WHERE n.key IN (SELECT DISTINCT source FROM cites WHERE target = $target AND source > $after ORDER BY source LIMIT $limit)
                    ORDER BY n.key
                    """, ("$target", target), ("$after", after), ("$limit", size + 1L)).ExecuteReader();
                // node.citers is the number of distinct citing documents, kept exact by the writer: free to read.
                var citers = page.CountTotal ? Scalar(c, "SELECT citers FROM node WHERE key = $k", ("$k", target)) as long? : null;
                return ReadPage(r, size, r => new NodeAtDepth(Node(r, 1), 1), r => PageCursor.Encode(1, r.GetInt64(0)), citers);
            }
            // Transitive: the whole walk up to maxDepth, ordered (depth, key), then the page after the cursor.
            using var walk = new Walk(c, Direction.Incoming);
            var (depths, truncated) = walk.BreadthFirst(target, maxDepth, MaxVisited, ct);
            var cursor = PageCursor.Decode(page.After, 2) ?? [0, 0];
            var ordered = depths.Where(d => d.Key != target && (d.Value > cursor[0] || (d.Value == cursor[0] && d.Key > cursor[1])))
                .OrderBy(d => d.Value).ThenBy(d => d.Key).Take(size + 1).ToList();
            var pageItems = ordered.Take(size).ToList();
            var nodes = LoadNodes(c, pageItems.Select(p => p.Key));
            // The walk is whole unless it hit MaxVisited: then its size is exact, and costs nothing more.
            return new Page<NodeAtDepth>(
                pageItems.Select(p => new NodeAtDepth(nodes[p.Key], p.Value)).ToList(),
                pageItems.Select(p => PageCursor.Encode(p.Value, p.Key)).ToList(),
                ordered.Count > size,
                page.CountTotal && !truncated ? depths.Count - 1 : null);
        }, ct);

    const string SelectCitation = $"SELECT {CitationColumns} {CitationJoins}";

    List<NodeAtDepth> NodesAtDepth(SqliteConnection c, Dictionary<long, int> depths)
    {
        var nodes = LoadNodes(c, depths.Keys);
        return depths.OrderBy(d => d.Value).ThenBy(d => nodes[d.Key].Id, StringComparer.Ordinal)
            .Select(d => new NodeAtDepth(nodes[d.Key], d.Value)).ToList();
    }

    static Dictionary<long, GraphNode> LoadNodes(SqliteConnection c, IEnumerable<long> keys)
    {
        var nodes = new Dictionary<long, GraphNode>();
        using var r = Query(c, $"SELECT n.key, {NodeColumns} FROM node n WHERE n.key IN (SELECT value FROM json_each($keys))",
            ("$keys", JsonSerializer.Serialize(keys))).ExecuteReader();
        while (r.Read()) nodes[r.GetInt64(0)] = Node(r, 1);
        return nodes;
    }

    /// <summary>Every CITES edge whose two ends are in the set.</summary>
    List<Citation> EdgesAmong(SqliteConnection c, IEnumerable<long> keys)
    {
        var json = JsonSerializer.Serialize(keys);
        // One range of cites_out per node of the set, its targets checked against the set. The unary + keeps the planner
        // from seeking cites_in once per (target, source) pair of the set instead: n² seeks, 10,000 for a lineage of 100
        // nodes, which took more than half of the API's CPU per lineage request (a million for the 1,000-node limit).
        using var r = Query(c, $"""
            {SelectCitation}
            WHERE c.source IN (SELECT value FROM json_each($keys)) AND +c.target IN (SELECT value FROM json_each($keys))
            ORDER BY c.key
            """, ("$keys", json)).ExecuteReader();
        var edges = new List<Citation>();
        while (r.Read()) edges.Add(Citation(r, _languages, c));
        return edges;
    }

    /// <summary>A breadth-first walk along CITES edges in one direction (or both) over one prepared lookup.</summary>
    sealed class Walk(SqliteConnection connection, Direction direction) : IDisposable
    {
        readonly SqliteCommand? _outgoing = direction is Direction.Outgoing or Direction.Both
            ? Query(connection, "SELECT DISTINCT target FROM cites WHERE source = $k", ("$k", 0L)) : null;
        readonly SqliteCommand? _incoming = direction is Direction.Incoming or Direction.Both
            ? Query(connection, "SELECT DISTINCT source FROM cites WHERE target = $k", ("$k", 0L)) : null;

        /// <summary>Nodes within maxDepth, each at its shortest depth; stops (truncated) at limit nodes.</summary>
        public (Dictionary<long, int> Depths, bool Truncated) BreadthFirst(long start, int maxDepth, int limit, CancellationToken ct)
        {
            var depths = new Dictionary<long, int> { [start] = 0 };
            var frontier = new List<long> { start };
            for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
            {
                var next = new List<long>();
                foreach (var node in frontier)
                {
                    ct.ThrowIfCancellationRequested();
                    foreach (var neighbour in Neighbours(node))
                    {
                        if (depths.ContainsKey(neighbour)) continue;
                        if (depths.Count >= limit) return (depths, true);
                        depths[neighbour] = depth;
                        next.Add(neighbour);
                    }
                }
                frontier = next;
            }
            return (depths, false);
        }

        /// <summary>Breadth-first from one node until another; the parent of each reached node, or null if not reached.</summary>
        public Dictionary<long, long>? ParentsUntil(long from, long to, int maxDepth, CancellationToken ct)
        {
            var parents = new Dictionary<long, long> { [from] = from };
            var frontier = new List<long> { from };
            for (var depth = 1; depth <= maxDepth && frontier.Count > 0 && parents.Count < MaxVisited; depth++)
            {
                var next = new List<long>();
                foreach (var node in frontier)
                {
                    ct.ThrowIfCancellationRequested();
                    foreach (var neighbour in Neighbours(node))
                    {
                        if (!parents.TryAdd(neighbour, node)) continue;
                        if (neighbour == to) return parents;
                        next.Add(neighbour);
                    }
                }
                frontier = next;
            }
            return null;
        }

        IEnumerable<long> Neighbours(long node)
        {
            foreach (var command in (SqliteCommand?[])[_outgoing, _incoming])
            {
                if (command is null) continue;
                command.Parameters[0].Value = node;
                // Streamed: a walk that reaches its limit stops reading (the Charter has a million citers).
                // Callers finish or drop this enumerator before the next lookup, which closes the reader.
                using var r = command.ExecuteReader();
                while (r.Read()) yield return r.GetInt64(0);
            }
        }

        public void Dispose()
        {
            _outgoing?.Dispose();
            _incoming?.Dispose();
        }
    }
}
