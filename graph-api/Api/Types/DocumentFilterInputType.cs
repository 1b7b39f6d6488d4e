using GraphQL.Types;

namespace UnCitationGraph.GraphApi.Api.Types;

public sealed class DocumentFilterInputType : InputObjectGraphType
{
    public DocumentFilterInputType()
    {
        Name = "DocumentFilter";
        Description = "Filters on documents; a field left out matches any document.";
        Field<StringGraphType>("body").Description("GA, HRC, SC, ECOSOC, CHR, SUBCOM, CONF, SECRETARIAT or OTHER.");
        Field<StringGraphType>("kind").Description("resolution, decision, report, note or other.");
        Field<IntGraphType>("year").Description("Year of adoption or issue.");
        Field<BooleanGraphType>("ingested").Description("true: only documents whose text is in the graph; false: only cited ones.");
        Field<StringGraphType>("language").Description("Only documents with a version in this language (ISO 639-1).");
    }
}
