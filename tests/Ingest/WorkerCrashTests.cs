using UnCitationGraph.Ingest;
using UnCitationGraph.Ingest.Generation;
using UnCitationGraph.Ingest.Worker;
using UnCitationGraph.Model;
using UnCitationGraph.Sqlite;
using static UnCitationGraph.Tests.Support.TestRun;

namespace UnCitationGraph.Tests.Ingest;

/// <summary>The inbox worker as a real process: killed with SIGKILL mid-way, and started with its store unreachable.</summary>
public sealed class WorkerCrashTests : IDisposable
{
    readonly WorkerInbox _box = new();
    string Inbox => _box.Inbox;
    string Db => _box.Db;

    public void Dispose() => _box.Dispose();

    List<GeneratedDocument> Deliver(int count, int seed) => _box.Deliver(count, seed);
    string[] Watch(string store, int batch) => _box.Watch(store, batch);
    long Versions() => _box.Versions();
    int Waiting() => _box.Waiting();

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
        Assert.Equal("ok", _box.IntegrityCheck());

        // Every file is one version, complete: its edges in its language are exactly what its text states.
        await using var store = new SqliteGraphStore(Db);
        var pipeline = ExtractionPipeline.Default;   // what the worker process runs
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
        var blocker = Path.Combine(_box.Root, "blocked");
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
