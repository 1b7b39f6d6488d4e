using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using UnCitationGraph.Ids;
using UnCitationGraph.Ingest.Generation;
using UnCitationGraph.Sqlite;
using UnCitationGraph.Store;

namespace UnCitationGraph.Bench;

/// <summary>
/// `graph --documents N --seed S --store PATH`: the store's write path alone. The generator's own account of each
/// file (<see cref="GeneratedDocument.Truth"/>) goes straight into the SQLite store in batches, with no files and no
/// extraction; this builds the 100,000 and 1,000,000 document graphs of the query benchmarks in minutes.
/// </summary>
public static class GraphBench
{
    public static Command Create()
    {
        var documents = new Option<int>("--documents") { Description = "Files (language versions) to generate.", Required = true };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var store = new Option<string>("--store") { Description = "SQLite file to fill (created; must not exist).", Required = true };
        var batch = new Option<int>("--batch") { Description = "Versions per store transaction.", DefaultValueFactory = _ => 1024 };
        var command = new Command("graph", "Write a generated graph straight into a SQLite store and time the store's writes.") { documents, seed, store, batch };
        command.SetAction((r, ct) => RunAsync(r.GetValue(documents), r.GetValue(seed), r.GetValue(store)!, r.GetValue(batch), ct));
        return command;
    }

    static async Task<int> RunAsync(int documents, int seed, string path, int batchSize, CancellationToken ct)
    {
        if (File.Exists(path)) { Console.Error.WriteLine($"error: {path} exists; the bench fills a new store."); return 2; }
        await using var store = new SqliteGraphStore(path);
        await store.InitialiseAsync(ct);

        // Generation, then the batch's write, in turn: the write's wall and CPU time are the writer's alone
        // (other processes on the machine inflate the wall time; CPU time is the steadier figure).
        long versions = 0, citations = 0;
        var writing = new Stopwatch();
        var writingCpu = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        var batch = new List<VersionRecord>(batchSize);
        foreach (var doc in new CorpusGenerator(documents, seed).Generate())
        {
            var hash = ContentHash.Of(Encoding.UTF8.GetBytes(doc.Text));
            batch.Add(VersionRecordBuilder.Build(doc.Truth, doc.FileName, hash, now));
            if (batch.Count == batchSize) await WriteAsync();
        }
        if (batch.Count > 0) await WriteAsync();
        total.Stop();

        async Task WriteAsync()
        {
            var cpu = Report.CpuTime();
            writing.Start();
            await store.UpsertVersionsAsync(batch, ct);
            writing.Stop();
            writingCpu += Report.CpuTime() - cpu;
            versions += batch.Count;
            citations += batch.Sum(b => b.Citations.Count);
            batch.Clear();
            if (versions % 100_000 < batchSize) Console.Error.WriteLine($"  {versions:N0} versions, {versions / writing.Elapsed.TotalSeconds:0} /s");
        }
        var counts = await store.GetCountsAsync(ct);
        Report.Header("Store writes (generated graph, no extraction)", "documents", "batch", "write s", "write CPU s", "versions/s (writer)", "versions per CPU s", "citations/s (writer)", "wall s", "peak MB", "nodes", "edges", "file MB");
        Report.Row(documents, batchSize, writing.Elapsed.TotalSeconds, writingCpu.TotalSeconds, versions / writing.Elapsed.TotalSeconds, versions / writingCpu.TotalSeconds, citations / writing.Elapsed.TotalSeconds,
            total.Elapsed.TotalSeconds, Report.PeakMemoryMb(), counts.Documents + counts.Instruments + counts.WebResources, counts.Citations, new FileInfo(path).Length / 1e6);
        return 0;
    }
}
