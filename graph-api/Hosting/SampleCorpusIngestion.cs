using System.Diagnostics;
using System.Threading.Channels;
using UnCitationGraph.Ingest;
using UnCitationGraph.Ingest.Cli;
using UnCitationGraph.Ingest.Worker;
using UnCitationGraph.Store;

namespace UnCitationGraph.GraphApi.Hosting;

public static class SampleCorpusIngestionRegistration
{
    /// <summary>On start, before the server listens: initialise the store and, when it holds no document, ingest the corpus (--corpus, else samples/).</summary>
    public static IServiceCollection AddSampleCorpusIngestion(this IServiceCollection services)
    {
        services.AddSingleton(provider => new CorpusLocation(SampleCorpus.Locate(provider.GetRequiredService<IConfiguration>()["corpus"])));
        services.AddHostedService<SampleCorpusIngestion>();
        return services;
    }
}

/// <summary>The corpus the server ingests into an empty store; null when there is none to find.</summary>
public sealed record CorpusLocation(string? Path);

/// <summary>
/// Initialises the store and fills it from the sample corpus when it is empty, so a fresh clone serves a real graph;
/// later starts reuse the store. Goes through the ingest engine, like the CLI's ingest command.
/// </summary>
public sealed class SampleCorpusIngestion(IGraphStore store, CorpusLocation corpus, ILogger<SampleCorpusIngestion> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await store.InitialiseAsync(ct);
        var counts = await store.GetCountsAsync(ct);
        if (counts.IngestedDocuments > 0)
        {
            log.LogInformation("The store holds {Documents} ingested documents: serving them.", counts.IngestedDocuments);
            return;
        }
        if (corpus.Path is null)
        {
            log.LogWarning("The store is empty and no sample corpus was found: pass --corpus PATH.");
            return;
        }

        var files = SampleCorpus.Files(corpus.Path, missing => log.LogWarning("No such corpus: {Path}", missing));
        var observer = new CountingObserver(log);
        var engine = new IngestEngine(store, ExtractionPipeline.Default, IngestOptions.Default, log);
        var channel = Channel.CreateUnbounded<string>();
        foreach (var file in files) channel.Writer.TryWrite(file);
        channel.Writer.Complete();

        Console.WriteLine($"The store is empty: ingesting {files.Count} files from {corpus.Path} ...");
        var watch = Stopwatch.StartNew();
        var run = engine.RunAsync(channel.Reader, observer, ct);
        var bar = new IngestProgressBar(files.Count);
        while (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(Console.IsOutputRedirected ? 2 : 0.25), ct)) != run)
            bar.Show(observer.Done, watch.Elapsed);
        await run;
        bar.Finish(observer.Done, watch.Elapsed);
        Console.WriteLine($"Ingested {observer.Done - observer.Failures}/{files.Count} files in {watch.Elapsed.TotalSeconds:0.0} s" +
                          (observer.Failures > 0 ? $" ({observer.Failures} failed: see the log)." : "."));
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    sealed class CountingObserver(ILogger log) : IIngestObserver
    {
        int done, failures;
        public int Done => Volatile.Read(ref done);
        public int Failures => Volatile.Read(ref failures);

        public void Stored(string path, VersionRecord record, UpsertOutcome outcome) => Interlocked.Increment(ref done);
        public void AlreadyStored(string path) => Interlocked.Increment(ref done);

        public void Failed(string path, string reason)
        {
            Interlocked.Increment(ref failures);
            Interlocked.Increment(ref done);
            log.LogWarning("Not ingested: {Path}: {Reason}", path, reason);
        }
    }
}
