using System.CommandLine;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using UnCitationGraph.Ingest;
using UnCitationGraph.Ingest.Cli;
using UnCitationGraph.Ingest.Generation;
using UnCitationGraph.Ingest.Worker;
using UnCitationGraph.Sqlite;

namespace UnCitationGraph.Bench;

/// <summary>
/// `ingest --store PATH (--documents N [--seed S] | PATH...)`: end-to-end ingest into a new SQLite store, the
/// way the `ingest` command does it (files read, hashed, extracted on every core, written in batches by one
/// writer). With --documents the corpus is generated into a folder beside the store first (not timed).
/// </summary>
public static class IngestBench
{
    public static Command Create()
    {
        var documents = new Option<int?>("--documents") { Description = "Generate this many files first (beside the store)." };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var store = new Option<string>("--store") { Description = "SQLite file to fill (created; must not exist).", Required = true };
        var batch = new Option<int>("--batch") { Description = "Versions per store transaction.", DefaultValueFactory = _ => IngestOptions.Default.BatchSize };
        var parallelism = new Option<int>("--parallelism") { DefaultValueFactory = _ => Environment.ProcessorCount };
        var paths = new Argument<string[]>("paths") { Description = "Corpus files or folders.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("ingest", "End-to-end ingest into a new SQLite store: documents/s, citations/s, peak memory.")
            { documents, seed, store, batch, parallelism, paths };
        command.SetAction((r, ct) => RunAsync(r.GetValue(documents), r.GetValue(seed), r.GetValue(store)!, r.GetValue(paths) ?? [],
            new IngestOptions(r.GetValue(parallelism), r.GetValue(batch)), ct));
        return command;
    }

    static async Task<int> RunAsync(int? documents, int seed, string path, string[] paths, IngestOptions options, CancellationToken ct)
    {
        if (File.Exists(path)) { Console.Error.WriteLine($"error: {path} exists; the bench fills a new store."); return 2; }
        if (documents is { } n)
        {
            var folder = new DirectoryInfo(Path.ChangeExtension(Path.GetFullPath(path), null) + $"-corpus-{n}-{seed}");
            if (!folder.Exists)
            {
                var generated = Stopwatch.StartNew();
                var (files, bytes) = GenerateCommand.Write(new CorpusGenerator(n, seed), folder, ct);
                Console.Error.WriteLine($"generated {files:N0} files ({bytes / 1e6:0} MB) in {generated.Elapsed.TotalSeconds:0} s into {folder}");
            }
            paths = [folder.FullName, .. paths];
        }
        var list = InputFiles.Expand(paths, missing => Console.Error.WriteLine($"missing: {missing}")).ToList();
        var megabytes = list.Sum(f => new FileInfo(f).Length) / 1e6;

        var watch = Stopwatch.StartNew();
        await using var store = new SqliteGraphStore(path);
        await store.InitialiseAsync(ct);
        var tally = new IngestTally();
        var engine = new IngestEngine(store, ExtractionPipeline.Default, options, NullLogger.Instance);
        var channel = Channel.CreateUnbounded<string>();
        foreach (var file in list) channel.Writer.TryWrite(file);
        channel.Writer.Complete();
        var run = engine.RunAsync(channel.Reader, tally, ct);
        while (await Task.WhenAny(run, Task.Delay(10_000, ct)) != run)
            Console.Error.WriteLine($"  {tally.Done:N0}/{list.Count:N0} files, {tally.Done / watch.Elapsed.TotalSeconds:0} /s, {Report.PeakMemoryMb():0} MB peak");
        await run;
        var seconds = watch.Elapsed.TotalSeconds;
        var counts = await store.GetCountsAsync(ct);

        Report.Header("End-to-end ingest into SQLite", "files", "MB", "parallelism", "batch", "seconds", "documents/s", "citations/s", "MB/s", "peak MB", "failures", "edges in store");
        Report.Row(list.Count, megabytes, options.Parallelism, options.BatchSize, seconds, tally.Done / seconds, tally.References / seconds,
            megabytes / seconds, Report.PeakMemoryMb(), tally.Failures.Count, counts.Citations);
        return tally.Failures.IsEmpty ? 0 : 1;
    }
}
