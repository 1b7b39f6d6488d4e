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

/// <summary>Initialises the store and fills it from the sample corpus when it is empty, so a fresh clone serves a real graph.</summary>
public sealed class SampleCorpusIngestion(IGraphStore store, CorpusLocation corpus, ILogger<SampleCorpusIngestion> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await store.InitialiseAsync(ct);
        var counts = await store.GetCountsAsync(ct);
        if (counts.IngestedDocuments > 0)
        {
            log.LogInformation("Store holds {Documents} ingested documents; not ingesting the sample corpus again.", counts.IngestedDocuments);
            return;
        }
        if (corpus.Path is null)
        {
            log.LogWarning("The store is empty and no corpus was found: pass --corpus PATH.");
            return;
        }
        // SEAM: the ingest pipeline (read, extract, VersionRecordBuilder, store) comes with the store and extract branches.
        throw new NotSupportedException("Ingesting the sample corpus needs the ingest pipeline (store and extract branches).");
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
