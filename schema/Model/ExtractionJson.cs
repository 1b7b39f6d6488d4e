using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace UnCitationGraph.Model;

/// <summary>A file the extractor could not read, as its JSON line says: {"file": "...", "error": "clear reason"}.</summary>
public sealed record ExtractionFailure(string File, string Error);

/// <summary>
/// The one place that writes and reads extraction JSON (the contract's camelCase names, one object per line).
/// Source-generated, so the CLI, the store and the API share it without reflection.
/// </summary>
public static class ExtractionJson
{
    static readonly ExtractionJsonContext Context = new(new JsonSerializerOptions(ExtractionJsonContext.Default.Options)
    {
        // Keep accents and apostrophes readable in the output ("l’homme", not "l\u2019homme").
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(ExtractedDocument document) => JsonSerializer.Serialize(document, Context.ExtractedDocument);

    public static string Serialize(ExtractionFailure failure) => JsonSerializer.Serialize(failure, Context.ExtractionFailure);

    public static ExtractedDocument? Deserialize(string line) => JsonSerializer.Deserialize(line, Context.ExtractedDocument);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(ExtractedDocument))]
[JsonSerializable(typeof(ExtractionFailure))]
internal sealed partial class ExtractionJsonContext : JsonSerializerContext;
