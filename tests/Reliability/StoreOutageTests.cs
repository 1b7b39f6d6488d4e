using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using UnCitationGraph.Tests.Support;
using UnCitationGraph.Ids;
using UnCitationGraph.Ingest.Generation;
using UnCitationGraph.Neo4j;
using UnCitationGraph.Sqlite;
using UnCitationGraph.Store;
using UnCitationGraph.Tests.Ingest;
using static UnCitationGraph.Tests.Support.TestRun;

namespace UnCitationGraph.Tests.Reliability;

/// <summary>
/// The worker process through store outages: Neo4j unreachable, answering 503 and bare 500s, hanging past the timeout,
/// and failing in the middle of a run; SQLite locked by another process. The worker retries with backoff, its circuit
/// breaker opens, it says so in its log, keeps every file, and stores each exactly once when the store is back.
/// </summary>
public sealed class StoreOutageTests : IDisposable
{
    readonly WorkerInbox _box = new();

    public void Dispose() => _box.Dispose();

    static string Key(GeneratedDocument d) => d.Symbol + "|" + d.Language; // the store's version key (ReadVersion.cypher)
    static string Hash(GeneratedDocument d) => ContentHash.Of(Encoding.UTF8.GetBytes(d.Text));

    void AssertAllWaiting(int count, WorkerProcess worker)
    {
        Assert.Equal(count, _box.Waiting());
        Assert.Empty(Directory.EnumerateFiles(_box.Failed));
        Assert.False(worker.HasExited, worker.Log);
    }

    [Fact]
    public async Task Neo4j_unreachable_then_failing_then_hanging_loses_nothing_and_recovers()
    {
        var port = Loopback.FreePort();
        var neo4j = new RecordingQueryApi { HangFor = TimeSpan.FromSeconds(3) };
        var docs = _box.Deliver(10, seed: 11);
        var environment = new Dictionary<string, string>
        {
            [Neo4jOptions.UserVariable] = "neo4j", [Neo4jOptions.PasswordVariable] = "fake-server-password",
            [Neo4jOptions.AttemptTimeoutVariable] = "1", [Neo4jOptions.MaxRetriesVariable] = "2", [Neo4jOptions.BreakDurationVariable] = "1",
        };
        using var worker = new WorkerProcess(environment, _box.Watch($"neo4j:http://127.0.0.1:{port}", batch: 4, 1, "--max-backoff", "1"));
        int Logged(string text) => worker.Output.Count(l => l.Contains(text, StringComparison.Ordinal));

        // Nothing listens: connection refused, retried inside the store, then by the worker; the breaker opens.
        await worker.WaitUntil(() => Logged("circuit open") >= 1 && Logged("Store unavailable") >= 2, TimeSpan.FromSeconds(60), "the breaker to open while Neo4j is unreachable");
        AssertAllWaiting(docs.Count, worker);

        neo4j.Health = Neo4jHealth.Unavailable503;
        await using var server = await neo4j.StartAsync(port);
        await worker.WaitUntil(() => neo4j.Answered.GetValueOrDefault(Neo4jHealth.Unavailable503) >= 3, TimeSpan.FromSeconds(60), "three 503 answers");
        neo4j.Health = Neo4jHealth.ServerError500;
        await worker.WaitUntil(() => neo4j.Answered.GetValueOrDefault(Neo4jHealth.ServerError500) >= 3, TimeSpan.FromSeconds(60), "three bare 500 answers");
        neo4j.Health = Neo4jHealth.Hanging;
        await worker.WaitUntil(() => neo4j.Answered.GetValueOrDefault(Neo4jHealth.Hanging) >= 2, TimeSpan.FromSeconds(60), "two requests hanging past the timeout");
        AssertAllWaiting(docs.Count, worker);
        Assert.Empty(neo4j.Commits);

        neo4j.Health = Neo4jHealth.Healthy;
        await worker.WaitUntil(() => _box.Waiting() == 0, TimeSpan.FromSeconds(90), "the inbox to empty once Neo4j is back");

        // An outage in the middle of a run: the versions committed before it stay, the others wait and go in after.
        var failedBefore = neo4j.Answered.GetValueOrDefault(Neo4jHealth.Unavailable503);
        neo4j.OutageAfterCommits = neo4j.Commits.Count + 1;
        var more = _box.Deliver(10, seed: 11, skip: 10);
        await worker.WaitUntil(() => more.Any(d => neo4j.Committed.ContainsKey(Key(d))), TimeSpan.FromSeconds(60), "the second delivery to start");
        await worker.WaitUntil(() => neo4j.Answered.GetValueOrDefault(Neo4jHealth.Unavailable503) >= failedBefore + 3, TimeSpan.FromSeconds(60), "three more 503 answers");
        neo4j.Health = Neo4jHealth.Healthy;
        await worker.WaitUntil(() => _box.Waiting() == 0, TimeSpan.FromSeconds(90), "the inbox to empty after the second outage");

        var all = docs.Concat(more).ToList();
        Assert.Equal(all.Count, Directory.EnumerateFiles(_box.Done).Count());
        Assert.Empty(Directory.EnumerateFiles(_box.Failed));
        Assert.All(all, d => Assert.Equal(Hash(d), neo4j.Committed[Key(d)]));
        Assert.Equal(all.Count, neo4j.Commits.Count); // each version committed once
        Assert.False(worker.HasExited);
        Report($"Neo4j outages survived: unreachable, {neo4j.Answered.GetValueOrDefault(Neo4jHealth.Unavailable503)} answers 503, "
            + $"{neo4j.Answered.GetValueOrDefault(Neo4jHealth.ServerError500)} bare 500, {neo4j.Answered.GetValueOrDefault(Neo4jHealth.Hanging)} hung past the timeout; "
            + $"breaker opened {Logged("circuit open")} times, the worker logged {Logged("Store unavailable")} retries; {all.Count} files, {neo4j.Commits.Count} commits");
    }

