using GraphQL.Types;
using UnCitationGraph.Model;

namespace UnCitationGraph.GraphApi.Api.Types;

/// <summary>A node reached by a traversal, with its distance from the start.</summary>
public sealed class NodeAtDepthType : ObjectGraphType<NodeAtDepth>
{
    public NodeAtDepthType()
    {
        Name = "NodeAtDepth";
        Description = "A node reached by a traversal, at its shortest distance (in citations) from the start.";
        Field<NonNullGraphType<NodeGraphType>>("node").Description("The node.").Resolve(c => c.Source.Node);
        Field(n => n.Depth).Description("Citations between the start and this node (0 for the start itself).");
    }
}

/// <summary>Nodes and the citations between them: a lineage or a neighbourhood, ready to draw.</summary>
public sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "Nodes and the citations among them (a lineage, a neighbourhood), ready to draw.";
        Field<NodeGraphType>("root").Description("The node the traversal started from (null when it is not in the graph).")
            .Resolve(c => c.Source.Nodes.FirstOrDefault(n => n.Depth == 0)?.Node);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeAtDepthType>>>>("nodes")
            .Description("Every node reached, each at its shortest depth, nearest first.")
            .Resolve(c => c.Source.Nodes.OrderBy(n => n.Depth).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationType>>>>("edges")
            .Description("The citations between the nodes.").Resolve(c => c.Source.Edges);
        Field(s => s.Truncated).Description("True when the node limit cut the traversal: more nodes exist than returned.");
    }
}

/// <summary>A chain of citations from one node to another.</summary>
public sealed record CitationPath(IReadOnlyList<Citation> Edges);

public sealed class CitationPathType : ObjectGraphType<CitationPath>
{
    public CitationPathType()
    {
        Name = "CitationPath";
        Description = "A shortest chain of citations from one node to another, each citation followed in its direction.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of citations in the chain.").Resolve(c => c.Source.Edges.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("nodeIds")
            .Description("The ids along the chain, from the start to the end.")
            .Resolve(c => c.Source.Edges.Select(e => e.SourceId).Append(c.Source.Edges[^1].TargetId).ToList());
        Field<NonNullGraphType<ListGraphType<NodeGraphType>>>("nodes")
            .Description("The nodes along the chain, from the start to the end.")
            .ResolveAsync(async c =>
            {
                var ids = c.Source.Edges.Select(e => e.SourceId).Append(c.Source.Edges[^1].TargetId).ToList();
                var found = await c.Store().GetNodesAsync(ids, c.CancellationToken);
                return ids.Select(id => found.GetValueOrDefault(id)).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationType>>>>("edges")
            .Description("The citations of the chain, in order.").Resolve(c => c.Source.Edges);
    }
}
