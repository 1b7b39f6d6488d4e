using GraphQL.Types;
using UnCitationGraph.Model;

namespace UnCitationGraph.GraphApi.Api.Types;

public sealed class NodeKindEnum : EnumerationGraphType
{
    public NodeKindEnum()
    {
        Name = "NodeKind";
        Description = "What a node of the citation graph is.";
        Add("DOCUMENT", NodeKind.Document, "A UN document, keyed by its symbol (all its language versions together).");
        Add("INSTRUMENT", NodeKind.Instrument, "A named instrument (treaty, declaration, programme of action), keyed instrument:ID.");
        Add("WEB_RESOURCE", NodeKind.WebResource, "A web address cited by a document, keyed url:ADDRESS.");
    }
}

public sealed class DirectionEnum : EnumerationGraphType
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "Which way along citations a traversal goes.";
        Add("OUTGOING", Direction.Outgoing, "From a text to what it cites.");
        Add("INCOMING", Direction.Incoming, "From a text to the texts citing it.");
        Add("BOTH", Direction.Both, "Both ways.");
    }
}

public sealed class LineageDirectionEnum : EnumerationGraphType
{
    public LineageDirectionEnum()
    {
        Name = "LineageDirection";
        Description = "Which lineage of a document to follow.";
        Add("ANCESTORS", Direction.Outgoing, "What the document builds on: what it cites, what those cite, and so on.");
        Add("DESCENDANTS", Direction.Incoming, "What builds on the document: the texts citing it, the texts citing those, and so on.");
    }
}
