using System.Text.Json;
using UnCitationGraph.Tests.Support;

namespace UnCitationGraph.Tests.Api;

[CollectionDefinition(Name)]
public sealed class SampleGraphCollection : ICollectionFixture<SampleGraphServer>
{
    public const string Name = "API on the sample graph";
}

/// <summary>The server as a fresh clone starts it: the whole sample (samples/: the seeds and 902 SC resolutions) ingested into an empty store.</summary>
public sealed class SampleGraphServer : GraphServer
{
    protected override string PrepareCorpus() => Path.Combine(Paths.RepoRoot, "samples");
}

/// <summary>The GraphQL API on the sample graph: Security Council lineage, nodes, and the seeds' orphaned footnotes among the SC ones.</summary>
[Collection(SampleGraphCollection.Name)]
public sealed class SampleGraphTests(SampleGraphServer server)
{
    [Fact]
    public async Task Resolution_338_cites_242()
    {
        var data = await server.QueryAsync("""
            { document(symbol: "S/RES/338(1973)") { body year citations(first: 100) { edges { node { targetId location relation } } } } }
            """);
        var document = data.GetProperty("document");
        Assert.Equal(("SC", 1973), (document.GetProperty("body").GetString(), document.GetProperty("year").GetInt32()));
        var targets = document.GetProperty("citations").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("targetId").GetString()).ToList();
        Assert.Contains("S/RES/242(1967)", targets);
    }

    [Fact]
    public async Task The_descendants_of_242_at_depth_1_include_338()
    {
        var data = await server.QueryAsync("""
            { lineage(symbol: "S/RES/242(1967)", direction: DESCENDANTS, maxDepth: 1, first: 500) { nodes { depth node { id } } truncated } }
            """);
        var nodes = data.GetProperty("lineage").GetProperty("nodes").EnumerateArray()
            .Select(n => (Id: n.GetProperty("node").GetProperty("id").GetString(), Depth: n.GetProperty("depth").GetInt32())).ToList();
        Assert.Contains(("S/RES/338(1973)", 1), nodes);
        Assert.All(nodes.Where(n => n.Id != "S/RES/242(1967)"), n => Assert.Equal(1, n.Depth));
    }

    [Fact]
    public async Task Every_Security_Council_resolution_node_has_body_SC_and_its_year()
    {
        var seen = 0;
        string? after = null;
        do
        {
            var data = await server.QueryAsync("""
                query($after: String) { documents(first: 100, after: $after) { edges { node { id body year ingested } } pageInfo { hasNextPage endCursor } } }
                """, new { after });
            var page = data.GetProperty("documents");
            foreach (var edge in page.GetProperty("edges").EnumerateArray())
            {
                var node = edge.GetProperty("node");
                var id = node.GetProperty("id").GetString()!;
                if (!id.StartsWith("S/RES/", StringComparison.Ordinal)) continue;
                seen++;
                var year = int.Parse(id[(id.IndexOf('(') + 1)..id.IndexOf(')')]);
                Assert.True(node.GetProperty("body").GetString() == "SC", $"{id}: body {node.GetProperty("body")}");
                Assert.True(node.GetProperty("year").ValueKind == JsonValueKind.Number && node.GetProperty("year").GetInt32() == year, $"{id}: year {node.GetProperty("year")}");
            }
            var info = page.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        } while (after != null);
        Assert.True(seen >= 902, $"only {seen} SC resolution nodes");
    }

    [Fact]
    public async Task Orphaned_footnotes_include_the_markers_1_to_3_of_HRC_resolution_48_17()
    {
        var data = await server.QueryAsync("""
            { orphanedFootnotes(document: "A/HRC/RES/48/17", first: 100) { edges { node { documentId marker problem } } } }
            """);
        var markers = data.GetProperty("orphanedFootnotes").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node")).Where(n => n.GetProperty("documentId").GetString() == "A/HRC/RES/48/17")
            .Select(n => n.GetProperty("marker").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "1", "2", "3" }, markers);

        // And among all orphans, Security Council ones too: the sample graph is more than the seeds.
        var all = await server.QueryAsync("{ orphanedFootnotes(first: 100) { edges { node { documentId } } } }");
        Assert.Contains(all.GetProperty("orphanedFootnotes").GetProperty("edges").EnumerateArray(),
            e => e.GetProperty("node").GetProperty("documentId").GetString()!.StartsWith("S/RES/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_most_cited_Security_Council_resolutions_are_cited_by_the_sample()
    {
        var data = await server.QueryAsync("""{ mostCited(kind: DOCUMENT, body: "SC", first: 5) { node { id } citedBy } }""");
        var top = data.GetProperty("mostCited").EnumerateArray().ToList();
        Assert.Equal(5, top.Count);
        Assert.All(top, t => Assert.StartsWith("S/RES/", t.GetProperty("node").GetProperty("id").GetString()));
        Assert.True(top[0].GetProperty("citedBy").GetInt32() >= 20, "the most cited SC resolution is cited by at least 20 texts");
    }
}