    [Fact]
    public async Task Sqlite_locked_by_another_process_loses_nothing_and_recovers()
    {
        await using (var created = new SqliteGraphStore(_box.Db)) await created.InitialiseAsync(Ct);

        // This test process is the other process: it takes SQLite's write lock and holds it.
        await using var holder = new SqliteConnection($"Data Source={_box.Db};Pooling=False");
        holder.Open();
        using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE; INSERT INTO language (bit, code) VALUES (62, 'zz');";
            begin.ExecuteNonQuery();
        }
        var docs = _box.Deliver(12, seed: 12);
        using var worker = new WorkerProcess(new Dictionary<string, string> { [GraphStores.SqliteBusyTimeoutVariable] = "1" }, _box.Watch(batch: 4));
        await worker.WaitUntil(() => worker.Output.Count(l => l.Contains("Store unavailable", StringComparison.Ordinal) && l.Contains("locked", StringComparison.Ordinal)) >= 2,
            TimeSpan.FromSeconds(60), "two logged retries on the locked database");
        AssertAllWaiting(docs.Count, worker);

        using (var rollback = holder.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }
        holder.Close();
        await worker.WaitUntil(() => _box.Waiting() == 0, TimeSpan.FromSeconds(90), "the inbox to empty once the lock is released");

        Assert.Equal(docs.Count, Directory.EnumerateFiles(_box.Done).Count());
        Assert.Empty(Directory.EnumerateFiles(_box.Failed));
        Assert.Equal(docs.Count, _box.Versions());
        Assert.Equal("ok", _box.IntegrityCheck());
        Report($"SQLite locked: {worker.Output.Count(l => l.Contains("Store unavailable", StringComparison.Ordinal))} logged retries, then {docs.Count} of {docs.Count} files stored: "
            + worker.Output.First(l => l.Contains("Store unavailable", StringComparison.Ordinal)));
    }
}
