using System.CommandLine;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace UnCitationGraph.Bench;

/// <summary>
/// `queries --store PATH [--url URL]`: the five API queries of docs/benchmarks.md over HTTP (GraphQL, loopback),
/// at 1 and 16 concurrent clients, each beside the same query run by the sqlite3 CLI on the file (the floor).
/// Without --url the API is started on the store (`dotnet run --project graph-api -c Release --no-build`).
/// Each setting runs until --requests requests or --seconds seconds, whichever comes first.
/// </summary>
public static class QueryBench
{
    /// <summary>One benchmarked query: its GraphQL text, the variables of request i, and the SQL floor for the same i.</summary>
    sealed record Case(string Name, string GraphQL, Func<int, object> Variables, Func<int, string> Sql);

    public static Command Create()
    {
        var store = new Option<string>("--store") { Description = "The SQLite file (e.g. built by `graph`).", Required = true };
        var url = new Option<string?>("--url") { Description = "A running API's base address; started on the store when left out." };
        var clients = new Option<int[]>("--clients") { DefaultValueFactory = _ => [1, 16], AllowMultipleArgumentsPerToken = true };
        var requests = new Option<int>("--requests") { Description = "At most this many requests per setting.", DefaultValueFactory = _ => 2000 };
        var seconds = new Option<double>("--seconds") { Description = "At most this long per setting.", DefaultValueFactory = _ => 10 };
        var only = new Option<string[]>("--only") { Description = "Run only these cases (by-symbol, cited-by, lineage, path, orphans).", AllowMultipleArgumentsPerToken = true };
        // The server's CPU per request keeps falling for some 20,000 requests while the JIT promotes hot methods: a
        // short warm-up measured partly compiled code, whose recompilations also land in the p99.
        var warmup = new Option<double>("--warmup-seconds") { Description = "Untimed load per query and client count first, so the server runs its optimised code.", DefaultValueFactory = _ => 3 };
        var command = new Command("queries", "API queries over HTTP at 1 and 16 clients (p50, p99, requests/s), beside the sqlite3 CLI floor.")
            { store, url, clients, requests, seconds, only, warmup };
        command.SetAction((r, ct) => RunAsync(r.GetValue(store)!, r.GetValue(url), r.GetValue(clients)!, r.GetValue(requests),
            TimeSpan.FromSeconds(r.GetValue(seconds)), r.GetValue(only) ?? [], TimeSpan.FromSeconds(r.GetValue(warmup)), ct));
        return command;
    }

    static async Task<int> RunAsync(string path, string? url, int[] clientCounts, int requests, TimeSpan limit, string[] only,
        TimeSpan warmup, CancellationToken ct)
    {
        path = Path.GetFullPath(path);
        var (symbols, pathTarget) = Sample(path);
        var cases = Cases(symbols, pathTarget).Where(c => only.Length == 0 || only.Contains(c.Name)).ToList();
        using var api = url is null ? await ApiProcess.StartAsync(path, ct) : null;
        var baseAddress = new Uri(url ?? api!.Url);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clientCounts.Max(), PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

        Report.Header($"Queries on {Path.GetFileName(path)} ({new FileInfo(path).Length / 1e6:0} MB, {symbols.Count} sampled symbols)",
            "query", "clients", "requests", "p50 ms", "p99 ms", "requests/s", "sqlite3 mean ms");
        foreach (var c in cases)
        {
            var floor = SqliteFloor(path, c, Math.Min(requests, 200));
            // Warm-up (JIT tiers, page cache), failing early on a GraphQL error.
            for (var i = 0; i < Math.Min(200, requests); i++) await HttpLoad.PostGraphQLAsync(http, c.GraphQL, c.Variables(i), ct);
            foreach (var clients in clientCounts)
                await HttpLoad.RunAsync(clients, (i, t) => HttpLoad.PostGraphQLAsync(http, c.GraphQL, c.Variables(i), t), warmup, int.MaxValue, ct);
            foreach (var clients in clientCounts)
            {
                var run = await HttpLoad.RunAsync(clients, (i, t) => HttpLoad.PostGraphQLAsync(http, c.GraphQL, c.Variables(i), t), limit, requests, ct);
                if (run.Errors.Count > 0) throw new InvalidOperationException($"{c.Name}: {run.Errors.Count} errors, first: {run.Errors[0]}");
                Report.Row(c.Name, clients, run.Requests, run.Percentile(0.5), run.Percentile(0.99), run.RequestsPerSecond,
                    floor is { } f ? f : "n/a");
            }
        }
        return 0;
    }

