using UnCitationGraph.Bench;
using UnCitationGraph.Tests.Api;

namespace UnCitationGraph.Tests.Reliability;

/// <summary>
/// Concurrent clients against the real API on loopback (Kestrel, the seed graph), each in a bounded loop over a mix of
/// the queries users run: zero errors allowed; throughput and latency percentiles reported. 5 seconds in the default
/// run; tests/load.sh runs it for 60 seconds (UCG_LOAD_SECONDS, UCG_LOAD_CLIENTS) for the README's figures. The loop is
/// the one `bench queries` measures with (<see cref="HttpLoad"/>).
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
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30),
        };
        foreach (var query in Mix) await HttpLoad.PostGraphQLAsync(http, query, null, ct); // warm-up, and each query checked once

        var run = await HttpLoad.RunAsync(clients, (i, t) => HttpLoad.PostGraphQLAsync(http, Mix[i % Mix.Length], null, t), TimeSpan.FromSeconds(seconds), ct: ct);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{clients} clients for {run.Seconds:0.0} s on {Environment.ProcessorCount} cores: {run.Requests} requests ({run.RequestsPerSecond:0} req/s), "
            + $"{run.Errors.Count} errors; latency p50 {run.Percentile(0.50):0.0} ms, p95 {run.Percentile(0.95):0.0} ms, p99 {run.Percentile(0.99):0.0} ms, max {run.Latencies[^1]:0.0} ms");
        Assert.True(run.Errors.Count == 0, $"{run.Errors.Count} errors, first: {run.Errors.FirstOrDefault()}");
        Assert.True(run.Requests >= clients, "every client got at least one answer");
    }
}
