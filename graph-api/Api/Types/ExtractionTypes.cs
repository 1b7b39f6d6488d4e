using System.Text;
using GraphQL;
using GraphQL.Types;
using UnCitationGraph.Ingest;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Model;

namespace UnCitationGraph.GraphApi.Api.Types;

/// <summary>What the extractor finds in a pasted text, each reference checked against the graph.</summary>
public sealed record TextExtraction(ExtractedDocument Extracted, IReadOnlyDictionary<string, GraphNode> Known);

/// <summary>One reference of a pasted text and the node it resolves to, when the graph has it.</summary>
public sealed record CheckedReference(Reference Reference, GraphNode? Node);

/// <summary>The extract field: the ingest's own pipeline run on a bounded text, then one batched node lookup.</summary>
public static class TextExtractionField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<TextExtractionType>>("extract")
            .Description("The references in a pasted text (a draft resolution, a paragraph), each with its canonical id and " +
                         "whether the graph knows that target: check \"resolution 60/251\" before the text goes out.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The text to read (plain text; bounded by the server's extract limit).")
            .Argument<StringGraphType>("language", "ISO 639-1 language of the text (en, fr, es), when the extractor cannot tell.")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text");
                var max = c.Limits().MaxExtractChars;
                if (text.Length > max)
                    throw new ExecutionError($"Argument 'text' is {text.Length} characters; extract reads at most {max}.") { Code = "LIMIT_EXCEEDED" };
                if (string.IsNullOrWhiteSpace(text))
                    throw new ExecutionError("Argument 'text' is empty.") { Code = "INVALID_ARGUMENT" };
                ExtractedDocument extracted;
                try { extracted = ExtractionPipeline.Default.Extract(Encoding.UTF8.GetBytes(text), "pasted.txt"); }
                catch (UnreadableDocumentException e) { throw new ExecutionError("The text cannot be read: " + e.Message) { Code = "UNREADABLE" }; }
                if (extracted.Document.Language is null && c.GetArgument<string?>("language") is { Length: > 0 } language)
                    extracted = extracted with { Document = extracted.Document with { Language = language } };
                var targets = extracted.References.Select(r => r.Target).Distinct().ToList();
                var known = await c.Store().GetNodesAsync(targets, c.CancellationToken);
                return new TextExtraction(extracted, known);
            });
}

public sealed class TextExtractionType : ObjectGraphType<TextExtraction>
{
    public TextExtractionType()
    {
        Name = "TextExtraction";
        Description = "What the extractor finds in a pasted text.";
        Field<StringGraphType>("symbol").Description("The text's own UN symbol, when it states one.").Resolve(c => c.Source.Extracted.Document.Symbol);
        Field<StringGraphType>("body").Description("The body the text is from, when it tells.").Resolve(c => c.Source.Extracted.Document.Body);
        Field<StringGraphType>("language").Description("The text's language (ISO 639-1).").Resolve(c => c.Source.Extracted.Document.Language);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckedReferenceType>>>>("references")
            .Description("Each reference found, in text order, with its canonical id and whether the graph knows the target.")
            .Resolve(c => c.Source.Extracted.References.Select(r => new CheckedReference(r, c.Source.Known.GetValueOrDefault(r.Target))).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("unknownTargets")
            .Description("The distinct cited ids the graph has no node for: typos, or texts not yet in the graph.")
            .Resolve(c => c.Source.Extracted.References.Select(r => r.Target).Distinct().Where(t => !c.Source.Known.ContainsKey(t)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("orphanedMarkers")
            .Description("Footnote problems of the text, as marker: problem.")
            .Resolve(c => c.Source.Extracted.Orphans.Select(o => $"{o.Marker}: {o.Problem}").ToList());
    }
}

public sealed class CheckedReferenceType : ObjectGraphType<CheckedReference>
{
    public CheckedReferenceType()
    {
        Name = "CheckedReference";
        Description = "A reference found in a pasted text, resolved to a canonical id and checked against the graph.";
        Field<NonNullGraphType<IdGraphType>>("target").Description("The canonical id it resolves to.").Resolve(c => c.Source.Reference.Target);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The words as found.").Resolve(c => c.Source.Reference.Text);
        Field<NonNullGraphType<StringGraphType>>("location").Description("PP<n>, OP<n>, FN<marker> or P<n>.").Resolve(c => c.Source.Reference.Location);
        Field<StringGraphType>("footnote").Description("The footnote that carries it, if any.").Resolve(c => c.Source.Reference.Footnote);
        Field<StringGraphType>("relation").Description("The citing verb's function, when the text gives one.").Resolve(c => c.Source.Reference.Relation);
        Field<NonNullGraphType<BooleanGraphType>>("known").Description("True when the graph has a node for the target (ingested or cited by an ingested text).")
            .Resolve(c => c.Source.Node is not null);
        Field<NonNullGraphType<BooleanGraphType>>("ingested").Description("True when the target's own text is in the graph.")
            .Resolve(c => c.Source.Node?.Ingested == true);
        Field<NodeGraphType>("node").Description("The target's node, when the graph has it.").Resolve(c => c.Source.Node);
    }
}
