using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using UnCitationGraph.Model;
using UnCitationGraph.Store;

namespace UnCitationGraph.GraphApi.Api.Types;

/// <summary>A CITES edge: one document citing a target at one place of its text.</summary>
public sealed class CitationType : ObjectGraphType<Citation>
{
    public CitationType()
    {
        Name = "Citation";
        Description = "One citation: a document citing a target (document, instrument or web resource) at one place of its text. " +
                      "One edge per (source, target, location), listing the language versions it was found in.";
        Field<NodeGraphType>("source").Description("The citing document.")
            .Resolve(c => c.Nodes().Load(c.Source.SourceId));
        Field<NonNullGraphType<IdGraphType>>("sourceId").Description("Canonical id of the citing document.").Resolve(c => c.Source.SourceId);
        Field<NodeGraphType>("target").Description("What is cited: a Document, an Instrument or a WebResource.")
            .Resolve(c => c.Nodes().Load(c.Source.TargetId));
        Field<NonNullGraphType<IdGraphType>>("targetId").Description("Canonical id of the cited node.").Resolve(c => c.Source.TargetId);
        Field<NonNullGraphType<NodeKindEnum>>("targetKind").Description("The kind of the cited node.").Resolve(c => c.Source.TargetKind);
        Field(x => x.Text).Description("The citing words as found in the text.");
        Field(x => x.Location).Description("Where it stands: PP<n> preambular paragraph, OP<n> operative paragraph, FN<marker> footnote, P<n> other paragraph.");
        Field(x => x.Footnote, nullable: true).Description("Marker of the footnote that carries or qualifies it, if any.");
        Field(x => x.Relation, nullable: true).Description("The citing verb's function (recalls, reaffirms, welcomes, takes-note ...), when the text gives one.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages")
            .Description("The language versions this citation was found in.").Resolve(c => c.Source.Languages);
    }
}

/// <summary>The references a document carries in one footnote.</summary>
public sealed record FootnoteReferences(string Marker, IReadOnlyList<Citation> Citations);

public sealed class FootnoteReferencesType : ObjectGraphType<FootnoteReferences>
{
    public FootnoteReferencesType()
    {
        Name = "FootnoteReferences";
        Description = "A footnote of a document and the references it carries.";
        Field(f => f.Marker).Description("The footnote's marker (1, 2, *, a ...).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationType>>>>("citations")
            .Description("The citations found in, or qualified by, this footnote.").Resolve(c => c.Source.Citations);
    }
}

/// <summary>The citation fields of a document: what it cites, and its footnotes.</summary>
public static class CitationFields
{
    // A document's footnotes rarely carry more than this many references; the rest are still in citations.
    const int FootnoteCitationsRead = 1000;

    public static void AddCitations(ObjectGraphType<GraphNode> type) =>
        type.Field<NonNullGraphType<ConnectionType<CitationType>>>("citations")
            .Description("What this document cites, in its text and notes.")
            .Argument<StringGraphType>("relation", "Only citations with this relation (recalls, reaffirms ...).")
            .Argument<NodeKindEnum>("targetKind", "Only citations of this kind of target.")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var filter = new CitationFilter(Relation: c.GetArgument<string?>("relation"), TargetKind: c.GetArgument<NodeKind?>("targetKind"));
                return Connections.From(await c.Store().GetCitationsAsync(c.Source.Id, Direction.Outgoing, filter, c.Page(), c.CancellationToken));
            });

    public static void AddFootnotes(ObjectGraphType<GraphNode> type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FootnoteReferencesType>>>>("footnotes")
            .Description("The document's footnotes that carry references, each with its references, in marker order.")
            .ResolveAsync(async c =>
            {
                var page = await c.Store().GetCitationsAsync(c.Source.Id, Direction.Outgoing, CitationFilter.None,
                    new PageRequest(FootnoteCitationsRead), c.CancellationToken);
                return page.Items.Where(x => x.Footnote is not null)
                    .GroupBy(x => x.Footnote!)
                    .OrderBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new FootnoteReferences(g.Key, g.ToList()))
                    .ToList();
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrphanedFootnoteType>>>>("orphans")
            .Description("The document's footnote problems: markers without a note, notes without a marker.")
            .ResolveAsync(async c =>
                (await c.Store().GetOrphansAsync(c.Source.Id, new PageRequest(PageRequest.MaxFirst), c.CancellationToken)).Items);
    }
}
