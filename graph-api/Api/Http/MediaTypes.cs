using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace UnCitationGraph.GraphApi.Api.Http;

/// <summary>The two response media types of the GraphQL-over-HTTP spec, and the choice between them.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer in: graphql-response+json when the client accepts it, else application/json
    /// (also for no Accept header or a wildcard, as the spec asks of legacy clients); null when it accepts neither.
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept)) return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types)) return Json;
        string? best = null;
        double bestQuality = 0;
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1;
            if (quality <= 0) continue;
            var name = type.MediaType.Value ?? "";
            var candidate =
                name.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase) ? GraphQLResponse
                : name.Equals(Json, StringComparison.OrdinalIgnoreCase) || name is "*/*" or "application/*" ? Json
                : null;
            if (candidate is null) continue;
            // Prefer the higher quality; at equal quality prefer graphql-response+json, the spec's own type.
            if (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse))
                (best, bestQuality) = (candidate, quality);
        }
        return best;
    }
}
