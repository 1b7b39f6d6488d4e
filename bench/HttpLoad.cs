using System.Diagnostics;
using System.Net.Http.Json;

namespace UnCitationGraph.Bench;

/// <summary>
/// Concurrent clients against the GraphQL endpoint: the loop `bench queries` measures with and the reliability load
/// test (tests/Reliability/LoadTests, tests/load.sh) checks with. Each request's latency is kept; a failed request is
/// kept as an error and the run goes on.
/// </summary>
public static class HttpLoad
{
    /// <summary>What a run gave: latencies (ms, sorted), the errors' messages, the wall time.</summary>
    public sealed record Result(double[] Latencies, IReadOnlyList<string> Errors, double Seconds)
    {
        public int Requests => Latencies.Length;
        public double RequestsPerSecond => Latencies.Length / Seconds;

        /// <summary>The latency (ms) that a fraction <paramref name="p"/> of the requests took at most.</summary>
        public double Percentile(double p) =>
            Latencies.Length == 0 ? double.NaN : Latencies[Math.Clamp((int)Math.Ceiling(p * Latencies.Length) - 1, 0, Latencies.Length - 1)];
    }

    /// <summary>
    /// <paramref name="clients"/> loops sending request 0, 1, 2 … (<paramref name="send"/> is given the number) until
    /// <paramref name="maxRequests"/> were sent or <paramref name="limit"/> has passed, whichever comes first.
    /// </summary>
    public static async Task<Result> RunAsync(int clients, Func<int, CancellationToken, Task> send, TimeSpan limit,
        int maxRequests = int.MaxValue, CancellationToken ct = default)
    {
        var (latencies, errors) = (new List<double>(), new List<string>());
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var (mine, failed) = (new List<double>(), new List<string>());
            for (int i; watch.Elapsed < limit && (i = Interlocked.Increment(ref next)) < maxRequests;)
            {
                var start = Stopwatch.GetTimestamp();
                try { await send(i, ct); }
                catch (Exception e) when (!ct.IsCancellationRequested) { failed.Add(e.Message); }
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            lock (latencies) { latencies.AddRange(mine); errors.AddRange(failed); }
        }, ct)));
        var seconds = watch.Elapsed.TotalSeconds;
        latencies.Sort();
        return new Result([.. latencies], errors, seconds);
    }

    /// <summary>One GraphQL request; throws unless it is a 200 without errors.</summary>
    public static async Task PostGraphQLAsync(HttpClient http, string query, object? variables, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        // A top-level "errors" key; a string in the data holding the word in quotes would read \"errors\".
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode} for {Cut(query, 120)}: {Cut(body, 400)}");
    }

    static string Cut(string s, int length) => s.Length <= length ? s : s[..length] + "…";
}
