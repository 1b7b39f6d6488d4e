using System.Collections.Concurrent;
using UnCitationGraph.Neo4j;
using UnCitationGraph.Tests.Neo4j;

namespace UnCitationGraph.Tests.Reliability;

/// <summary>How the fake Neo4j behaves just now.</summary>
enum Neo4jHealth { Healthy, Unavailable503, ServerError500, Hanging }

/// <summary>
/// The loopback Query API fake (<see cref="FakeQueryApi"/>) with just enough memory to act as the worker's store:
/// it remembers which version (key and content hash) each explicit transaction wrote and keeps it only when that
/// transaction commits, answers HasContent and ReadVersion from what was committed, and can be switched at any
/// time to answer 503 (Neo.TransientError), a bare 500, or to hang past the client's timeout.
/// </summary>
sealed class RecordingQueryApi
{
    static readonly string HasContent = CypherStatements.Get("HasContent"), ReadVersion = CypherStatements.Get("ReadVersion"),
        UpsertDocument = CypherStatements.Get("UpsertDocument");

    readonly ConcurrentDictionary<string, (string Key, string Hash)?> _open = new();
    int _transactions;

    public volatile Neo4jHealth Health;
    public TimeSpan HangFor { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>When set, the server turns to answering 503 right after this many commits: an outage in the middle of a
    /// run, whatever the speed of the worker (switching from the test instead races the worker on an idle machine).</summary>
    public volatile int OutageAfterCommits = int.MaxValue;

    /// <summary>Committed versions: key (symbol|language) to content hash, and every commit in order.</summary>
    public ConcurrentDictionary<string, string> Committed { get; } = new(StringComparer.Ordinal);
    public ConcurrentQueue<string> Commits { get; } = new();

    /// <summary>Requests answered (or hung) in each state.</summary>
    public ConcurrentDictionary<Neo4jHealth, int> Answered { get; } = new();

    public Task<FakeQueryApi> StartAsync(int port) => FakeQueryApi.StartAsync(r => Task.FromResult(Answer(r)), port);

    FakeAnswer Answer(FakeRequest r)
    {
        var health = Health;
        Answered.AddOrUpdate(health, 1, (_, n) => n + 1);
        switch (health)
        {
            case Neo4jHealth.Unavailable503:
                return FakeAnswer.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "The database is unavailable.");
            case Neo4jHealth.ServerError500:
                return FakeAnswer.Bare(500);
            case Neo4jHealth.Hanging:
                return FakeAnswer.Empty() with { Delay = HangFor };
        }
        var parameters = r.Body?["parameters"];
        if (r.Path.EndsWith("/query/v2", StringComparison.Ordinal))
            return r.Statement == HasContent
                ? FakeAnswer.Result(["stored"], [[Committed.Values.Contains(parameters!["contentHash"]!.GetValue<string>())]])
                : FakeAnswer.Empty();
        if (r.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal))
        {
            var id = "t" + Interlocked.Increment(ref _transactions);
            _open[id] = null;
            var transaction = new { id, expires = DateTimeOffset.UtcNow.AddMinutes(1).ToString("O") };
            return r.Statement == ReadVersion
                ? FakeAnswer.Result(["contentHash"], [[Committed.GetValueOrDefault(parameters!["key"]!.GetValue<string>())]], transaction: transaction)
                : FakeAnswer.Result([], [], transaction: transaction);
        }
        var segments = r.Path.Split('/');
        var commit = segments[^1] == "commit";
        var tx = commit ? segments[^2] : segments[^1];
        if (r.Method == "DELETE") { _open.TryRemove(tx, out _); return FakeAnswer.Empty(); }
        if (commit)
        {
            if (_open.TryRemove(tx, out var written) && written is { } version)
            {
                Committed[version.Key] = version.Hash;
                Commits.Enqueue(version.Key);
                if (Commits.Count >= OutageAfterCommits) { OutageAfterCommits = int.MaxValue; Health = Neo4jHealth.Unavailable503; }
            }
            return FakeAnswer.Empty();
        }
        if (r.Statement == UpsertDocument)
        {
            var v = parameters!["version"]!;
            _open[tx] = (v["key"]!.GetValue<string>(), v["contentHash"]!.GetValue<string>());
        }
        return FakeAnswer.Empty();
    }
}
