using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using UnCitationGraph.Tests.Api;

namespace UnCitationGraph.Tests.Reliability;

/// <summary>
/// Concurrent clients against the real API on loopback (Kestrel, the seed graph), each in a bounded loop over a mix of
/// the queries users run: zero errors allowed; throughput and latency percentiles reported. 5 seconds in the default
/// run; tests/load.sh runs it for 60 seconds (UCG_LOAD_SECONDS, UCG_LOAD_CLIENTS) for the README's figures.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class LoadTests(SeedGraphServer server)
{
    static readonly string[] Mix =
    [
        """{ document(symbol: "A/RES/75/180") { id title citations(first: 20) { edges { node { targetId relation location } } } } }""",
        """{ citers(target: "instrument:un-charter", first: 20) { edges { node { depth node { id label } } } } }""",
        """{ lineage(symbol: "A/RES/75/180", direction: ANCESTORS, maxDepth: 3, first: 100) { nodes { depth node { id } } edges { sourceId targetId } } }""",
        """{ search(text: "human rights", first: 10) { edges { node { id label } } } }""",
        """{ neighbourhood(id: "instrument:un-charter", depth: 1, limit: 50) { nodes { node { id } } edges { sourceId targetId } } }""",
        """{ unresolvedReferences(first: 20) { edges { node { node { id } citationCount } } } }""",
        """{ stats { documents citations orphans } }""",
    ];

    static int Setting(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out var v) && v > 0 ? v : fallback;

    [Fact]
    public async Task Fifty_concurrent_clients_get_every_answer_without_an_error()
    {
        var (seconds, clients) = (Setting("UCG_LOAD_SECONDS", 5), Setting("UCG_LOAD_CLIENTS", 50));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30),
        };
        foreach (var query in Mix) await SendAsync(http, query, TestContext.Current.CancellationToken); // warm-up, and each query checked once

        var deadline = Stopwatch.StartNew();
        var runs = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var (latencies, errors) = (new List<double>(), new List<string>());
            for (var i = c; deadline.Elapsed < TimeSpan.FromSeconds(seconds); i++)
            {
                var clock = Stopwatch.StartNew();
                try { await SendAsync(http, Mix[i % Mix.Length], TestContext.Current.CancellationToken); }
                catch (Exception e) when (e is not OperationCanceledException || !TestContext.Current.CancellationToken.IsCancellationRequested) { errors.Add(e.Message); }
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
            return (latencies, errors);
        })));
        var elapsed = deadline.Elapsed.TotalSeconds;
        var all = runs.SelectMany(r => r.latencies).Order().ToArray();
        var errors = runs.SelectMany(r => r.errors).ToList();
        double P(double q) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{clients} clients for {elapsed:0.0} s on {Environment.ProcessorCount} cores: {all.Length} requests ({all.Length / elapsed:0} req/s), "
            + $"{errors.Count} errors; latency p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, max {all[^1]:0.0} ms");
        Assert.True(errors.Count == 0, $"{errors.Count} errors, first: {errors.FirstOrDefault()}");
        Assert.True(all.Length >= clients, "every client got at least one answer");
    }

    /// <summary>One query; throws unless it is a 200 with data and no errors.</summary>
    static async Task SendAsync(HttpClient http, string query, CancellationToken ct)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/graphql", content, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {body}");
        var root = JsonDocument.Parse(body).RootElement;
        if (root.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"GraphQL errors for {query}: {errors}");
    }
}
