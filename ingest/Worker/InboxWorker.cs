using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UnCitationGraph.Store;

namespace UnCitationGraph.Ingest.Worker;

/// <summary>Where the worker looks and how often.</summary>
/// <param name="Rescan">How often the whole inbox is listed again (the watcher's events can be lost).</param>
/// <param name="Settle">A file is taken only when it has not changed for this long (it may still be being written).</param>
public sealed record InboxOptions(string Inbox, TimeSpan Rescan, TimeSpan Settle, IngestOptions Ingest);

/// <summary>
/// Ingests what lands in the inbox (its top level): a FileSystemWatcher for promptness plus a periodic rescan
/// for what the watcher misses or what was there before the start. Every file ends in one of three places:
/// DIR/done/ once its version is committed in the store (or its content was already there), DIR/failed/ with
/// a FILE.error.txt saying why when it cannot be read or the store refuses it, or still in DIR, waiting.
/// A file is moved only after its batch has committed, so a crash leaves it in DIR; on restart its content hash
/// is found in the store and it is moved without being written twice. While the store is unavailable the
/// worker retries with backoff for as long as it takes and keeps every file where it is.
/// Writers should create files under a temporary name (".name" or "*.tmp"/"*.part") and rename them when complete.
/// </summary>
public sealed class InboxWorker(IGraphStore store, IDocumentPipeline pipeline, InboxOptions options, ILogger<InboxWorker> logger)
    : BackgroundService, IIngestObserver
{
    public const string DoneFolder = "done", FailedFolder = "failed", ErrorSuffix = ".error.txt";

    readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);
    readonly Channel<string> _queue = Channel.CreateUnbounded<string>();
    string Done => Path.Combine(options.Inbox, DoneFolder);
    string Failed => Path.Combine(options.Inbox, FailedFolder);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Done);
        Directory.CreateDirectory(Failed);
        logger.LogInformation("Watching {Inbox}: stored files go to {Done}, unreadable ones to {Failed}.", options.Inbox, Done, Failed);
        await WaitForStoreAsync(ct);

        var engine = new IngestEngine(store, pipeline, options.Ingest with { MaxStoreRetries = null }, logger);
        var run = engine.RunAsync(_queue.Reader, this, ct);
        using var watcher = new FileSystemWatcher(options.Inbox) { IncludeSubdirectories = false };
        watcher.Created += (_, e) => Offer(e.FullPath);
        watcher.Renamed += (_, e) => Offer(e.FullPath);
        watcher.EnableRaisingEvents = true;
        try
        {
            while (!ct.IsCancellationRequested && !run.IsCompleted)
            {
                try { foreach (var file in Directory.EnumerateFiles(options.Inbox)) Offer(file); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    logger.LogError("The inbox {Inbox} cannot be listed ({Reason}); trying again at the next rescan.", options.Inbox, e.Message);
                }
                await Task.WhenAny(run, Task.Delay(options.Rescan, ct));
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        _queue.Writer.TryComplete();
        try { await run; }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    async Task WaitForStoreAsync(CancellationToken ct)
    {
        var retry = StoreRetry.Create(logger, null, "Files stay in the inbox.", options.Ingest.MaxStoreBackoffSeconds);
        await retry.ExecuteAsync(async t => await store.InitialiseAsync(t), ct);
        logger.LogInformation("Store ready.");
    }

    void Offer(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase))
            return;
        try
        {
            if (!File.Exists(path) || DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < options.Settle) return; // next rescan
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return; }
        if (_inFlight.TryAdd(path, 0)) _queue.Writer.TryWrite(path);
    }

    void IIngestObserver.Stored(string path, VersionRecord record, UpsertOutcome outcome)
    {
        logger.LogInformation("{Outcome} {Document} ({Language}, {Citations} citations) from {File}",
            outcome, record.Document.Id, record.Version.Language, record.Citations.Count, Path.GetFileName(path));
        MoveAway(path, Done);
    }

    void IIngestObserver.AlreadyStored(string path)
    {
        logger.LogInformation("Already stored: {File}", Path.GetFileName(path));
        MoveAway(path, Done);
    }

    void IIngestObserver.Failed(string path, string reason)
    {
        logger.LogWarning("Failed: {File}: {Reason}", Path.GetFileName(path), reason);
        if (MoveAway(path, Failed) is not { } moved) return;
        try { File.WriteAllText(moved + ErrorSuffix, $"{Path.GetFileName(path)}: {reason}{Environment.NewLine}"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError("{File} is in {Folder} but its reason could not be written ({Error}): {Reason}", Path.GetFileName(moved), Failed, e.Message, reason);
        }
    }

    /// <summary>Moves a handled file out of the inbox (a numbered name if one is taken); null if it vanished.</summary>
    string? MoveAway(string path, string folder)
    {
        try
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var extension = Path.GetExtension(path);
            var target = Path.Combine(folder, name + extension);
            for (var n = 1; File.Exists(target); n++) target = Path.Combine(folder, $"{name}~{n}{extension}");
            File.Move(path, target);
            return target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Vanished, or the move failed: a file still in the inbox is offered again at the next rescan.
            logger.LogWarning("{File} could not be moved to {Folder}: {Reason}", path, folder, e.Message);
            return null;
        }
        finally { _inFlight.TryRemove(path, out _); }
    }
}
