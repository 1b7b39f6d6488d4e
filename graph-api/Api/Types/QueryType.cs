using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using UnCitationGraph.Instruments;
using UnCitationGraph.Model;
using UnCitationGraph.Store;

namespace UnCitationGraph.GraphApi.Api.Types;

/// <summary>The root of every read: lookups, traversals and reports over the citation graph.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Reads over the UN citation graph: lookups, traversals (lineage, path, citers, neighbourhood) and reports.";
        AddLookups();
        AddTraversals();
        AddReports();
        TextExtractionField.Add(this);
    }

    void AddLookups()
    {
        Field<DocumentType>("document").Description("A document by its UN symbol (A/RES/75/180, S/RES/242(1967)); null when the graph has none.")
            .Argument<NonNullGraphType<StringGraphType>>("symbol", "The document's UN symbol.")
            .ResolveAsync(async c => await NodeOfKind(c, c.GetArgument<string>("symbol").Trim(), NodeKind.Document));

        Field<NonNullGraphType<PagedConnectionType<DocumentType>>>("documents").Description("Documents, filtered and paged. totalCount is null: counting a filtered list would scan it.")
            .Argument<DocumentFilterInputType>("filter", "Which documents; all when left out.")
            .PageArguments()
            .ResolveAsync(async c => Connections.From(
                await c.Store().ListDocumentsAsync(DocumentFilter(c), c.Page(), c.CancellationToken)));

        Field<InstrumentType>("instrument").Description("A named instrument by id (instrument:un-charter or un-charter).")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The instrument's id.")
            .ResolveAsync(async c => await NodeOfKind(c, Arguments.InstrumentId(c.GetArgument<string>("id").Trim()), NodeKind.Instrument));

        Field<NonNullGraphType<PagedConnectionType<InstrumentType>>>("instruments").Description("Instruments whose id or title contains the text; all when left out. totalCount is null.")
            .Argument<StringGraphType>("search", "Part of an id or title, any case (\"covenant\", \"charter\").")
            .PageArguments()
            .ResolveAsync(async c => Connections.From(await c.Store().SearchAsync(
                c.GetArgument("search", ""), NodeKind.Instrument, c.Page(), c.CancellationToken)));

        Field<NodeGraphType>("node").Description("Any node by its canonical id: a symbol, instrument:ID or url:ADDRESS.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The canonical id.")
            .Resolve(c => c.Nodes().Load(c.GetArgument<string>("id").Trim()));

        Field<NonNullGraphType<PagedConnectionType<NodeGraphType>>>("search").Description("Nodes whose symbol, id or title contains the text (any case). totalCount is null: counting matches would scan.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "Part of a symbol or title (\"75/180\", \"racism\").")
            .Argument<NodeKindEnum>("kind", "Only nodes of this kind.")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text").Trim();
                if (text.Length == 0) throw new ExecutionError("Argument 'text' must not be empty.") { Code = "INVALID_ARGUMENT" };
                return Connections.From(await c.Store().SearchAsync(text, c.GetArgument<NodeKind?>("kind"), c.Page(), c.CancellationToken));
            });
    }

    void AddTraversals()
    {
        Field<NonNullGraphType<SubgraphType>>("lineage")
            .Description("The lineage of a document: what it builds on (ANCESTORS) or what builds on it (DESCENDANTS), " +
                         "each node at its shortest depth, with the citations between them.")
            .Argument<NonNullGraphType<StringGraphType>>("symbol", "The document (or any node id) to start from.")
            .Argument<NonNullGraphType<LineageDirectionEnum>>("direction", "ANCESTORS or DESCENDANTS.")
            .Argument<IntGraphType>("maxDepth", "How many citations away to go (default 3).")
            .Argument<IntGraphType>("first", "At most this many nodes (default 100).")
            .ResolveAsync(async c =>
            {
                var limits = c.Limits();
                var graph = await c.Store().GetLineageAsync(c.GetArgument<string>("symbol").Trim(), c.GetArgument<Direction>("direction"),
                    c.Bounded("maxDepth", 3, limits.MaxTraversalDepth), c.Bounded("first", 100, limits.MaxSubgraphNodes), c.CancellationToken);
                c.Nodes().Prime(graph.Nodes.Select(n => n.Node));
                return graph;
            });

        Field<CitationPathType>("path").Description("A shortest chain of citations from one node to another; null when there is none within maxDepth.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The citing end (a symbol or any node id).")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The cited end.")
            .Argument<IntGraphType>("maxDepth", "Longest chain looked for (default 6).")
            .ResolveAsync(async c =>
            {
                var edges = await c.Store().FindPathAsync(c.GetArgument<string>("from").Trim(), c.GetArgument<string>("to").Trim(),
                    c.Bounded("maxDepth", 6, c.Limits().MaxTraversalDepth), c.CancellationToken);
                return edges is { Count: > 0 } ? new CitationPath(edges) : null;
            });

        Field<NonNullGraphType<PagedConnectionType<NodeAtDepthType>>>("citers")
            .Description("The documents citing a target (instrument:un-charter, A/RES/60/251 ...), directly or, when transitive, through other documents. " +
                         "totalCount: the number of distinct such documents, exact; null when counting would be costly " +
                         $"(a transitive walk cut short by the server's visit limit; on a Neo4j store, past {TotalCount.Limit} direct citers).")
            .Argument<NonNullGraphType<IdGraphType>>("target", "The cited node's canonical id.")
            .Argument<BooleanGraphType>("transitive", "Also the documents citing the citers, up to maxDepth (default false).")
            .Argument<IntGraphType>("maxDepth", "For transitive: how many citations away (default 3).")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var transitive = c.GetArgument("transitive", false);
                var depth = transitive ? c.Bounded("maxDepth", 3, c.Limits().MaxTraversalDepth) : 1;
                return Connections.From(await c.Store().GetCitersAsync(NormaliseTarget(c.GetArgument<string>("target")),
                    transitive, depth, c.Page(), c.CancellationToken));
            });

        Field<NonNullGraphType<SubgraphType>>("neighbourhood")
            .Description("A node, its neighbours up to depth and the citations among them, ready to draw; truncated says if the limit cut it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node at the centre.")
            .Argument<IntGraphType>("depth", "How many citations away (default 1).")
            .Argument<DirectionEnum>("direction", "OUTGOING (what it cites), INCOMING (who cites it) or BOTH (default).")
            .Argument<IntGraphType>("limit", "At most this many nodes (default 200).")
            .ResolveAsync(async c =>
            {
                var limits = c.Limits();
                var graph = await c.Store().GetNeighbourhoodAsync(NormaliseTarget(c.GetArgument<string>("id")),
                    c.Bounded("depth", 1, limits.MaxNeighbourhoodDepth), c.GetArgument("direction", Direction.Both),
                    c.Bounded("limit", 200, limits.MaxSubgraphNodes), c.CancellationToken);
                c.Nodes().Prime(graph.Nodes.Select(n => n.Node));
                return graph;
            });
    }

    void AddReports()
    {
        Field<NonNullGraphType<PagedConnectionType<OrphanedFootnoteType>>>("orphanedFootnotes")
            .Description("Footnote problems across the graph: markers whose note is missing, notes no marker points at. " +
                         $"totalCount: exact; null past {TotalCount.Limit} problems.")
            .Argument<StringGraphType>("document", "Only this document's problems (its symbol).")
            .PageArguments()
            .ResolveAsync(async c => Connections.From(await c.Store().GetOrphansAsync(
                c.GetArgument<string?>("document")?.Trim(), c.Page(), c.CancellationToken)));

        Field<NonNullGraphType<PagedConnectionType<UnresolvedReferenceType>>>("unresolvedReferences")
            .Description("Documents cited but not ingested, most cited first: what to ingest next. " +
                         $"totalCount: exact; null past {TotalCount.Limit} such documents.")
            .PageArguments()
            .ResolveAsync(async c => Connections.From(await c.Store().GetUnresolvedAsync(c.Page(), c.CancellationToken)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitedCountType>>>>("mostCited")
            .Description("The most cited nodes, by the number of distinct documents citing them.")
            .Argument<NodeKindEnum>("kind", "Only nodes of this kind.")
            .Argument<StringGraphType>("body", "Only documents of this body (SC, GA ...).")
            .Argument<IntGraphType>("first", "How many (default 10).")
            .ResolveAsync(async c => await c.Store().GetMostCitedAsync(c.GetArgument<NodeKind?>("kind"), c.GetArgument<string?>("body"),
                c.Bounded("first", 10, c.Limits().MaxPageSize), c.CancellationToken));

        Field<NonNullGraphType<StatsType>>("stats").Description("Counts over the whole graph.")
            .ResolveAsync(async c => await c.Store().GetCountsAsync(c.CancellationToken));
    }

    static async Task<GraphNode?> NodeOfKind(IResolveFieldContext c, string id, NodeKind kind)
    {
        var node = await c.Nodes().Load(id).GetResultAsync(c.CancellationToken);
        return node?.Kind == kind ? node : null;
    }

    // A bare instrument id ("un-charter") is taken for the instrument; everything else is a canonical id already.
    static string NormaliseTarget(string id)
    {
        id = id.Trim();
        return !id.Contains(':') && !id.Contains('/') && InstrumentCatalogueHas(id) ? Arguments.InstrumentId(id) : id;
    }

    static bool InstrumentCatalogueHas(string id) => InstrumentCatalogue.Default.Find(id) is not null;

    static DocumentFilter DocumentFilter(IResolveFieldContext c)
    {
        var f = c.GetArgument<Dictionary<string, object?>?>("filter");
        if (f is null) return Store.DocumentFilter.None;
        return new DocumentFilter(f.GetValueOrDefault("body") as string, f.GetValueOrDefault("kind") as string,
            f.GetValueOrDefault("year") as int?, f.GetValueOrDefault("ingested") as bool?, f.GetValueOrDefault("language") as string);
    }
}