    static IEnumerable<Case> Cases(IReadOnlyList<string> symbols, string pathTarget)
    {
        string Symbol(int i) => symbols[i % symbols.Count];
        static string Q(string s) => "'" + s.Replace("'", "''") + "'";
        yield return new("by-symbol",
            "query($s: String!) { document(symbol: $s) { id symbol title body documentKind year date ingested } }",
            i => new { s = Symbol(i) },
            i => $"SELECT id, kind, label, body, doc_kind, year, session, date, ingested FROM node WHERE id = {Q(Symbol(i))};");
        yield return new("cited-by",
            """query { instrument(id: "instrument:un-charter") { citedBy(first: 20) { edges { cursor node { sourceId location text relation languages } } pageInfo { hasNextPage endCursor } } } }""",
            _ => new { },
            _ => """
                SELECT c.key, s.id, c.location, c.text, c.relation, c.langs FROM cites c JOIN node s ON s.key = c.source
                WHERE c.target = (SELECT key FROM node WHERE id = 'instrument:un-charter') ORDER BY c.source, c.key LIMIT 21;
                """);
        yield return new("lineage",
            "query($s: String!) { lineage(symbol: $s, direction: ANCESTORS, maxDepth: 3, first: 100) { truncated nodes { depth node { id label } } edges { sourceId targetId location } } }",
            i => new { s = Symbol(i) },
            i => $"""
                WITH RECURSIVE walk(key, depth) AS (SELECT key, 0 FROM node WHERE id = {Q(Symbol(i))}
                  UNION SELECT c.target, w.depth + 1 FROM walk w JOIN cites c ON c.source = w.key WHERE w.depth < 3)
                SELECT n.id, min(w.depth) FROM walk w JOIN node n ON n.key = w.key GROUP BY w.key LIMIT 100;
                """);
        yield return new("path",
            "query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxDepth: 6) { length nodeIds } }",
            i => new { a = Symbol(i), b = pathTarget },
            i => $"""
                WITH RECURSIVE walk(key, depth) AS (SELECT key, 0 FROM node WHERE id = {Q(Symbol(i))}
                  UNION SELECT c.target, w.depth + 1 FROM walk w JOIN cites c ON c.source = w.key WHERE w.depth < 6)
                SELECT min(depth) FROM walk WHERE key = (SELECT key FROM node WHERE id = {Q(pathTarget)});
                """);
        yield return new("orphans",
            "query { orphanedFootnotes(first: 20) { edges { node { documentId language marker problem } } pageInfo { hasNextPage endCursor } } }",
            _ => new { },
            _ => """
                SELECT o.key, n.id, v.language, o.marker, o.problem FROM orphan o JOIN version v ON v.key = o.version
                JOIN node n ON n.key = v.doc ORDER BY o.key LIMIT 21;
                """);
    }

    /// <summary>1,000 ingested symbols spread over the file, and the path target: the most cited ingested document.</summary>
    static (IReadOnlyList<string> Symbols, string PathTarget) Sample(string path)
    {
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        c.Open();
        using var q = c.CreateCommand();
        q.CommandText = "SELECT id FROM node WHERE kind = 0 AND ingested = 1 AND id NOT LIKE 'hash:%' AND key % 97 = 0 ORDER BY key LIMIT 1000";
        var symbols = new List<string>();
        using (var r = q.ExecuteReader()) while (r.Read()) symbols.Add(r.GetString(0));
        var rng = new Random(7);
        rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(symbols));
        q.CommandText = "SELECT id FROM node WHERE kind = 0 AND ingested = 1 ORDER BY citers DESC LIMIT 1";
        return (symbols, (string)q.ExecuteScalar()!);
    }

    /// <summary>
    /// The same query through the sqlite3 CLI, n times in one process: the mean time per query in ms (the CLI's own
    /// timer counts whole milliseconds only), from the run's wall time less that of the CLI opening the file.
    /// </summary>
    static double? SqliteFloor(string path, Case c, int n)
    {
        var script = new System.Text.StringBuilder(".output /dev/null\n");
        for (var i = 0; i < n; i++) script.Append(c.Sql(i).ReplaceLineEndings(" ")).Append('\n');
        double? Run(string sql)
        {
            var info = new ProcessStartInfo("sqlite3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add("-readonly");
            info.ArgumentList.Add(path);
            var watch = Stopwatch.StartNew();
            Process process;
            try { process = Process.Start(info)!; }
            catch (System.ComponentModel.Win32Exception) { return null; }
            process.StandardInput.Write(sql);
            process.StandardInput.Close();
            var errors = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (errors.Length > 0) throw new InvalidOperationException($"sqlite3 ({c.Name}): {errors}");
            return watch.Elapsed.TotalMilliseconds;
        }
        Run(script.ToString()); // warm the page cache
        var empty = Enumerable.Range(0, 3).Min(_ => Run(".output /dev/null\nSELECT 1;\n"));
        var full = Enumerable.Range(0, 2).Min(_ => Run(script.ToString()));
        return full is { } f && empty is { } e ? Math.Max(0, f - e) / n : null;
    }

    /// <summary>The API on the store, as `dotnet run --project graph-api` starts it, on a free loopback port.</summary>
    sealed class ApiProcess : IDisposable
    {
        readonly Process _process;
        public string Url { get; }

        ApiProcess(Process process, string url) { _process = process; Url = url; }

        public static async Task<ApiProcess> StartAsync(string store, CancellationToken ct)
        {
            var root = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(root, "KnowledgeGraph.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from the repository (KnowledgeGraph.sln not found); or pass --url.");
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var url = $"http://127.0.0.1:{port}";
            var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in (string[])["run", "--project", "graph-api", "-c", "Release", "--no-build", "--", "--store", "sqlite:" + store, "--urls", url])
                info.ArgumentList.Add(a);
            info.Environment["Logging__LogLevel__Default"] = "Warning";
            var process = Process.Start(info)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine("api: " + e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var probe = new HttpClient();
            for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(120); await Task.Delay(250, ct))
            {
                if (process.HasExited) throw new InvalidOperationException($"The API exited ({process.ExitCode}).");
                try { if ((await probe.GetAsync(url + "/healthz", ct)).IsSuccessStatusCode) return new ApiProcess(process, url); }
                catch (HttpRequestException) { }
            }
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The API did not answer /healthz within 120 s.");
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            _process.Dispose();
        }
    }
}
