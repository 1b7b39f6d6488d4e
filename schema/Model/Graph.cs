namespace UnCitationGraph.Model;

/// <summary>The three kinds of node; which one an id names is told by <see cref="Ids.CanonicalId.KindOf"/>.</summary>
public enum NodeKind { Document, Instrument, WebResource }

/// <summary>Which way along CITES edges a traversal goes.</summary>
public enum Direction
{
    /// <summary>From a text to what it cites.</summary>
    Outgoing,
    /// <summary>From a text to the texts citing it.</summary>
    Incoming,
    Both,
}

/// <summary>
/// A node of the graph. Documents are keyed by UN symbol (the work, whatever its language versions),
/// instruments by "instrument:ID", web resources by "url:ADDRESS", unidentified files by "hash:SHA256".
/// </summary>
public sealed record GraphNode(
    string Id,
    NodeKind Kind,
    string? Label,
    string? Body,
    string? DocumentKind,
    int? Year,
    string? Session,
    string? Date,
    bool Ingested);

/// <summary>One language version of a document: one ingested file.</summary>
public sealed record DocumentVersion(
    string Symbol,
    string Language,
    string? Title,
    string Source,
    string ContentHash,
    DateTimeOffset IngestedAt);

/// <summary>A CITES edge, one per (source, target, location); it lists the language versions it was found in.</summary>
public sealed record Citation(
    string SourceId,
    string TargetId,
    NodeKind TargetKind,
    string Location,
    string Text,
    string? Footnote,
    string? Relation,
    IReadOnlyList<string> Languages);

/// <summary>A footnote problem of one language version.</summary>
public sealed record OrphanRecord(string DocumentId, string Language, string Marker, string Problem);

/// <summary>
/// A footnote of one language version, in the order of the text: its marker, its note text ("" when not defined),
/// whether its marker stands in the text (referenced) and whether its note exists (defined), and the location
/// (PP3, OP2, P7) of the paragraph carrying the marker, when referenced.
/// </summary>
public sealed record FootnoteRecord(
    string DocumentId, string Language, string Marker, string Text, bool Referenced, bool Defined, string? Anchor);

/// <summary>A document cited but never ingested, with how many distinct documents cite it.</summary>
public sealed record UnresolvedTarget(GraphNode Node, int CitationCount);

/// <summary>A node and the number of distinct documents citing it.</summary>
public sealed record CitedCount(GraphNode Node, int CitedBy);

/// <summary>A node reached by a traversal, at its shortest depth from the start.</summary>
public sealed record NodeAtDepth(GraphNode Node, int Depth);

/// <summary>Nodes and the CITES edges between them: a lineage, a neighbourhood, a path.</summary>
public sealed record Subgraph(IReadOnlyList<NodeAtDepth> Nodes, IReadOnlyList<Citation> Edges, bool Truncated);

/// <summary>A file stored though its own symbol could not be inferred.</summary>
public sealed record UnidentifiedFile(string Id, string Source, string? Language, string? Title, DateTimeOffset IngestedAt);

/// <summary>Counts over the whole graph.</summary>
public sealed record GraphCounts(
    long Documents, long IngestedDocuments, long Versions, long Instruments, long WebResources,
    long Citations, long Orphans, long Unidentified);
