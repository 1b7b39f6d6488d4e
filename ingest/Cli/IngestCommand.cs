using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using UnCitationGraph.Ingest.Worker;
using UnCitationGraph.Store;

namespace UnCitationGraph.Ingest.Cli;

/// <summary>
/// `ingest [--store SPEC] PATH...`: one-shot ingest of files and folders, with a progress bar on a terminal
/// (plain progress lines otherwise) and a summary. Exit code 0 when every file went in, 1 when some failed,
/// 2 when the store could not be used.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var parallelism = new Option<int>("--parallelism") { Description = "Extraction threads.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxFile = MaxFileSizeOption.Create();
        var batch = new Option<int>("--batch") { Description = "Versions per store transaction.", DefaultValueFactory = _ => new IngestOptions(1).BatchSize };
        var paths = new Argument<string[]>("paths") { Description = "Files and folders (read recursively).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Ingest files and folders into the graph store, then print a summary.") { store, parallelism, batch, maxFile, paths };
        command.SetAction((result, ct) => RunAsync(result.GetValue(store)!, result.GetValue(paths)!,
            new IngestOptions(Math.Max(1, result.GetValue(parallelism)), Math.Max(1, result.GetValue(batch)),
                MaxFileBytes: MaxFileSizeOption.Bytes(result.GetValue(maxFile))), ct));
        return command;
    }

    static async Task<int> RunAsync(string spec, string[] paths, IngestOptions options, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var tally = new IngestTally();
        var files = InputFiles.Expand(paths, missing => tally.Failed(missing, "No such file or folder.")).ToList();
        await using var store = await StoreOption.OpenAsync(spec, ct);
        if (store is null) return 2;
        using var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter(level => level >= LogLevel.Warning));
        var engine = new IngestEngine(store, ExtractionPipeline.Default, options, logging.CreateLogger("ingest"));

        var channel = Channel.CreateUnbounded<string>();
        foreach (var file in files) channel.Writer.TryWrite(file);
        channel.Writer.Complete();
        try
        {
            if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
                await AnsiConsole.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("Ingesting", maxValue: Math.Max(1, files.Count));
                    var run = engine.RunAsync(channel.Reader, tally, ct);
                    while (!run.IsCompleted)
                    {
                        task.Value = tally.Done;
                        await Task.WhenAny(run, Task.Delay(200, ct));
                    }
                    task.Value = tally.Done;
                    await run;
                });
            else
            {
                var run = engine.RunAsync(channel.Reader, tally, ct);
                while (await Task.WhenAny(run, Task.Delay(2000, ct)) != run)
                    Console.WriteLine($"progress: {tally.Done}/{files.Count} files, {watch.Elapsed.TotalSeconds:0}s");
                await run;
            }
        }
        catch (Exception e) when (StoreErrors.IsTransient(e))
        {
            Console.Error.WriteLine($"error: the store stayed unavailable ({e.Message}); {tally.Done} of {files.Count} files were handled before it went.");
            return 2;
        }

        var counts = await store.GetCountsAsync(ct);
        foreach (var (path, reason) in tally.Failures.OrderBy(f => f.Path, StringComparer.Ordinal))
            Console.Error.WriteLine($"failed: {path}: {reason}");
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"""
            Ingested {files.Count} files in {seconds:0.0} s ({files.Count / Math.Max(seconds, 0.001):0} files/s)
              versions   {tally.Inserted} new, {tally.Replaced} replaced, {tally.Unchanged + tally.Skipped} unchanged
              references {tally.References} in the versions written
              failures   {tally.Failures.Count}
            Store {spec}
              documents  {counts.Documents} ({counts.IngestedDocuments} ingested, {counts.Documents - counts.IngestedDocuments} unresolved: cited, not ingested; {counts.Unidentified} unidentified)
              versions   {counts.Versions}
              citations  {counts.Citations}
              instruments {counts.Instruments}, web resources {counts.WebResources}, orphaned footnotes {counts.Orphans}
            """);
        return tally.Failures.IsEmpty ? 0 : 1;
    }
}
