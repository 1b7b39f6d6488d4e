using Microsoft.Data.Sqlite;
using UnCitationGraph.Ingest;
using UnCitationGraph.Ingest.Generation;
using UnCitationGraph.Ingest.Worker;
using UnCitationGraph.Model;
using UnCitationGraph.Sqlite;

namespace UnCitationGraph.Tests.Ingest;

/// <summary>The inbox worker as a real process: killed with SIGKILL mid-way, and started with its store unreachable.</summary>
public sealed class WorkerCrashTests : IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("ucg-worker-").FullName;
    string Inbox => Path.Combine(_root, "inbox");
    string Db => Path.Combine(_root, "graph.db");
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Writes files beside the inbox, then renames them in: the worker never sees half a file.</summary>
    List<GeneratedDocument> Deliver(int count, int seed)
    {
        var staging = Directory.CreateDirectory(Path.Combine(_root, "staging")).FullName;
        Directory.CreateDirectory(Inbox);
        var docs = new CorpusGenerator(count, seed).Generate().ToList();
        foreach (var d in docs) File.WriteAllText(Path.Combine(staging, d.FileName), d.Text);
        foreach (var d in docs) File.Move(Path.Combine(staging, d.FileName), Path.Combine(Inbox, d.FileName));
        return docs;
    }

    string[] Watch(string store, int batch) =>
        ["watch", "--inbox", Inbox, "--store", store, "--rescan", "0.5", "--settle", "0", "--parallelism", "1", "--batch", batch.ToString()];

    long Versions()
    {
        if (!File.Exists(Db)) return 0;
        using var c = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var q = c.CreateCommand();
        q.CommandText = "SELECT count(*) FROM version";
        try { return (long)q.ExecuteScalar()!; }
        catch (SqliteException) { return 0; } // not created yet
    }

    int Waiting() => Directory.EnumerateFiles(Inbox).Count();

    [Fact]
    public async Task A_worker_killed_mid_way_resumes_and_stores_every_document_exactly_once()
    {
        var docs = Deliver(2000, seed: 42);
        long atKill;
        using (var worker = new WorkerProcess(Watch("sqlite:" + Db, batch: 8)))
        {
            await worker.WaitUntil(() => Versions() >= 300, TimeSpan.FromSeconds(60), "300 versions");
            worker.KillHard();
            atKill = Versions();
        }
        Assert.InRange(atKill, 300, docs.Count - 1); // killed mid-way, not after

        using (var worker = new WorkerProcess(Watch("sqlite:" + Db, batch: 64)))
            await worker.WaitUntil(() => Waiting() == 0 && Versions() == docs.Count, TimeSpan.FromSeconds(90), "every file handled");

        Assert.Equal(docs.Count, Directory.EnumerateFiles(Path.Combine(Inbox, InboxWorker.DoneFolder)).Count());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Inbox, InboxWorker.FailedFolder)));
        using (var c = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            c.Open();
            using var q = c.CreateCommand();
            q.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", q.ExecuteScalar());
        }

        // Every file is one version, complete: its edges in its language are exactly what its text states.
        await using var store = new SqliteGraphStore(Db);
        var pipeline = DocumentPipelines.Default();   // what the worker process runs
        foreach (var doc in docs)
        {
            var versions = await store.GetVersionsAsync(doc.Symbol, Ct);
            Assert.Single(versions, v => v.Language == doc.Language);
            var expected = pipeline.Extract(System.Text.Encoding.UTF8.GetBytes(doc.Text), doc.FileName).References
                .Select(r => (r.Target, r.Location)).Distinct().Count();
            var stored = await store.GetCitationsAsync(doc.Symbol, Direction.Outgoing, new UnCitationGraph.Store.CitationFilter(Language: doc.Language), new PageRequest(1000), Ct);
            Assert.Equal(expected, stored.Items.Count);
        }
        Assert.Equal(docs.Select(d => d.Symbol).Distinct().Count(), (await store.GetCountsAsync(Ct)).IngestedDocuments);
    }

    [Fact]
    public async Task With_the_store_unreachable_the_worker_retries_and_loses_no_file()
    {
        var docs = Deliver(20, seed: 5);
        var blocker = Path.Combine(_root, "blocked");
        File.WriteAllText(blocker, "a file where the store's folder should be");
        var unreachable = Path.Combine(blocker, "graph.db");

        using var worker = new WorkerProcess(Watch("sqlite:" + unreachable, batch: 8));
        await worker.WaitUntil(() => worker.Output.Count(l => l.Contains("Store unavailable")) >= 2, TimeSpan.FromSeconds(30), "two logged retries");
        Assert.Equal(docs.Count, Waiting()); // nothing taken, nothing failed
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Inbox, InboxWorker.FailedFolder)));

        File.Delete(blocker); // the store comes back
        await worker.WaitUntil(() => Waiting() == 0, TimeSpan.FromSeconds(60), "the inbox to empty once the store is back");
        Assert.Equal(docs.Count, Directory.EnumerateFiles(Path.Combine(Inbox, InboxWorker.DoneFolder)).Count());
        await using var store = new SqliteGraphStore(unreachable);
        Assert.Equal(docs.Count, (await store.GetCountsAsync(Ct)).Versions);
    }
}
