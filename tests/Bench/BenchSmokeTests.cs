using System.CommandLine;
using Microsoft.Data.Sqlite;
using UnCitationGraph.Bench;
using UnCitationGraph.Tests.Support;
using Xunit;
using static UnCitationGraph.Tests.Support.TestRun;

namespace UnCitationGraph.Tests.Bench;

/// <summary>Each bench command runs to the end on a tiny input. No timings are asserted: figures live in docs/benchmarks.md.</summary>
public sealed class BenchSmokeTests : IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("ucg-bench-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    static Task<int> Run(Command command, params string[] args) => new RootCommand { command }.Parse([command.Name, .. args]).InvokeAsync(cancellationToken: Ct);

    static long Versions(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var q = c.CreateCommand();
        q.CommandText = "SELECT count(*) FROM version";
        return (long)q.ExecuteScalar()!;
    }

    [Fact]
    public async Task Graph_writes_the_generated_versions_and_queries_run_on_them_over_http()
    {
        var db = Path.Combine(_root, "graph.db");
        Assert.Equal(0, await Run(GraphBench.Create(), "--documents", "300", "--batch", "64", "--store", db));
        Assert.Equal(300, Versions(db));
        Assert.Equal(0, await Run(QueryBench.Create(), "--store", db, "--requests", "5", "--seconds", "2", "--clients", "1", "2", "--warmup-seconds", "0.5"));
    }

    [Fact]
    public async Task Ingest_generates_a_corpus_and_stores_every_file()
    {
        var db = Path.Combine(_root, "ingest.db");
        Assert.Equal(0, await Run(IngestBench.Create(), "--documents", "120", "--store", db));
        Assert.Equal(120, Versions(db));
    }

    [Fact]
    public async Task Extract_runs_on_the_seeds()
    {
        Assert.Equal(0, await Run(ExtractBench.Create(), "--rounds", "1", Path.Combine(Paths.RepoRoot, "samples", "seeds")));
    }
}
