using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using UnCitationGraph.Ingest;
using UnCitationGraph.Ingest.Generation;
using UnCitationGraph.Store;
using UnCitationGraph.Tests.Ingest;
using static UnCitationGraph.Tests.Support.TestRun;

namespace UnCitationGraph.Tests.Reliability;

/// <summary>
/// kill -9 of the worker process at random points, 20 times in a row, with files arriving all along. After every
/// kill the SQLite file passes integrity_check, every version is stored once and whole (its edges are exactly what
/// its file states), every file in done/ is in the store and every stored file is in done/ or still in the inbox.
/// </summary>
public sealed class CrashLoopTests : IDisposable
{
    const int Kills = 20, PerRound = 60;
    readonly WorkerInbox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public async Task Twenty_kills_in_a_row_leave_every_finished_document_stored_once_and_whole()
    {
        var random = new Random(20);
        var expected = new Dictionary<string, int>(StringComparer.Ordinal); // content hash -> edges its version states
        var delivered = new List<GeneratedDocument>();
        var clock = Stopwatch.StartNew();
        long before = 0;
        var (duringStart, duringIngest) = (0, 0);
        for (var round = 0; round < Kills; round++)
        {
            var docs = _box.Deliver(PerRound, seed: 77, skip: delivered.Count);
            delivered.AddRange(docs);
            foreach (var d in docs) expected[Hash(d.Text)] = ExpectedEdges(d);

            using (var worker = new WorkerProcess(_box.Watch(batch: 4)))
            {
                // A quarter of the kills land anywhere in the first second (start-up, schema, WAL recovery, the first
                // batch); the others shortly after the worker has committed something in this round.
                if (random.Next(4) == 0) { await Task.Delay(random.Next(50, 1000), TestContext.Current.CancellationToken); duringStart++; }
                else
                {
                    await worker.WaitUntil(() => _box.Versions() > before, TimeSpan.FromSeconds(60), "a commit in this round");
                    await Task.Delay(random.Next(0, 400), TestContext.Current.CancellationToken);
                    duringIngest++;
                }
                worker.KillHard();
            }
            before = CheckAfterCrash(expected);
        }
        Report($"{Kills} kills ({duringStart} in the first second after start, {duringIngest} during ingest) in {clock.Elapsed.TotalSeconds:0.0} s; {before} of {delivered.Count} versions stored by then");

        using (var worker = new WorkerProcess(_box.Watch(batch: 64)))
            await worker.WaitUntil(() => _box.Waiting() == 0 && _box.Versions() == delivered.Count, TimeSpan.FromSeconds(120), "every file stored after the last restart");
        Assert.Equal(delivered.Count, CheckAfterCrash(expected));
        Assert.Equal(delivered.Count, Directory.EnumerateFiles(_box.Done).Count());
        Assert.Empty(Directory.EnumerateFiles(_box.Failed));
        Report($"after the last restart: {delivered.Count} files, {delivered.Count} versions, each once and whole, in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>The invariants a crash must not break; returns the number of versions stored.</summary>
    long CheckAfterCrash(Dictionary<string, int> expected)
    {
        Assert.Equal("ok", _box.IntegrityCheck());
        using var c = new SqliteConnection($"Data Source={_box.Db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var q = c.CreateCommand();
        // Each version with the number of edges whose language set holds its language.
        q.CommandText = """
            SELECT v.content_hash, (SELECT count(*) FROM cites c WHERE c.source = v.doc AND (c.langs >> l.bit) & 1)
            FROM version v JOIN language l ON l.code = v.language
            """;
        var stored = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var r = q.ExecuteReader();
            while (r.Read())
            {
                var hash = r.GetString(0);
                Assert.True(stored.Add(hash), $"content {hash} is stored twice");
                Assert.True(expected.TryGetValue(hash, out var edges), $"content {hash} is stored but was never delivered");
                Assert.True(edges == r.GetInt32(1), $"version {hash} is partial: {r.GetInt32(1)} edges stored, {edges} stated");
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1) { return 0; } // killed before the schema was created
        foreach (var done in Directory.EnumerateFiles(_box.Done))
            Assert.True(stored.Contains(Hash(File.ReadAllText(done))), $"{Path.GetFileName(done)} is in done/ but not in the store");
        var waiting = Directory.EnumerateFiles(_box.Inbox).Select(f => Hash(File.ReadAllText(f))).ToHashSet();
        var doneHashes = Directory.EnumerateFiles(_box.Done).Select(f => Hash(File.ReadAllText(f))).ToHashSet();
        Assert.All(stored, h => Assert.True(doneHashes.Contains(h) || waiting.Contains(h), $"stored content {h} is neither in done/ nor waiting"));
        Assert.Equal(expected.Count, waiting.Count + doneHashes.Count); // no file lost, none in two places
        return stored.Count;
    }

    static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The edges the worker's own pipeline gives this file: one per (target, location).</summary>
    static int ExpectedEdges(GeneratedDocument d)
    {
        var bytes = Encoding.UTF8.GetBytes(d.Text);
        var extracted = ExtractionPipeline.Default.Extract(bytes, d.FileName);
        return VersionRecordBuilder.Build(extracted, d.FileName, Hash(d.Text), DateTimeOffset.UtcNow).Citations.Count;
    }
}
