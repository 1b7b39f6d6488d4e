using UnCitationGraph.Model;

namespace UnCitationGraph.Store;

/// <summary>
/// The one contract every graph store keeps: the ingest worker writes through it, the API reads through it.
/// Implementations: <c>Sqlite.SqliteGraphStore</c> (embedded default) and <c>Neo4j.Neo4jGraphStore</c>.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates tables/constraints/indexes if missing and loads the instrument catalogue as nodes. Idempotent.</summary>
    Task InitialiseAsync(CancellationToken ct = default);

    // ---- writes ----

    /// <summary>
    /// Stores one language version atomically: what this version said before is replaced as a whole,
    /// other language versions' edges are untouched, identical content changes nothing.
    /// </summary>
    Task<UpsertOutcome> UpsertVersionAsync(VersionRecord version, CancellationToken ct = default);

    /// <summary>Stores many versions; each one is atomic, and the batch shares transactions where it can.</summary>
    Task<IReadOnlyList<UpsertOutcome>> UpsertVersionsAsync(IReadOnlyList<VersionRecord> versions, CancellationToken ct = default);

    /// <summary>Removes one language version and what only it said. False if there was none.</summary>
    Task<bool> RemoveVersionAsync(string documentId, string language, CancellationToken ct = default);

    /// <summary>Whether a version with this content hash is stored (the worker's memory across restarts).</summary>
    /// <remarks>A version is keyed by (document, language): a new file for the same pair replaces the old one.</remarks>
    Task<bool> HasContentAsync(string contentHash, CancellationToken ct = default);

    // ---- reads ----
    // Paged reads give every item its own cursor. With PageRequest.CountTotal they also fill Page.TotalCount
    // where it is cheap and exact: citations of a node and orphans and unresolved references up to
    // TotalCount.Limit (a bounded index scan), direct citers always where a counter keeps them, transitive citers
    // when the walk was complete. Null otherwise (document lists, search, unidentified files): never an estimate.

    Task<GraphNode?> GetNodeAsync(string id, CancellationToken ct = default);

    /// <summary>Many nodes in one call (the API batches node loads through this). Missing ids are absent.</summary>
    Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<IReadOnlyList<DocumentVersion>> GetVersionsAsync(string documentId, CancellationToken ct = default);

    /// <summary>Instrument titles by language (en, fr, es, ...), and the UN document that adopted it.</summary>
    Task<InstrumentDetails?> GetInstrumentAsync(string instrumentId, CancellationToken ct = default);

    Task<Page<GraphNode>> ListDocumentsAsync(DocumentFilter filter, PageRequest page, CancellationToken ct = default);

    /// <summary>Nodes whose id or title contains the text (case-insensitive).</summary>
    Task<Page<GraphNode>> SearchAsync(string text, NodeKind? kind, PageRequest page, CancellationToken ct = default);

    /// <summary>
    /// Outgoing (what the node cites) or incoming (who cites it) citations, filtered and paged (Both is refused).
    /// Body and Year filter the other end (the cited node when outgoing, the citing one when incoming);
    /// TargetKind the cited node; Language keeps edges found in that language version.
    /// </summary>
    Task<Page<Citation>> GetCitationsAsync(string nodeId, Direction direction, CitationFilter filter, PageRequest page, CancellationToken ct = default);

    /// <summary>Ancestors (Outgoing: what it builds on) or descendants (Incoming: what builds on it), cycle-safe, each at its shortest depth.</summary>
    Task<Subgraph> GetLineageAsync(string id, Direction direction, int maxDepth, int limit, CancellationToken ct = default);

    /// <summary>A shortest chain of CITES edges from one node to another (followed in their direction), or null.</summary>
    Task<IReadOnlyList<Citation>?> FindPathAsync(string fromId, string toId, int maxDepth, CancellationToken ct = default);

    /// <summary>Documents citing the target directly, or through other documents when transitive (up to maxDepth).</summary>
    Task<Page<NodeAtDepth>> GetCitersAsync(string targetId, bool transitive, int maxDepth, PageRequest page, CancellationToken ct = default);

    /// <summary>
    /// Every footnote of a document's versions (of one language when given), by language then in the order of the
    /// text. Empty when the document or version is unknown.
    /// </summary>
    Task<IReadOnlyList<FootnoteRecord>> GetFootnotesAsync(string documentId, string? language = null, CancellationToken ct = default);

    Task<Page<OrphanRecord>> GetOrphansAsync(string? documentId, PageRequest page, CancellationToken ct = default);

    /// <summary>Documents cited but not ingested, most cited first.</summary>
    Task<Page<UnresolvedTarget>> GetUnresolvedAsync(PageRequest page, CancellationToken ct = default);

    Task<IReadOnlyList<CitedCount>> GetMostCitedAsync(NodeKind? kind, string? body, int first, CancellationToken ct = default);

    /// <summary>The node, its neighbours up to depth, and the edges among them, at most limit nodes (Truncated says if cut).</summary>
    Task<Subgraph> GetNeighbourhoodAsync(string id, int depth, Direction direction, int limit, CancellationToken ct = default);

    /// <summary>Addenda of a document (ADDENDUM_OF edges pointing at it).</summary>
    Task<IReadOnlyList<GraphNode>> GetAddendaAsync(string documentId, CancellationToken ct = default);

    Task<Page<UnidentifiedFile>> GetUnidentifiedAsync(PageRequest page, CancellationToken ct = default);

    Task<GraphCounts> GetCountsAsync(CancellationToken ct = default);

    // ---- export (streaming, never the whole graph in memory) ----

    IAsyncEnumerable<GraphNode> StreamNodesAsync(CancellationToken ct = default);

    IAsyncEnumerable<Citation> StreamCitationsAsync(CancellationToken ct = default);
}

/// <summary>What an upsert did.</summary>
public enum UpsertOutcome { Inserted, Replaced, Unchanged }

public sealed record InstrumentDetails(GraphNode Node, IReadOnlyDictionary<string, string> Titles, string? AdoptedIn);

/// <summary>Filters on citations; null means any.</summary>
public sealed record CitationFilter(
    string? Relation = null,
    NodeKind? TargetKind = null,
    string? Body = null,
    int? Year = null,
    string? Language = null)
{
    public static readonly CitationFilter None = new();
}

/// <summary>Filters on documents; null means any.</summary>
public sealed record DocumentFilter(
    string? Body = null,
    string? Kind = null,
    int? Year = null,
    bool? Ingested = null,
    string? Language = null)
{
    public static readonly DocumentFilter None = new();
}
