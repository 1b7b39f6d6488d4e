using Microsoft.Data.Sqlite;
using UnCitationGraph.Ingest.Generation;
using UnCitationGraph.Sqlite;
using UnCitationGraph.Store;

namespace UnCitationGraph.Tests.Store;

/// <summary>
/// The SQLite writer keeps node.citers (distinct citing documents, read by most-cited and unresolved) per batch
/// rather than per row: after batches mixing first versions, other-language versions, changed texts and removals,
/// every node's count must equal the distinct sources of its incoming edges.
/// </summary>
[Trait("Store", "Sqlite")]
public sealed class SqliteCiterCountTests : IAsyncDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("ucg-citers-").FullName;

    [Fact]
    public async Task Citer_counts_equal_the_distinct_citers_of_the_edges_after_batched_writes()
    {
        var path = Path.Combine(_folder, "graph.db");
        await using (var store = new SqliteGraphStore(path))
        {
            await store.InitialiseAsync(TestContext.Current.CancellationToken);
            var at = DateTimeOffset.UnixEpoch;
            var records = new CorpusGenerator(600, seed: 3).Generate()
                .Select(d => VersionRecordBuilder.Build(d.Truth, d.FileName, "h" + d.FileName, at))
                .ToList();
            foreach (var chunk in records.Chunk(100)) await store.UpsertVersionsAsync(chunk, TestContext.Current.CancellationToken);

            // Every fifth version changes (its first citation dropped) in one batch; every seventh is removed.
            var changed = records.Where((_, i) => i % 5 == 0)
                .Select(r => r with { Citations = r.Citations.Skip(1).ToList(), Version = r.Version with { ContentHash = "changed" + r.Version.ContentHash } })
                .ToList();
            Assert.All(await store.UpsertVersionsAsync(changed, TestContext.Current.CancellationToken), o => Assert.Equal(UpsertOutcome.Replaced, o));
            foreach (var r in records.Where((_, i) => i % 7 == 0))
                Assert.True(await store.RemoveVersionAsync(r.Document.Id, r.Version.Language, TestContext.Current.CancellationToken));
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*), sum(n.citers), sum(n.citers <> (SELECT count(DISTINCT c.source) FROM cites c WHERE c.target = n.key))
            FROM node n
            """;
        using var counts = command.ExecuteReader();
        Assert.True(counts.Read());
        Assert.True(counts.GetInt64(1) > 1000, $"only {counts.GetInt64(1)} citers in {counts.GetInt64(0)} nodes: the corpus is too small to test anything");
        Assert.Equal(0L, counts.GetInt64(2));
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
