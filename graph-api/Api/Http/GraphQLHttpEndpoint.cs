using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace UnCitationGraph.GraphApi.Api.Http;

/// <summary>
/// GraphQL over HTTP (graphql-over-http spec): POST with a JSON body or GET with ?query=, answered as
/// application/graphql-response+json (4xx when the request never executed) or, for clients that only
/// accept it, application/json (200 for every well-formed request).
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";

    public static IEndpointRouteBuilder MapCitationGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext http) => HandleAsync(http, ReadGetRequest(http)));
        endpoints.MapPost(Path, async (HttpContext http) => await HandleAsync(http, await ReadPostRequestAsync(http)));
        return endpoints;
    }

    static async Task HandleAsync(HttpContext http, RequestOrError read)
    {
        var media = MediaTypes.Negotiate(http.Request.Headers.Accept);
        if (media is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                "Accept application/graphql-response+json or application/json.");
            return;
        }
        if (read.Error is { } error)
        {
            // A malformed request: 4xx in either media type.
            await WriteErrorAsync(http, error.Status, media, error.Message);
            return;
        }

        var request = read.Request!;
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Variables = request.Variables,
            Extensions = request.Extensions,
            OperationName = request.OperationName,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
        });

        http.Response.StatusCode = media == MediaTypes.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = media + "; charset=utf-8";
        // Straight into the response as UTF-8: no intermediate string, no second encoding.
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    static RequestOrError ReadGetRequest(HttpContext http)
    {
        var q = http.Request.Query;
        var query = q["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
            return RequestOrError.Fail(StatusCodes.Status400BadRequest, "Missing the 'query' parameter: GET /graphql?query={stats{documents}}.");
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        Inputs? variables = null;
        if (q["variables"].ToString() is { Length: > 0 } json)
        {
            try { variables = serializer.Deserialize<Inputs>(json); }
            catch (JsonException e) { return RequestOrError.Fail(StatusCodes.Status400BadRequest, "The 'variables' parameter is not a JSON object: " + e.Message); }
        }
        return RequestOrError.Ok(new GraphQLRequest { Query = query, Variables = variables, OperationName = NullIfEmpty(q["operationName"]) });
    }

    static async Task<RequestOrError> ReadPostRequestAsync(HttpContext http)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<ApiLimits>>().Value;
        var contentType = http.Request.ContentType ?? "";
        var isJson = contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
        var isGraphQL = contentType.StartsWith("application/graphql", StringComparison.OrdinalIgnoreCase);
        if (!isJson && !isGraphQL)
            return RequestOrError.Fail(StatusCodes.Status415UnsupportedMediaType, "POST a JSON body with Content-Type: application/json.");

        var body = await BoundedBody.ReadAsync(http, limits.MaxRequestBytes);
        if (body is null)
            return RequestOrError.Fail(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limits.MaxRequestBytes} bytes.");
        if (isGraphQL)
            return RequestOrError.Ok(new GraphQLRequest { Query = body });

        var trimmed = body.AsSpan().TrimStart();
        if (trimmed.Length > 0 && trimmed[0] == '[')
            return RequestOrError.Fail(StatusCodes.Status400BadRequest, "Batched requests (a JSON array) are not supported: send one request per POST.");
        try
        {
            var request = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().Deserialize<GraphQLRequest>(body);
            if (request is null || string.IsNullOrWhiteSpace(request.Query))
                return RequestOrError.Fail(StatusCodes.Status400BadRequest, "The body has no 'query': send {\"query\": \"...\", \"variables\": {...}}.");
            return RequestOrError.Ok(request);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return RequestOrError.Fail(StatusCodes.Status400BadRequest, "The body is not a valid GraphQL request: " + e.Message);
        }
    }

    static async Task WriteErrorAsync(HttpContext http, int status, string media, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = media + "; charset=utf-8";
        await http.Response.WriteAsync(JsonSerializer.Serialize(new { errors = new[] { new { message } } }), http.RequestAborted);
    }

    static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    sealed record RequestOrError(GraphQLRequest? Request, (int Status, string Message)? Error)
    {
        public static RequestOrError Ok(GraphQLRequest request) => new(request, null);
        public static RequestOrError Fail(int status, string message) => new(null, (status, message));
    }
}
