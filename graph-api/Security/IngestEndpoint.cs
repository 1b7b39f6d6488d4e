using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using UnCitationGraph.GraphApi.Api.Http;
using UnCitationGraph.Ingest;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Ingest.Worker;
using UnCitationGraph.Store;
using UnCitationGraph.Ids;

namespace UnCitationGraph.GraphApi.Security;

/// <summary>Configuration section "Ingest": the API is read-only unless ApiKey is set (16 characters at least).</summary>
public sealed class IngestEndpointOptions
{
    public const int MinimumKeyLength = 16;

    /// <summary>The key a client sends in X-Api-Key (or Authorization: Bearer) to POST /ingest. From configuration or the environment (Ingest__ApiKey), never from the repository.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest document accepted, in bytes.</summary>
    public long MaxBytes { get; set; } = IngestOptions.DefaultMaxFileBytes;

    public bool Enabled => ApiKey is { Length: >= MinimumKeyLength };
}

/// <summary>
/// POST /ingest?name=FILE with the document's bytes as the body: read, extracted and stored like a file in the worker's
/// inbox, one at a time. 403 while ingest is disabled (no key configured), 401 without the right key (compared in
/// constant time), 413 past the size limit, 422 for a file no reader can use, 503 while the store is unavailable.
/// </summary>
public static class IngestEndpoint
{
    public const string Path = "/ingest", KeyHeader = "X-Api-Key";
    static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static IEndpointRouteBuilder MapIngest(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync);
        return endpoints;
    }

    static async Task<IResult> HandleAsync(HttpContext http, IOptions<IngestEndpointOptions> configured, IGraphStore store)
    {
        var options = configured.Value;
        if (!options.Enabled)
            return Error(StatusCodes.Status403Forbidden, "This API is read-only: ingest is disabled (set Ingest:ApiKey, 16 characters at least, to enable POST /ingest).");
        if (!KeyMatches(http.Request, options.ApiKey!))
        {
            http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{KeyHeader}\"";
            return Error(StatusCodes.Status401Unauthorized, $"POST /ingest needs the API key in the {KeyHeader} header.");
        }
        var name = http.Request.Query["name"].ToString();
        if (string.IsNullOrWhiteSpace(name)) name = "upload";
        var content = await BoundedBody.ReadBytesAsync(http, options.MaxBytes);
        if (content is null) return Error(StatusCodes.Status413PayloadTooLarge, $"The document is larger than {options.MaxBytes} bytes.");

        if (!await OneAtATime.WaitAsync(TimeSpan.FromSeconds(30), http.RequestAborted))
        {
            http.Response.Headers.RetryAfter = "30";
            return Error(StatusCodes.Status429TooManyRequests, "Another document is being ingested; try again shortly.");
        }
        try
        {
            var hash = ContentHash.Of(content);
            var record = IngestEngine.BuildRecord(ExtractionPipeline.Default, content, hash, name);
            var outcome = await store.UpsertVersionAsync(record, http.RequestAborted);
            return Results.Ok(new
            {
                document = record.Document.Id, language = record.Version.Language, outcome = outcome.ToString(),
                citations = record.Citations.Count, contentHash = hash,
            });
        }
        catch (UnreadableDocumentException e) { return Error(StatusCodes.Status422UnprocessableEntity, $"{name}: {e.Message}"); }
        catch (Exception e) when (StoreErrors.IsTransient(e))
        {
            http.Response.Headers.RetryAfter = "10";
            return Error(StatusCodes.Status503ServiceUnavailable, "The graph store is unavailable just now; nothing was stored. Try again.");
        }
        finally { OneAtATime.Release(); }
    }

    /// <summary>Compares SHA-256 digests in constant time: neither the content nor the length of the key leaks through timing.</summary>
    static bool KeyMatches(HttpRequest request, string key)
    {
        var sent = request.Headers[KeyHeader].ToString();
        if (sent.Length == 0 && request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            sent = auth["Bearer ".Length..].Trim();
        if (sent.Length == 0) return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    static IResult Error(int status, string message) => Results.Json(new { errors = new[] { new { message } } }, statusCode: status);
}
