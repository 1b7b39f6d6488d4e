using System.Collections.Concurrent;
using System.Threading.Channels;
using System.Xml.Linq;
using Microsoft.Extensions.Logging.Abstractions;
using UnCitationGraph.Ingest;
using UnCitationGraph.Ingest.Export;
using UnCitationGraph.Ingest.Generation;
using UnCitationGraph.Ingest.Worker;
using UnCitationGraph.Model;
using UnCitationGraph.Sqlite;
using UnCitationGraph.Store;
using UnCitationGraph.Tests.Support;
using static UnCitationGraph.Tests.Support.TestRun;

namespace UnCitationGraph.Tests.Ingest;

/// <summary>The ingest engine on real files into the real SQLite store, and the exports read back.</summary>
public sealed class IngestAndExportTests : IAsyncLifetime
{
    readonly string _root = Directory.CreateTempSubdirectory("ucg-ingest-").FullName;
    SqliteGraphStore _store = null!;

    public async ValueTask InitializeAsync()
    {
        _store = new SqliteGraphStore(Path.Combine(_root, "graph.db"));
        await _store.InitialiseAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    sealed class Outcomes : IIngestObserver
    {
        public readonly ConcurrentBag<(string, UpsertOutcome)> Stored = [];
        public readonly ConcurrentBag<string> Skipped = [];
        public readonly ConcurrentBag<(string, string)> Failed = [];
        void IIngestObserver.Stored(string path, VersionRecord record, UpsertOutcome outcome) => Stored.Add((path, outcome));
        void IIngestObserver.AlreadyStored(string path) => Skipped.Add(path);
        void IIngestObserver.Failed(string path, string reason) => Failed.Add((path, reason));
    }

    async Task<Outcomes> Ingest(IEnumerable<string> files)
    {
        var channel = Channel.CreateUnbounded<string>();
        foreach (var f in files) channel.Writer.TryWrite(f);
        channel.Writer.Complete();
        var outcomes = new Outcomes();
        await new IngestEngine(_store, ExtractionPipeline.Default, new IngestOptions(2, 16), NullLogger.Instance).RunAsync(channel.Reader, outcomes, Ct);
        return outcomes;
    }

    List<string> Generate(int count, int seed)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "corpus" + seed)).FullName;
        foreach (var d in new CorpusGenerator(count, seed).Generate()) File.WriteAllText(Path.Combine(folder, d.FileName), d.Text);
        return [.. Directory.EnumerateFiles(folder).Order()];
    }

    [Fact]
    public async Task Ingesting_the_seeds_twice_gives_the_same_counts()
    {
        var seeds = Directory.EnumerateFiles(Path.Combine(Paths.Shared, "seeds")).Order().ToList();
        Assert.NotEmpty(seeds);
        var first = await Ingest(seeds);
        Assert.Empty(first.Failed);
        Assert.Equal(seeds.Count, first.Stored.Count);
        var counts = await _store.GetCountsAsync(Ct);
        Assert.Equal(seeds.Count, counts.Versions);

        var second = await Ingest(seeds);
        Assert.Equal(seeds.Count, second.Skipped.Count); // known by content hash, not even extracted
        Assert.Equal(counts, await _store.GetCountsAsync(Ct));
    }

    [Fact]
    public async Task A_changed_file_replaces_exactly_its_edges_and_an_unreadable_one_is_reported()
    {
        var files = Generate(60, seed: 3);
        await Ingest(files);
        var before = await _store.GetCountsAsync(Ct);
        var pipeline = ExtractionPipeline.Default;
        // A symbol with one file: the snapshot of the other files' edges then holds none of the victim's.
        var symbols = files.GroupBy(f => pipeline.Extract(File.ReadAllBytes(f), f).Document.Symbol).Where(g => g.Count() == 1).Select(g => g.Single());
        var victim = symbols.First(f => pipeline.Extract(File.ReadAllBytes(f), f).References.Count >= 2);
        var doc = pipeline.Extract(File.ReadAllBytes(victim), victim);
        var symbol = doc.Document.Symbol!;
        var others = await Snapshot(files.Where(f => f != victim), pipeline);

        // The edited text drops its symbols and cites one new document instead.
        var edited = string.Join('\n', File.ReadAllText(victim).Split('\n').Take(3)) + "\n\nRecalling A/RES/99/999.\n";
        File.WriteAllText(victim, edited);
        File.WriteAllBytes(Path.Combine(_root, "binary.txt"), [0x25, 0x50, 0, 1, 2]);
        var outcomes = await Ingest([victim, Path.Combine(_root, "binary.txt")]);

        Assert.Equal([(victim, UpsertOutcome.Replaced)], outcomes.Stored);
        Assert.Contains("binary", Assert.Single(outcomes.Failed).Item2);
        var now = await _store.GetCitationsAsync(symbol, Direction.Outgoing, CitationFilter.None, new PageRequest(100), Ct);
        Assert.Equal(["A/RES/99/999"], now.Items.Select(c => c.TargetId));
        Assert.Equal(others, await Snapshot(files.Where(f => f != victim), pipeline)); // every other document's edges as they were
        Assert.Equal(before.Versions, (await _store.GetCountsAsync(Ct)).Versions);
    }

    async Task<string> Snapshot(IEnumerable<string> files, IDocumentPipeline pipeline)
    {
        var lines = new List<string>();
        foreach (var symbol in files.Select(f => pipeline.Extract(File.ReadAllBytes(f), f).Document.Symbol!).Distinct())
            foreach (var c in (await _store.GetCitationsAsync(symbol, Direction.Outgoing, CitationFilter.None, new PageRequest(1000), Ct)).Items)
                lines.Add($"{c.SourceId} {c.TargetId} {c.Location} {string.Join(",", c.Languages)}");
        return string.Join("\n", lines.Order());
    }

    [Fact]
    public async Task Exports_read_back_give_the_stores_node_and_edge_counts()
    {
        await Ingest(Generate(300, seed: 9));
        var counts = await _store.GetCountsAsync(Ct);
        var nodeCount = counts.Documents + counts.Instruments + counts.WebResources;

        var graphml = Path.Combine(_root, "graph.graphml");
        await using (var file = File.Create(graphml)) await GraphMlWriter.WriteAsync(_store, file, Ct);
        var xml = XDocument.Load(graphml);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var nodeIds = xml.Descendants(g + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        var edges = xml.Descendants(g + "edge").ToList();
        Assert.Equal(nodeCount, nodeIds.Count);
        Assert.Equal(counts.Citations, edges.Count);
        Assert.All(edges, e => Assert.True(nodeIds.Contains((string)e.Attribute("source")!) && nodeIds.Contains((string)e.Attribute("target")!)));

        var csv = Path.Combine(_root, "csv");
        await Neo4jCsvWriter.WriteAsync(_store, csv, Ct);
        var nodes = CsvRecords(Path.Combine(csv, Neo4jCsvWriter.NodesFile));
        var cites = CsvRecords(Path.Combine(csv, Neo4jCsvWriter.CitesFile));
        Assert.Equal(["id:ID", ":LABEL"], nodes[0].Take(2));
        Assert.Equal([":START_ID", ":END_ID", ":TYPE"], cites[0].Take(3));
        Assert.Equal(nodeCount, nodes.Count - 1);
        Assert.Equal(counts.Citations, cites.Count - 1);
        var csvIds = nodes.Skip(1).Select(r => r[0]).ToHashSet();
        Assert.All(cites.Skip(1), r => Assert.True(csvIds.Contains(r[0]) && csvIds.Contains(r[1]) && r[2] == "CITES"));
    }

    /// <summary>RFC 4180 records (quoted fields may hold commas, doubled quotes and line breaks).</summary>
    static List<List<string>> CsvRecords(string path)
    {
        var text = File.ReadAllText(path);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; }
            else if (c != '\r') field.Append(c);
        }
        return records;
    }

    [Fact]
    public void The_generator_is_deterministic_and_the_charter_is_cited_by_almost_everything()
    {
        var a = new CorpusGenerator(500, 11).Generate().ToList();
        var b = new CorpusGenerator(500, 11).Generate().ToList();
        Assert.Equal(a.Select(d => d.Text), b.Select(d => d.Text));
        Assert.NotEqual(a.Select(d => d.Text), new CorpusGenerator(500, 12).Generate().Select(d => d.Text));
        Assert.InRange(a.Count(d => d.Cites.Contains("instrument:un-charter")) / 500.0, 0.9, 1.0);
        Assert.Contains(a, d => d.Language == "fr");
        Assert.Contains(a, d => d.Language == "en");
        Assert.True(a.Select(d => d.Symbol).Distinct().Count() < a.Count); // some symbols come in two languages
        // Power law: the most cited corpus document is cited far more often than the median cited one.
        var counts = a.SelectMany(d => d.Cites).Where(id => !id.StartsWith("instrument:")).GroupBy(id => id).Select(g => g.Count()).OrderDescending().ToList();
        Assert.True(counts[0] >= 10 * counts[counts.Count / 2], $"top {counts[0]}, median {counts[counts.Count / 2]}");
    }
}
