using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using UnCitationGraph.Instruments;
using UnCitationGraph.Model;
using UnCitationGraph.Store;
using static UnCitationGraph.Neo4j.CypherStatements;

namespace UnCitationGraph.Neo4j;

/// <summary>
/// The graph on a Neo4j 5 server or Aura, through the HTTP Query API. Nodes are :Node {id} with a kind label
/// (:Document, :Instrument, :WebResource); versions are :Version nodes; CITES edges carry their languages as a list.
/// Writes run in explicit transactions (one per version); reads are single statements in implicit transactions.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    /// <summary>The deepest traversal served (ShortestPath.cypher's literal bound matches it).</summary>
    public const int MaxTraversalDepth = 32;

    readonly Neo4jQueryApiClient _client;
    readonly Neo4jVersionWriter _writer;
    readonly Neo4jTraversal _traversal;
    readonly InstrumentCatalogue _catalogue;

    public Neo4jGraphStore(Neo4jOptions options, HttpMessageHandler? handler = null, ILogger? logger = null, InstrumentCatalogue? catalogue = null)
    {
        _client = new Neo4jQueryApiClient(options, handler, logger);
        _writer = new Neo4jVersionWriter(_client);
        _traversal = new Neo4jTraversal(_client);
        _catalogue = catalogue ?? InstrumentCatalogue.Default;
    }

    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        // Schema commands cannot share a transaction with writes: each runs on its own (all are IF NOT EXISTS).
        foreach (var statement in Schema()) await _client.QueryAsync(statement, null, ct);
        await _writer.LoadInstrumentsAsync(_catalogue, ct);
    }

    // ---- writes ----

    public Task<UpsertOutcome> UpsertVersionAsync(VersionRecord version, CancellationToken ct = default) => _writer.UpsertAsync(version, ct);

    /// <summary>One transaction per version: a version that fails (bad data) never takes the others down with it.</summary>
    public async Task<IReadOnlyList<UpsertOutcome>> UpsertVersionsAsync(IReadOnlyList<VersionRecord> versions, CancellationToken ct = default)
    {
        var outcomes = new List<UpsertOutcome>(versions.Count);
        foreach (var version in versions) outcomes.Add(await _writer.UpsertAsync(version, ct));
        return outcomes;
    }

    public Task<bool> RemoveVersionAsync(string documentId, string language, CancellationToken ct = default) =>
        _writer.RemoveAsync(documentId, language, ct);

    public async Task<bool> HasContentAsync(string contentHash, CancellationToken ct = default) =>
        (await _client.QueryAsync(Get("HasContent"), Parameters.Of(("contentHash", contentHash)), ct)).Scalar("stored") is { ValueKind: JsonValueKind.True };

    // ---- reads ----

    public async Task<GraphNode?> GetNodeAsync(string id, CancellationToken ct = default) =>
        (await GetNodesAsync([id], ct)).GetValueOrDefault(id);

    public async Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<string, GraphNode>();
        var result = await _client.QueryAsync(Get("GetNodes"), Parameters.Of(("ids", ids.Distinct().ToList())), ct);
        return result.Rows.Select(r => Neo4jRows.Node(r["node"])).ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<DocumentVersion>> GetVersionsAsync(string documentId, CancellationToken ct = default) =>
        (await _client.QueryAsync(Get("GetVersions"), Parameters.Of(("documentId", documentId)), ct))
            .Rows.Select(r => Neo4jRows.Version(r["version"])).ToList();

    public async Task<InstrumentDetails?> GetInstrumentAsync(string instrumentId, CancellationToken ct = default)
    {
        var result = await _client.QueryAsync(Get("GetInstrument"), Parameters.Of(("id", instrumentId)), ct);
        if (result.Values.Count == 0) return null;
        var row = result.Rows.First();
        var languages = Neo4jRows.Strings(row["titleLanguages"]).ToList();
        var titles = Neo4jRows.Strings(row["titles"]).ToList();
        var byLanguage = languages.Zip(titles).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        var adoptedIn = row["adoptedIn"] is { ValueKind: JsonValueKind.String } a ? a.GetString() : null;
        return new InstrumentDetails(Neo4jRows.Node(row["node"]), byLanguage, adoptedIn);
    }

    public Task<Page<GraphNode>> ListDocumentsAsync(DocumentFilter filter, PageRequest page, CancellationToken ct = default) =>
        PageAsync(Get("ListDocuments"), Parameters.Of(
                ("body", filter.Body), ("kind", filter.Kind), ("year", filter.Year), ("ingested", filter.Ingested), ("language", filter.Language)),
            page, r => Neo4jRows.Node(r["node"]), n => IdKey(n.Id), ct);

    public Task<Page<GraphNode>> SearchAsync(string text, NodeKind? kind, PageRequest page, CancellationToken ct = default) =>
        PageAsync(Get("Search"), Parameters.Of(("text", text.Trim().ToLowerInvariant()), ("kind", kind?.ToString())),
            page, r => Neo4jRows.Node(r["node"]), n => IdKey(n.Id), ct);

    public Task<Page<Citation>> GetCitationsAsync(string nodeId, Direction direction, CitationFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var (statement, count) = direction switch
        {
            Direction.Outgoing => ("CitationsOutgoing", "CitationsOutgoingCount"),
            Direction.Incoming => ("CitationsIncoming", "CitationsIncomingCount"),
            _ => ("CitationsBoth", null),
        };
        return PageAsync(Get(statement), Parameters.Of(
                ("nodeId", nodeId), ("relation", filter.Relation), ("targetKind", filter.TargetKind?.ToString()),
                ("body", filter.Body), ("year", filter.Year), ("language", filter.Language)),
            page, r => Neo4jRows.Citation(r["citation"]), Neo4jRows.CitationKey, ct, count);
    }

    public async Task<Subgraph> GetLineageAsync(string id, Direction direction, int maxDepth, int limit, CancellationToken ct = default) =>
        await _traversal.SubgraphAsync(id, direction, Depth(maxDepth), limit, ct);

    public async Task<IReadOnlyList<Citation>?> FindPathAsync(string fromId, string toId, int maxDepth, CancellationToken ct = default)
    {
        if (fromId == toId) return (await GetNodeAsync(fromId, ct)) is null ? null : [];
        if (maxDepth < 1) return null;
        var result = await _client.QueryAsync(Get("ShortestPath"), Parameters.Of(("fromId", fromId), ("toId", toId), ("maxDepth", Depth(maxDepth))), ct);
        if (result.Values.Count == 0) return null;
        return result.Rows.First()["path"].EnumerateArray().Select(Neo4jRows.Citation).ToList();
    }

    public async Task<Page<NodeAtDepth>> GetCitersAsync(string targetId, bool transitive, int maxDepth, PageRequest page, CancellationToken ct = default)
    {
        if (!transitive || maxDepth <= 1)
            return await PageAsync(Get("CitersDirect"), Parameters.Of(("targetId", targetId)),
                page, r => new NodeAtDepth(Neo4jRows.Node(r["node"]), 1), n => DepthKey(n), ct, "CitersDirectCount");
        return await _traversal.CitersAsync(targetId, Depth(maxDepth), page, ct);
    }

    public async Task<IReadOnlyList<FootnoteRecord>> GetFootnotesAsync(string documentId, string? language = null, CancellationToken ct = default) =>
        (await _client.QueryAsync(Get("Footnotes"), Parameters.Of(("documentId", documentId), ("language", language)), ct))
            .Rows.Select(r => Neo4jRows.Footnote(r["footnote"])).ToList();

    public Task<Page<OrphanRecord>> GetOrphansAsync(string? documentId, PageRequest page, CancellationToken ct = default) =>
        PageAsync(Get("Orphans"), Parameters.Of(("documentId", documentId)), page,
            r => new OrphanRecord(r["documentId"].GetString()!, r["language"].GetString()!, r["marker"].GetString()!, r["problem"].GetString()!),
            o => Parameters.Of(("documentId", o.DocumentId), ("language", o.Language), ("marker", o.Marker), ("problem", o.Problem)), ct,
            "OrphansCount");

    public Task<Page<UnresolvedTarget>> GetUnresolvedAsync(PageRequest page, CancellationToken ct = default) =>
        PageAsync(Get("Unresolved"), Parameters.Of(), page,
            r => new UnresolvedTarget(Neo4jRows.Node(r["node"]), (int)Neo4jRows.Long(r["citations"])),
            u => Parameters.Of(("citations", u.CitationCount), ("id", u.Node.Id)), ct, "UnresolvedCount");

    public async Task<IReadOnlyList<CitedCount>> GetMostCitedAsync(NodeKind? kind, string? body, int first, CancellationToken ct = default)
    {
        var result = await _client.QueryAsync(Get("MostCited"), Parameters.Of(
            ("kind", kind?.ToString()), ("body", body), ("limit", Math.Clamp(first, 0, PageRequest.MaxFirst))), ct);
        return result.Rows.Select(r => new CitedCount(Neo4jRows.Node(r["node"]), (int)Neo4jRows.Long(r["citedBy"]))).ToList();
    }

    public async Task<Subgraph> GetNeighbourhoodAsync(string id, int depth, Direction direction, int limit, CancellationToken ct = default) =>
        await _traversal.SubgraphAsync(id, direction, Depth(depth), limit, ct);

    public async Task<IReadOnlyList<GraphNode>> GetAddendaAsync(string documentId, CancellationToken ct = default) =>
        (await _client.QueryAsync(Get("Addenda"), Parameters.Of(("documentId", documentId)), ct)).Rows.Select(r => Neo4jRows.Node(r["node"])).ToList();

    public Task<Page<UnidentifiedFile>> GetUnidentifiedAsync(PageRequest page, CancellationToken ct = default) =>
        PageAsync(Get("Unidentified"), Parameters.Of(), page,
            r => new UnidentifiedFile(r["id"].GetString()!, r["source"].GetString() ?? "",
                r["language"] is { ValueKind: JsonValueKind.String } l ? l.GetString() : null,
                r["title"] is { ValueKind: JsonValueKind.String } t ? t.GetString() : null,
                Neo4jRows.Instant(r["ingestedAt"].GetString())),
            u => Parameters.Of(("id", u.Id), ("language", u.Language)), ct);

    public async Task<GraphCounts> GetCountsAsync(CancellationToken ct = default)
    {
        var row = (await _client.QueryAsync(Get("Counts"), null, ct)).Rows.First();
        long C(string field) => Neo4jRows.Long(row[field]);
        return new GraphCounts(C("documents"), C("ingestedDocuments"), C("versions"), C("instruments"), C("webResources"),
            C("citations"), C("orphans"), C("unidentified"));
    }

    // ---- export ----

    const int StreamBatch = 1000;

    public async IAsyncEnumerable<GraphNode> StreamNodesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        string? after = null;
        while (true)
        {
            var result = await _client.QueryAsync(Get("StreamNodes"), Parameters.Of(("after", after), ("limit", StreamBatch)), ct);
            foreach (var row in result.Rows)
            {
                var node = Neo4jRows.Node(row["node"]);
                after = node.Id;
                yield return node;
            }
            if (result.Values.Count < StreamBatch) yield break;
        }
    }

    public async IAsyncEnumerable<Citation> StreamCitationsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        string? after = null;
        while (true)
        {
            var result = await _client.QueryAsync(Get("StreamCitations"), Parameters.Of(("after", after), ("limit", StreamBatch)), ct);
            var sources = 0;
            foreach (var row in result.Rows)
            {
                var source = row["sourceId"].GetString();
                if (source != after) { after = source; sources++; }
                if (row["citation"] is { ValueKind: JsonValueKind.Object } citation) yield return Neo4jRows.Citation(citation);
            }
            if (sources < StreamBatch) yield break;
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    // ---- paging ----

    /// <summary>
    /// One page of a keyset statement; every item's cursor is its own sort key. With page.CountTotal and a count
    /// statement (Cypher/*Count.cypher: the same filters, at most $scan rows read), the exact total when it is small.
    /// </summary>
    async Task<Page<T>> PageAsync<T>(string statement, Dictionary<string, object?> parameters, PageRequest page,
        Func<QueryRow, T> read, Func<T, IReadOnlyDictionary<string, object?>> keyOf, CancellationToken ct, string? countStatement = null)
    {
        var size = Size(page);
        var after = Neo4jCursor.Decode(page.After); // a bad cursor is refused before anything is sent
        long? total = null;
        if (page.CountTotal && countStatement is not null)
        {
            var counted = await _client.QueryAsync(Get(countStatement), new Dictionary<string, object?>(parameters) { ["scan"] = TotalCount.ScanLimit }, ct);
            if (counted.Values.Count > 0)
                total = TotalCount.Of(Neo4jRows.Long(counted.Scalar("scanned")!.Value), Neo4jRows.Long(counted.Scalar("matching")!.Value));
        }
        parameters["after"] = after;
        parameters["limit"] = size + 1; // one more than asked says whether a next page exists
        var items = (await _client.QueryAsync(statement, parameters, ct)).Rows.Select(read).ToList();
        var hasNext = items.Count > size;
        if (hasNext) items.RemoveRange(size, items.Count - size);
        return new Page<T>(items, items.Select(i => Neo4jCursor.Encode(keyOf(i))).ToList(), hasNext, total);
    }

    static int Size(PageRequest page) => PageCursor.Size(page);

    static int Depth(int depth) => Math.Clamp(depth, 0, MaxTraversalDepth);

    static IReadOnlyDictionary<string, object?> IdKey(string id) => Parameters.Of(("id", id));

    internal static IReadOnlyDictionary<string, object?> DepthKey(NodeAtDepth n) => Parameters.Of(("depth", n.Depth), ("id", n.Node.Id));
}
