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

/// <summary>A footnote of one language version of a document, with the citations it carries.</summary>
public sealed record DocumentFootnote(FootnoteRecord Footnote, IReadOnlyList<Citation> Citations);

public sealed class FootnoteType : ObjectGraphType<DocumentFootnote>
{
    public FootnoteType()
    {
        Name = "Footnote";
        Description = "A footnote of one language version of a document: its marker, its note, whether the marker stands in the text " +
                      "and whether the note exists (a footnote lacking either is also listed in orphans), and the references it carries.";
        Field<NonNullGraphType<StringGraphType>>("marker").Description("The footnote's marker (1, 2, *, a ...).").Resolve(c => c.Source.Footnote.Marker);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The note's text; empty when the note is missing (defined: false).")
            .Resolve(c => c.Source.Footnote.Text);
        Field<NonNullGraphType<StringGraphType>>("language").Description("The language version this footnote belongs to.")
            .Resolve(c => c.Source.Footnote.Language);
        Field<NonNullGraphType<BooleanGraphType>>("referenced").Description("Whether the marker stands in the text.")
            .Resolve(c => c.Source.Footnote.Referenced);
        Field<NonNullGraphType<BooleanGraphType>>("defined").Description("Whether the note text exists.").Resolve(c => c.Source.Footnote.Defined);
        Field<StringGraphType>("anchor").Description("Where the marker stands (PP3, OP2, P7), when referenced.").Resolve(c => c.Source.Footnote.Anchor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationType>>>>("citations")
            .Description("The citations found in, or qualified by, this footnote in this language version.").Resolve(c => c.Source.Citations);
    }
}

/// <summary>The citation fields of a document: what it cites, and its footnotes.</summary>
public static class CitationFields
{
    public static void AddCitations(ObjectGraphType<GraphNode> type) =>
        type.Field<NonNullGraphType<PagedConnectionType<CitationType>>>("citations")
            .Description("What this document cites, in its text and notes. " +
                         $"totalCount: the citations matching the filters, exact; null only past {TotalCount.Limit} citations.")
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
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FootnoteType>>>>("footnotes")
            .Description("Every footnote of the document's ingested language versions, by language, in the order of the text: " +
                         "referenced or not, defined or not, with the citations each carries.")
            .Argument<StringGraphType>("language", "Only the footnotes of this language version (en, fr, es ...).")
            .ResolveAsync(async c =>
            {
                var language = c.GetArgument<string?>("language")?.Trim();
                var footnotes = await c.Store().GetFootnotesAsync(c.Source.Id, language, c.CancellationToken);
                // The citations come from one read of the document's own (few) citations, only when asked for.
                var carried = footnotes.Count > 0 && c.Selects("citations")
                    ? (await FootnoteCitationsAsync(c, language)).ToLookup(x => x.Footnote!, StringComparer.Ordinal)
                    : null;
                return footnotes.Select(f => new DocumentFootnote(f,
                    carried?[f.Marker].Where(x => x.Languages.Contains(f.Language)).ToList() ?? [])).ToList();
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrphanedFootnoteType>>>>("orphans")
            .Description("The document's footnote problems: markers without a note, notes without a marker.")
            .ResolveAsync(async c =>
                (await c.Store().GetOrphansAsync(c.Source.Id, new PageRequest(PageRequest.MaxFirst), c.CancellationToken)).Items);
    }

    // A document's outgoing citations are bounded by its own text: read them all, page by page.
    static async Task<List<Citation>> FootnoteCitationsAsync(IResolveFieldContext<GraphNode> c, string? language)
    {
        var all = new List<Citation>();
        var filter = new CitationFilter(Language: language);
        for (string? after = null; ;)
        {
            var page = await c.Store().GetCitationsAsync(c.Source.Id, Direction.Outgoing, filter, new PageRequest(PageRequest.MaxFirst, after), c.CancellationToken);
            all.AddRange(page.Items.Where(x => x.Footnote is not null));
            if (!page.HasNextPage) return all;
            after = page.EndCursor;
        }
    }
}
