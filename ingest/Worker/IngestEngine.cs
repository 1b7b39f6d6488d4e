using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Polly;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Store;

namespace UnCitationGraph.Ingest.Worker;

/// <summary>
/// How the engine works: extraction threads, versions per store transaction (at most: the writer takes what is ready),
/// how long to wait for a store that is down, and the largest file taken. Each SQLite commit costs ~25 ms of CPU (WAL
/// frames for every page the batch touched), so 1,024 rather than 256 versions per commit saves ~30% of the writer's
/// CPU when it falls behind.
/// </summary>
/// <param name="MaxFileBytes">Larger files are refused before they are loaded. Extraction costs about 30 to 70 bytes of
/// memory and up to 2 s per MB of text, so this bounds what one hostile file can take (watch/ingest --max-file-mb).</param>
/// <param name="MaxStoreBackoffSeconds">The longest wait between two tries of a store that is down (watch --max-backoff).</param>
public sealed record IngestOptions(int Parallelism, int BatchSize = 1024, int? MaxStoreRetries = 6, long MaxFileBytes = IngestOptions.DefaultMaxFileBytes,
    double MaxStoreBackoffSeconds = 30)
{
    public const long DefaultMaxFileBytes = 32L * 1024 * 1024;

    public static IngestOptions Default => new(Environment.ProcessorCount);
}

/// <summary>What became of each file; called from the engine's threads.</summary>
public interface IIngestObserver
{
    /// <summary>Its version is committed in the store.</summary>
    void Stored(string path, VersionRecord record, UpsertOutcome outcome);

    /// <summary>Its content (same hash) was stored before: nothing to do.</summary>
    void AlreadyStored(string path);

    /// <summary>It cannot go in: unreadable, or refused by the store. The reason is for the user.</summary>
    void Failed(string path, string reason);
}

/// <summary>
/// Files in, versions committed: reads and extracts files in parallel, then writes them in batches, one store
/// transaction per batch, from a single writer. A file counts as stored only once its batch has committed, so
/// a crash loses at most work, never data, and leaves no half document. Store outages are retried with
/// exponential backoff (Polly), for ever when MaxStoreRetries is null (the worker), so no file is dropped for one.
/// </summary>
public sealed class IngestEngine
{
    readonly IGraphStore _store;
    readonly IDocumentPipeline _pipeline;
    readonly IngestOptions _options;
    readonly ILogger _logger;
    readonly ResiliencePipeline _retry;

    public IngestEngine(IGraphStore store, IDocumentPipeline pipeline, IngestOptions options, ILogger logger)
    {
        _store = store;
        _pipeline = pipeline;
        _options = options;
        _logger = logger;
        _retry = StoreRetry.Create(logger, options.MaxStoreRetries, "No file is dropped meanwhile.", options.MaxStoreBackoffSeconds);
    }

    /// <summary>Ingests every path the reader gives until it completes (or the token cancels).</summary>
    public async Task RunAsync(ChannelReader<string> paths, IIngestObserver observer, CancellationToken ct)
    {
        var prepared = Channel.CreateBounded<(string Path, VersionRecord Record)>(
            new BoundedChannelOptions(_options.BatchSize * 2) { SingleReader = true });
        var writer = WriteAsync(prepared.Reader, observer, ct);
        try
        {
            await Parallel.ForEachAsync(paths.ReadAllAsync(ct),
                new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism, CancellationToken = ct },
                async (path, token) =>
                {
                    if (await PrepareAsync(path, observer, token) is { } record)
                        await prepared.Writer.WriteAsync((path, record), token);
                });
        }
        finally { prepared.Writer.TryComplete(); }
        await writer;
    }

    async Task<VersionRecord?> PrepareAsync(string path, IIngestObserver observer, CancellationToken ct)
    {
        InputFile file;
        try { file = InputFile.Read(path, _options.MaxFileBytes, ct); }
        catch (UnreadableDocumentException e)
        {
            observer.Failed(path, e.Message);
            return null;
        }
        var (content, hash) = (file.Content, file.Hash);
        if (await _retry.ExecuteAsync(async t => await _store.HasContentAsync(hash, t), ct))
        {
            observer.AlreadyStored(path);
            return null;
        }
        try
        {
            return BuildRecord(_pipeline, content, hash, path);
        }
        catch (UnreadableDocumentException e)
        {
            observer.Failed(path, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            observer.Failed(path, $"Extraction failed ({e.GetType().Name}): {e.Message}");
        }
        return null;
    }

    /// <summary>What one file's bytes become in the store: the pipeline's extraction, keyed by their SHA-256. Throws <see cref="UnreadableDocumentException"/>.</summary>
    public static VersionRecord BuildRecord(IDocumentPipeline pipeline, byte[] content, string hash, string source)
    {
        return VersionRecordBuilder.Build(pipeline.Extract(content, source), source, hash, DateTimeOffset.UtcNow);
    }

    async Task WriteAsync(ChannelReader<(string Path, VersionRecord Record)> prepared, IIngestObserver observer, CancellationToken ct)
    {
        var batch = new List<(string Path, VersionRecord Record)>(_options.BatchSize);
        while (await prepared.WaitToReadAsync(ct))
        {
            while (batch.Count < _options.BatchSize && prepared.TryRead(out var item)) batch.Add(item);
            await StoreAsync(batch, observer, ct);
            batch.Clear();
        }
    }

    async Task StoreAsync(List<(string Path, VersionRecord Record)> batch, IIngestObserver observer, CancellationToken ct)
    {
        IReadOnlyList<UpsertOutcome> outcomes;
        try
        {
            outcomes = await _retry.ExecuteAsync(async t => await _store.UpsertVersionsAsync(batch.Select(b => b.Record).ToList(), t), ct);
        }
        catch (Exception e) when (!StoreErrors.IsTransient(e) && e is not OperationCanceledException && batch.Count > 1)
        {
            // The store refused the batch: find the version it refuses, store the others.
            _logger.LogWarning("A batch of {Count} was refused ({Reason}); storing its versions one by one.", batch.Count, e.Message);
            foreach (var one in batch) await StoreAsync([one], observer, ct);
            return;
        }
        catch (Exception e) when (!StoreErrors.IsTransient(e) && e is not OperationCanceledException)
        {
            observer.Failed(batch[0].Path, "The store refused it: " + e.Message);
            return;
        }
        for (var i = 0; i < batch.Count; i++) observer.Stored(batch[i].Path, batch[i].Record, outcomes[i]);
    }
}
