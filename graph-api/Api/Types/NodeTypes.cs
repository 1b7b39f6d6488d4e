using GraphQL.Types;
using UnCitationGraph.Ids;
using UnCitationGraph.Model;

namespace UnCitationGraph.GraphApi.Api.Types;

/// <summary>A UN document: a resolution, decision, report or note, keyed by its symbol.</summary>
public sealed class DocumentType : ObjectGraphType<GraphNode>
{
    public DocumentType()
    {
        Name = "Document";
        Description = "A UN document keyed by its symbol: all its language versions together. " +
                      "Documents only cited, never ingested, have ingested: false and the facts their symbol tells.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is GraphNode { Kind: NodeKind.Document };
        NodeFields.AddCommon(this);
        Field<NonNullGraphType<StringGraphType>>("symbol").Description("The UN symbol, as the Official Document System writes it.")
            .Resolve(c => c.Source.Id);
        Field<StringGraphType>("title").Description("The title, when the document was ingested.").Resolve(c => c.Source.Label);
        Field<StringGraphType>("documentKind").Description("resolution, decision, report, note or other.").Resolve(c => c.Source.DocumentKind);
        Field<StringGraphType>("session").Description("The session, for bodies numbering their documents by session.").Resolve(c => c.Source.Session);
        Field<StringGraphType>("date").Description("Adoption or issue date (ISO 8601), when stated.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentVersionType>>>>("versions")
            .Description("The ingested language versions (files) of this document.")
            .ResolveAsync(async c => await c.Store().GetVersionsAsync(c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("addenda")
            .Description("The addenda of this document (A/HRC/35/35/Add.1 for A/HRC/35/35).")
            .ResolveAsync(async c => await c.Store().GetAddendaAsync(c.Source.Id, c.CancellationToken));
        CitationFields.AddCitations(this);
        CitationFields.AddFootnotes(this);
    }
}

/// <summary>A named instrument: the Charter, a covenant, a declaration, a programme of action.</summary>
public sealed class InstrumentType : ObjectGraphType<GraphNode>
{
    public InstrumentType()
    {
        Name = "Instrument";
        Description = "A named instrument (treaty, declaration, programme of action) from the instrument catalogue, keyed instrument:ID.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is GraphNode { Kind: NodeKind.Instrument };
        NodeFields.AddCommon(this);
        Field<StringGraphType>("title").Description("The English title (or the first one known).").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalizedTitleType>>>>("titles")
            .Description("The instrument's title in each language the catalogue has.")
            .ResolveAsync(async c =>
            {
                var details = await c.Store().GetInstrumentAsync(c.Source.Id, c.CancellationToken);
                return details?.Titles.Select(t => new LocalizedTitle(t.Key, t.Value)).ToList() ?? [];
            });
        Field<DocumentType>("adoptedIn").Description("The UN document that adopted this instrument, when one did (A/RES/217(III) for the UDHR).")
            .ResolveAsync(async c =>
            {
                var details = await c.Store().GetInstrumentAsync(c.Source.Id, c.CancellationToken);
                return details?.AdoptedIn is { } symbol ? c.Nodes().Load(symbol) : null;
            });
    }
}

/// <summary>A web address cited by a document.</summary>
public sealed class WebResourceType : ObjectGraphType<GraphNode>
{
    public WebResourceType()
    {
        Name = "WebResource";
        Description = "A web address cited by a document, keyed url:ADDRESS.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is GraphNode { Kind: NodeKind.WebResource };
        NodeFields.AddCommon(this);
        Field<NonNullGraphType<StringGraphType>>("url").Description("The address as written in the citing text.")
            .Resolve(c => c.Source.Id[CanonicalId.UrlPrefix.Length..]);
    }
}

/// <summary>A title in one language.</summary>
public sealed record LocalizedTitle(string Language, string Title);

public sealed class LocalizedTitleType : ObjectGraphType<LocalizedTitle>
{
    public LocalizedTitleType()
    {
        Name = "LocalizedTitle";
        Description = "A title in one language.";
        Field(t => t.Language).Description("ISO 639-1 language code (en, fr, es ...).");
        Field(t => t.Title).Description("The title in that language.");
    }
}

/// <summary>One ingested language version of a document.</summary>
public sealed class DocumentVersionType : ObjectGraphType<DocumentVersion>
{
    public DocumentVersionType()
    {
        Name = "DocumentVersion";
        Description = "One language version of a document: one ingested file.";
        Field(v => v.Language).Description("ISO 639-1 language code of this version.");
        Field(v => v.Title, nullable: true).Description("The title in this language.");
        Field(v => v.Source).Description("The file it was read from.");
        Field(v => v.ContentHash).Description("SHA-256 of the file's bytes.");
        Field(v => v.IngestedAt).Description("When this version was stored.");
    }
}
