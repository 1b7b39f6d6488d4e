using GraphQL.Types;
using UnCitationGraph.Model;

namespace UnCitationGraph.GraphApi.Api.Types;

/// <summary>A footnote problem of one language version of a document.</summary>
public sealed class OrphanedFootnoteType : ObjectGraphType<OrphanRecord>
{
    public OrphanedFootnoteType()
    {
        Name = "OrphanedFootnote";
        Description = "A footnote problem: a marker in the text whose note is missing, or a note no marker points at.";
        Field<DocumentType>("document").Description("The document with the problem.").Resolve(c => c.Nodes().Load(c.Source.DocumentId));
        Field<NonNullGraphType<IdGraphType>>("documentId").Description("Symbol (or id) of the document.").Resolve(c => c.Source.DocumentId);
        Field(o => o.Language).Description("The language version the problem was found in.");
        Field(o => o.Marker).Description("The footnote marker.");
        Field(o => o.Problem).Description("marker-without-note or note-without-marker.");
    }
}

/// <summary>A document cited but never ingested.</summary>
public sealed class UnresolvedReferenceType : ObjectGraphType<UnresolvedTarget>
{
    public UnresolvedReferenceType()
    {
        Name = "UnresolvedReference";
        Description = "A document the graph's texts cite but whose own text was never ingested.";
        Field<NonNullGraphType<NodeGraphType>>("node").Description("The cited document (ingested: false).").Resolve(c => c.Source.Node);
        Field(u => u.CitationCount).Description("How many distinct documents cite it.");
    }
}

/// <summary>A node with the number of documents citing it.</summary>
public sealed class CitedCountType : ObjectGraphType<CitedCount>
{
    public CitedCountType()
    {
        Name = "CitedCount";
        Description = "A node and how many distinct documents cite it.";
        Field<NonNullGraphType<NodeGraphType>>("node").Description("The cited node.").Resolve(c => c.Source.Node);
        Field(x => x.CitedBy).Description("The number of distinct documents citing it.");
    }
}

/// <summary>Counts over the whole graph.</summary>
public sealed class StatsType : ObjectGraphType<GraphCounts>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "Counts over the whole graph.";
        Field(s => s.Documents).Description("Document nodes, ingested or only cited.");
        Field(s => s.IngestedDocuments).Description("Documents whose text was ingested.");
        Field(s => s.Versions).Description("Ingested language versions (files).");
        Field(s => s.Instruments).Description("Instrument nodes.");
        Field(s => s.WebResources).Description("Web resource nodes.");
        Field(s => s.Citations).Description("Citation edges.");
        Field(s => s.Orphans).Description("Footnote problems.");
        Field(s => s.Unidentified).Description("Files stored though their own symbol could not be inferred.");
    }
}
