using UnCitationGraph.Model;

namespace UnCitationGraph.Store;

/// <summary>
/// One ingested file, ready to write: the document it is a version of, the version itself,
/// its citations, footnote problems, footnotes and the facts known about every node it points at.
/// Built from an extraction by <see cref="VersionRecordBuilder"/>; both stores take exactly this.
/// </summary>
public sealed record VersionRecord(
    GraphNode Document,
    DocumentVersion Version,
    IReadOnlyList<CitationRecord> Citations,
    IReadOnlyList<Orphan> Orphans,
    IReadOnlyList<GraphNode> Targets,
    string? AddendumOf)
{
    /// <summary>Every footnote of this version, one per marker, in the order of the text; replaced with the version.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];
}

/// <summary>A citation as one version states it (the store merges languages into one edge).</summary>
public sealed record CitationRecord(
    string TargetId,
    NodeKind TargetKind,
    string Location,
    string Text,
    string? Footnote,
    string? Relation);
