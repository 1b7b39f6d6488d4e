using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using UnCitationGraph.GraphApi.Api.Types;

namespace UnCitationGraph.GraphApi.Api;

/// <summary>The GraphQL schema of the citation graph. Read-only: it has a query root and nothing else.</summary>
public sealed class CitationSchema : Schema
{
    public CitationSchema(IServiceProvider services) : base(services)
    {
        Description = "The UN citation graph: UN documents, the instruments and web resources they cite, and the citations between them.";
        Query = services.GetRequiredService<QueryType>();
        // The three node types are reached only through the Node interface: declare them so they are in the schema.
        RegisterType(typeof(DocumentType));
        RegisterType(typeof(InstrumentType));
        RegisterType(typeof(WebResourceType));
    }
}
