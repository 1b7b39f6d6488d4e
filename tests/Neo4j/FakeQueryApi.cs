using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UnCitationGraph.Neo4j;

namespace UnCitationGraph.Tests.Neo4j;

/// <summary>
/// A real loopback HTTP server (Kestrel, 127.0.0.1, ephemeral port) answering as the Neo4j Query API documentation
/// shows: 202 with data.fields/data.values and bookmarks, transaction.id/expires and the neo4j-cluster-affinity
/// header for explicit transactions, {"errors":[{"code","message"}]} on failure. Each test scripts the answers.
/// </summary>
sealed class FakeQueryApi : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly Func<FakeRequest, Task<FakeAnswer>> _answer;
    public ConcurrentQueue<FakeRequest> Requests { get; } = new();
    public Uri Uri { get; }

    FakeQueryApi(WebApplication app, Func<FakeRequest, Task<FakeAnswer>> answer, Uri uri)
    {
        _app = app;
        _answer = answer;
        Uri = uri;
    }

    public static Task<FakeQueryApi> StartAsync(Func<FakeRequest, FakeAnswer> answer) => StartAsync(r => Task.FromResult(answer(r)));

    /// <param name="port">0 for any free port; a fixed one to bring a server back where a client already points.</param>
    public static async Task<FakeQueryApi> StartAsync(Func<FakeRequest, Task<FakeAnswer>> answer, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeQueryApi? fake = null;
        app.Run(async context =>
        {
            var request = await FakeRequest.ReadAsync(context.Request);
            fake!.Requests.Enqueue(request);
            var reply = await fake._answer(request);
            if (reply.Delay > TimeSpan.Zero)
            {
                try { await Task.Delay(reply.Delay, context.RequestAborted); }
                catch (OperationCanceledException) { return; }
            }
            context.Response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers) context.Response.Headers[name] = value;
            if (reply.Body != null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(reply.Body);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake = new FakeQueryApi(app, answer, new Uri(address));
        return fake;
    }

    public Neo4jOptions Options(Func<Neo4jOptions, Neo4jOptions>? adjust = null)
    {
        var options = new Neo4jOptions
        {
            Uri = Uri, Database = "neo4j", User = "neo4j", Password = "verysecret",
            RetryBaseDelay = TimeSpan.FromMilliseconds(5), AttemptTimeout = TimeSpan.FromSeconds(5),
        };
        return adjust is null ? options : adjust(options);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

sealed record FakeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonObject? Body)
{
    public string? Statement => Body?["statement"]?.GetValue<string>();

    public static async Task<FakeRequest> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        return new FakeRequest(request.Method, request.Path.Value ?? "", headers,
            string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text) as JsonObject);
    }
}

/// <summary>An answer of the fake server, with builders for the documented shapes.</summary>
sealed record FakeAnswer(int Status, string? Body, IReadOnlyDictionary<string, string> Headers)
{
    public TimeSpan Delay { get; init; }

    public static FakeAnswer Result(string[] fields, object?[][] values, string[]? bookmarks = null, object? transaction = null,
        IReadOnlyDictionary<string, string>? headers = null) =>
        new(202, JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["data"] = new { fields, values },
            ["bookmarks"] = bookmarks ?? [],
            ["transaction"] = transaction,
        }), headers ?? new Dictionary<string, string>());

    public static FakeAnswer Empty(string[]? bookmarks = null) => Result([], [], bookmarks);

    public static FakeAnswer Error(int status, string code, string message) =>
        new(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }), new Dictionary<string, string>());

    public static FakeAnswer Bare(int status) => new(status, null, new Dictionary<string, string>());
}
