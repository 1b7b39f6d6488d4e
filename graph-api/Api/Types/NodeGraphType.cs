using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Types.Relay;
using UnCitationGraph.Model;
using UnCitationGraph.Store;

namespace UnCitationGraph.GraphApi.Api.Types;

/// <summary>What every node of the graph answers: documents, instruments and web resources.</summary>
public sealed class NodeGraphType : InterfaceGraphType<GraphNode>
{
    public NodeGraphType()
    {
        Name = "Node";
        Description = "A node of the citation graph: a Document, an Instrument or a WebResource.";
        foreach (var field in NodeFields.Common(withResolvers: false)) AddField(field);
    }
}

/// <summary>
/// The fields shared by the Node interface and the three node types, declared once: the interface takes them
/// without resolvers, the object types with them.
/// </summary>
public static class NodeFields
{
    public static void AddCommon(ObjectGraphType<GraphNode> type)
    {
        foreach (var field in Common(withResolvers: true)) type.AddField(field);
    }

    public static IEnumerable<FieldType> Common(bool withResolvers)
    {
        FieldType Field<TGraphType>(string name, string description, Func<IResolveFieldContext<GraphNode>, object?> resolve) =>
            AsyncField<TGraphType>(name, description, c => new ValueTask<object?>(resolve(c)));

        FieldType AsyncField<TGraphType>(string name, string description, Func<IResolveFieldContext<GraphNode>, ValueTask<object?>> resolve) => new()
        {
            Name = name, Type = typeof(TGraphType), Description = description,
            Resolver = withResolvers ? new FuncFieldResolver<GraphNode, object?>(resolve) : null,
        };

        yield return Field<NonNullGraphType<IdGraphType>>("id",
            "Canonical id: a UN symbol (A/RES/75/180), instrument:ID or url:ADDRESS.", c => c.Source.Id);
        yield return Field<NonNullGraphType<NodeKindEnum>>("kind",
            "Whether this is a document, an instrument or a web resource.", c => c.Source.Kind);
        yield return Field<NonNullGraphType<StringGraphType>>("label",
            "A readable name: the title when known, else the id.", c => c.Source.Label ?? c.Source.Id);
        yield return Field<NonNullGraphType<BooleanGraphType>>("ingested",
            "True when the graph holds the text itself; false for a target known only because something cites it.", c => c.Source.Ingested);
        yield return Field<StringGraphType>("body",
            "The UN body (GA, HRC, SC, ECOSOC, CHR, SUBCOM, CONF, SECRETARIAT, OTHER), for documents.", c => c.Source.Body);
        yield return Field<IntGraphType>("year", "Year of adoption or issue, when known.", c => c.Source.Year);

        var citedBy = AsyncField<NonNullGraphType<PagedConnectionType<CitationType>>>("citedBy",
            "The citations pointing at this node: who cites it, where and how (one per citing document and place). " +
            "totalCount counts these citations, so a text citing this node in three paragraphs counts three; it is exact, " +
            $"and null past {TotalCount.Limit} citations. The number of distinct citing documents is citers(target).totalCount.",
            c => new ValueTask<object?>(CitedByAsync(c)));
        citedBy.Arguments = new QueryArguments(
            new QueryArgument<StringGraphType> { Name = "relation", Description = "Only citations with this relation (recalls, reaffirms ...)." },
            new QueryArgument<StringGraphType> { Name = "body", Description = "Only citations from documents of this body (GA, HRC, SC ...)." },
            new QueryArgument<IntGraphType> { Name = "year", Description = "Only citations from documents of this year." },
            Connections.FirstArgument(), Connections.AfterArgument());
        yield return citedBy;
    }

    static async Task<object?> CitedByAsync(IResolveFieldContext<GraphNode> c)
    {
        var filter = new CitationFilter(Relation: c.GetArgument<string?>("relation"), Body: c.GetArgument<string?>("body"),
            Year: c.GetArgument<int?>("year"));
        return Connections.From(await c.Store().GetCitationsAsync(c.Source.Id, Direction.Incoming, filter, c.Page(), c.CancellationToken));
    }
}
