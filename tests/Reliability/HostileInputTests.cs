using System.Diagnostics;
using System.Security.Cryptography;
using UnCitationGraph.Sqlite;
using UnCitationGraph.Tests.Ingest;
using static UnCitationGraph.Tests.Support.TestRun;

namespace UnCitationGraph.Tests.Reliability;

/// <summary>
/// The hostile-input corpus through the real worker process: every file ends in the store (done/) or in failed/
/// with a reason, the worker keeps running and takes good files afterwards, and its peak memory stays bounded.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    readonly WorkerInbox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public async Task Every_hostile_file_ends_stored_or_refused_with_a_reason_and_the_worker_keeps_running()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs /proc, symbolic links and mkfifo (Linux)");
        var clock = Stopwatch.StartNew();
        var good = _box.Deliver(5, seed: 3);
        foreach (var f in HostileCorpus.Files) _box.Deliver(f.Name, f.Write);
        var outside = Path.Combine(_box.Root, "outside.txt");
        File.WriteAllText(outside, good[0].Text.Replace(good[0].Symbol, "A/RES/75/998", StringComparison.Ordinal));
        var links = new Dictionary<string, Fate>
        {
            ["link-to-file.txt"] = Fate.StoredOrRefused,
            ["loop-self"] = Fate.Refused, ["loop-a"] = Fate.Refused, ["loop-b"] = Fate.Refused,
            ["dangling"] = Fate.Refused, ["pipe.txt"] = Fate.Refused,
        };
        _box.Deliver("link-to-file.txt", p => File.CreateSymbolicLink(p, outside));
        _box.Deliver("loop-self", p => File.CreateSymbolicLink(p, "loop-self"));
        _box.Deliver("loop-a", p => File.CreateSymbolicLink(p, "loop-b"));
        _box.Deliver("loop-b", p => File.CreateSymbolicLink(p, "loop-a"));
        _box.Deliver("dangling", p => File.CreateSymbolicLink(p, "/nonexistent/nothing"));
        _box.Deliver("pipe.txt", p => Process.Start("mkfifo", [p])!.WaitForExit());
        Directory.CreateSymbolicLink(Path.Combine(_box.Inbox, "loop-dir"), _box.Inbox); // a directory: the worker does not descend
        Report($"corpus written in {clock.Elapsed.TotalSeconds:0.0} s");

        using var worker = new WorkerProcess(_box.Watch(batch: 8, parallelism: 2));
        await worker.WaitUntil(() => _box.Waiting() == 0, TimeSpan.FromMinutes(4), "every hostile file to leave the inbox");
        var corpusSeconds = clock.Elapsed.TotalSeconds;

        var expected = HostileCorpus.Files.ToDictionary(f => f.Name, f => (f.Fate, f.Reason))
            .Concat(links.Select(l => KeyValuePair.Create(l.Key, (l.Value, (string?)null))))
            .Concat(good.Select(g => KeyValuePair.Create(g.FileName, (Fate.StoredOrRefused, (string?)null))));
        var stored = 0;
        await using var store = new SqliteGraphStore(_box.Db);
        foreach (var (name, (fate, reason)) in expected)
        {
            var done = Path.Combine(_box.Done, name);
            var failed = Path.Combine(_box.Failed, name);
            Assert.True(File.Exists(done) ^ File.Exists(failed), $"{name} must be in exactly one of done/ and failed/. Worker output:\n{worker.Log}");
            if (File.Exists(done))
            {
                Assert.True(fate == Fate.StoredOrRefused, $"{name} should have been refused");
                Assert.True(await store.HasContentAsync(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(done))), Ct), $"{name} is in done/ but not in the store");
                stored++;
                Report($"stored   {name}");
            }
            else
            {
                var why = File.ReadAllText(failed + ".error.txt").Trim();
                Assert.True(why.Length > name.Length + 10, $"{name}: the reason is too thin: {why}");
                if (reason != null) Assert.Contains(reason, why, StringComparison.OrdinalIgnoreCase);
                Report($"refused  {why}");
            }
        }
        Assert.All(good, g => Assert.True(File.Exists(Path.Combine(_box.Done, g.FileName)), $"{g.FileName} (a good file) was not stored"));
        Assert.Equal(stored, _box.Versions());
        Assert.True(Directory.Exists(Path.Combine(_box.Inbox, "loop-dir")), "the directory link is left alone");

        // A file deleted while the worker reads it: not stored, nowhere in the inbox's folders, and said so in the log.
        var vanishing = _box.Deliver("vanishing.txt", p => File.WriteAllText(p, good[1].Text.Replace(good[1].Symbol, "A/RES/75/997", StringComparison.Ordinal)
            + new string('x', 24 * 1024 * 1024)));
        var watch = Stopwatch.StartNew();
        while (!worker.HasOpen(vanishing) && watch.Elapsed < TimeSpan.FromSeconds(30) && File.Exists(vanishing)) { }
        var midRead = worker.HasOpen(vanishing);
        File.Delete(vanishing);
        await worker.WaitUntil(() => worker.Output.Any(l => l.Contains("vanishing.txt", StringComparison.Ordinal)), TimeSpan.FromSeconds(60), "the vanished file in the log");
        Assert.False(File.Exists(Path.Combine(_box.Failed, "vanishing.txt")));
        Report($"vanishing.txt deleted {(midRead ? "while the worker held it open" : "before the worker opened it")}: "
            + worker.Output.First(l => l.Contains("vanishing.txt", StringComparison.Ordinal)));

        // The worker is still up and takes the next good file.
        var after = _box.Deliver(1, seed: 3, skip: 5);
        await worker.WaitUntil(() => File.Exists(Path.Combine(_box.Done, after[0].FileName)), TimeSpan.FromSeconds(60), "a good file after the hostile ones");
        Assert.False(worker.HasExited);

        var peak = worker.PeakResidentBytes();
        Report($"{expected.Count() + 1} hostile and control files handled in {corpusSeconds:0.0} s; {stored} stored; worker peak RSS {peak / (1024 * 1024)} MB");
        Assert.True(peak is null or < 4L * 1024 * 1024 * 1024, $"worker peak RSS {peak / (1024 * 1024)} MB"); // a generous bound: the reader limits keep it far below
    }
}
