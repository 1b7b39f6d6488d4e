using System.Collections.Concurrent;
using UnCitationGraph.Ingest.Worker;
using UnCitationGraph.Store;

namespace UnCitationGraph.Ingest.Cli;

/// <summary>Counts what became of the files (thread-safe).</summary>
public sealed class IngestTally : IIngestObserver
{
    long _inserted, _replaced, _unchanged, _skipped, _references;
    public ConcurrentBag<(string Path, string Reason)> Failures { get; } = [];
    public long Inserted => _inserted;
    public long Replaced => _replaced;
    public long Unchanged => _unchanged;
    public long Skipped => _skipped;
    public long References => _references;
    public long Done => _inserted + _replaced + _unchanged + _skipped + Failures.Count;

    public void Stored(string path, VersionRecord record, UpsertOutcome outcome)
    {
        if (outcome == UpsertOutcome.Unchanged) { Interlocked.Increment(ref _unchanged); return; }
        Interlocked.Increment(ref outcome == UpsertOutcome.Inserted ? ref _inserted : ref _replaced);
        Interlocked.Add(ref _references, record.Citations.Count);
    }

    public void AlreadyStored(string path) => Interlocked.Increment(ref _skipped);

    public void Failed(string path, string reason) => Failures.Add((path, reason));
}
