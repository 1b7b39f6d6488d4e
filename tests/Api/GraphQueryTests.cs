using System.Text.Json;
using UnCitationGraph.Ids;
using UnCitationGraph.Tests.Support;

namespace UnCitationGraph.Tests.Api;

/// <summary>The uses of the API on the seed graph, checked against the seeds' gold where it has an answer.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class GraphQueryTests(SeedGraphServer server)
{
    static readonly string[] SeedSymbols = ["A/RES/75/180", "A/HRC/RES/43/21", "A/HRC/RES/44/11", "A/HRC/RES/48/17", "A/HRC/35/35"];

    [Fact]
    public async Task Citations_of_75_180_match_the_seed_gold()
    {
        var gold = Gold.For("A/RES/75/180");
        var data = await server.QueryAsync("""
            { document(symbol: "A/RES/75/180") { citations(first: 100) { edges { node { targetId target { id } } } pageInfo { hasNextPage } } } }
            """);
        var citations = data.GetProperty("document").GetProperty("citations");
        Assert.False(citations.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var targets = citations.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.All(targets, t => Assert.Equal(t.GetProperty("targetId").GetString(), t.GetProperty("target").GetProperty("id").GetString()));
        var found = targets.Select(t => CanonicalId.ComparisonKey(t.GetProperty("targetId").GetString()!)).ToHashSet();

        var missing = gold.Required.Where(item => !item.Any(found.Contains)).Select(item => string.Join(" | ", item)).ToList();
        var unexpected = found.Where(id => !gold.Cited.Any(item => item.Contains(id))).ToList();
        Assert.True(missing.Count == 0, "Gold citations the API does not give: " + string.Join(", ", missing));
        Assert.True(unexpected.Count == 0, "Citations the gold does not have: " + string.Join(", ", unexpected));
    }

    [Fact]
    public async Task Citers_of_the_Charter_are_the_five_seeds()
    {
        var data = await server.QueryAsync("""
            { citers(target: "instrument:un-charter", first: 50) { edges { node { depth node { id ingested } } } pageInfo { hasNextPage } } }
            """);
        var citers = data.GetProperty("citers").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(SeedSymbols.Order(), citers.Select(c => c.GetProperty("node").GetProperty("id").GetString()).Order());
        Assert.All(citers, c => Assert.Equal(1, c.GetProperty("depth").GetInt32()));

        var transitive = await server.QueryAsync("""
            { citers(target: "un-charter", transitive: true, maxDepth: 3) { edges { node { depth node { id } } } } }
            """);
        var depths = transitive.GetProperty("citers").GetProperty("edges").EnumerateArray()
            .ToDictionary(e => e.GetProperty("node").GetProperty("node").GetProperty("id").GetString()!, e => e.GetProperty("node").GetProperty("depth").GetInt32());
        Assert.Equal(2, depths[SeedGraphServer.ProbeSymbol]);
        Assert.Equal(6, depths.Count);
    }

    [Fact]
    public async Task Lineage_gives_each_node_its_depth_and_the_edges_between_them()
    {
        var data = await server.QueryAsync("""
            { lineage(symbol: "instrument:un-charter", direction: DESCENDANTS, maxDepth: 3) {
                root { id } truncated nodes { depth node { id } } edges { sourceId targetId } } }
            """);
        var lineage = data.GetProperty("lineage");
        Assert.Equal("instrument:un-charter", lineage.GetProperty("root").GetProperty("id").GetString());
        var depth = lineage.GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("node").GetProperty("id").GetString()!, n => n.GetProperty("depth").GetInt32());
        Assert.Equal(0, depth["instrument:un-charter"]);
        Assert.All(SeedSymbols, s => Assert.Equal(1, depth[s]));
        Assert.Equal(2, depth[SeedGraphServer.ProbeSymbol]);
        Assert.Equal(7, depth.Count);
        var edges = lineage.GetProperty("edges").EnumerateArray().Select(e => (e.GetProperty("sourceId").GetString()!, e.GetProperty("targetId").GetString()!)).ToList();
        Assert.All(edges, e => Assert.True(depth.ContainsKey(e.Item1) && depth.ContainsKey(e.Item2), $"edge {e} leaves the lineage"));
        Assert.Contains((SeedGraphServer.ProbeSymbol, "A/RES/75/180"), edges);

        // Ancestors: the probe builds on 75/180 (depth 1), which builds on the Charter (depth 2).
        var ancestors = await server.QueryAsync("""
            { lineage(symbol: "A/RES/76/901", direction: ANCESTORS, maxDepth: 2) { nodes { depth node { id } } } }
            """);
        var up = ancestors.GetProperty("lineage").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("node").GetProperty("id").GetString()!, n => n.GetProperty("depth").GetInt32());
        Assert.Equal(1, up["A/RES/75/180"]);
        Assert.Equal(2, up["instrument:un-charter"]);
    }

    [Fact]
    public async Task Path_is_a_shortest_chain_of_citations_followed_in_their_direction()
    {
        var data = await server.QueryAsync("""
            { there: path(from: "A/RES/76/901", to: "instrument:un-charter") { length nodeIds edges { sourceId targetId } }
              back: path(from: "instrument:un-charter", to: "A/RES/76/901") { length }
              short: path(from: "A/RES/76/901", to: "instrument:un-charter", maxDepth: 1) { length } }
            """);
        var there = data.GetProperty("there");
        Assert.Equal(2, there.GetProperty("length").GetInt32());
        Assert.Equal(["A/RES/76/901", "A/RES/75/180", "instrument:un-charter"],
            there.GetProperty("nodeIds").EnumerateArray().Select(n => n.GetString()!).ToArray());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("back").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("short").ValueKind);
    }

    [Fact]
    public async Task Orphaned_footnotes_are_the_seed_gold_orphans()
    {
        var data = await server.QueryAsync("""
            { orphanedFootnotes(first: 100) { edges { node { documentId marker problem document { id } } } } }
            """);
        var found = data.GetProperty("orphanedFootnotes").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
            .Select(n => $"{n.GetProperty("documentId").GetString()} {n.GetProperty("marker").GetString()} {n.GetProperty("problem").GetString()}")
            .Order().ToList();
        var expected = Gold.Seeds.SelectMany(g => g.Orphans.Select(o => $"{g.Symbol} {o.Marker} {o.Problem}")).Order().ToList();
        Assert.Equal(["A/HRC/RES/48/17 1 marker-without-note", "A/HRC/RES/48/17 2 marker-without-note", "A/HRC/RES/48/17 3 marker-without-note"], expected);
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task Unresolved_references_are_cited_not_ingested_most_cited_first()
    {
        var data = await server.QueryAsync("""
            { unresolvedReferences(first: 100) { edges { node { citationCount node { id ingested kind } } } } }
            """);
        var items = data.GetProperty("unresolvedReferences").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i =>
        {
            Assert.False(i.GetProperty("node").GetProperty("ingested").GetBoolean());
            Assert.Equal("DOCUMENT", i.GetProperty("node").GetProperty("kind").GetString());
            Assert.DoesNotContain(i.GetProperty("node").GetProperty("id").GetString(), SeedSymbols);
        });
        var counts = items.Select(i => i.GetProperty("citationCount").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        // A/HRC/RES/5/1 is cited by two seeds (gold of 43/21 and 48/17), in one place each at least.
        var institutionBuilding = items.Single(i => i.GetProperty("node").GetProperty("id").GetString() == "A/HRC/RES/5/1");
        Assert.True(institutionBuilding.GetProperty("citationCount").GetInt32() >= 2);
    }

    [Fact]
    public async Task Nested_node_loads_are_batched_into_one_store_call_per_level()
    {
        server.Calls.Reset();
        await server.QueryAsync("""
            { document(symbol: "A/HRC/35/35") { citations(first: 100) { edges { node { source { id } target { id label } } } } } }
            """);
        // One load for document(symbol), one batch for every source and target of the citations.
        Assert.Equal(2, server.Calls["GetNodesAsync"]);
        Assert.Equal(0, server.Calls["GetNodeAsync"]);
        Assert.Equal(1, server.Calls["GetCitationsAsync"]);
    }

    [Fact]
    public async Task Extract_reads_a_pasted_text_and_says_which_targets_the_graph_knows()
    {
        var data = await server.QueryAsync("""
            query ($text: String!) { extract(text: $text) { references { target known ingested } unknownTargets } }
            """, new { text = "The General Assembly,\n\nRecalling its resolution 75/180 and its resolution 60/251,\n\n1. Reaffirms the Charter of the United Nations;" });
        var references = data.GetProperty("extract").GetProperty("references").EnumerateArray()
            .ToDictionary(r => r.GetProperty("target").GetString()!, r => (Known: r.GetProperty("known").GetBoolean(), Ingested: r.GetProperty("ingested").GetBoolean()));
        Assert.Equal((true, true), references["A/RES/75/180"]);
        Assert.Equal((true, false), references["A/RES/60/251"]);   // cited by 48/17, not ingested
        Assert.True(references["instrument:un-charter"].Known);
    }
}

/// <summary>The seeds' gold files (shared/gold): expected citations as anyOf sets, and orphans.</summary>
sealed record Gold(string Symbol, IReadOnlyList<HashSet<string>> Required, IReadOnlyList<HashSet<string>> Cited, IReadOnlyList<(string Marker, string Problem)> Orphans)
{
    public static IReadOnlyList<Gold> Seeds { get; } = Directory.GetFiles(Path.Combine(Paths.Shared, "gold"), "*.json").Order().Select(Load).ToList();

    public static Gold For(string symbol) => Seeds.Single(g => g.Symbol == symbol);

    static Gold Load(string file)
    {
        var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
        var cites = root.GetProperty("cites").EnumerateArray().Select(c => (
            Ids: c.GetProperty("anyOf").EnumerateArray().Select(i => CanonicalId.ComparisonKey(i.GetString()!)).ToHashSet(),
            Optional: c.TryGetProperty("optional", out var o) && o.GetBoolean())).ToList();
        var orphans = root.GetProperty("orphans").EnumerateArray()
            .Select(o => (o.GetProperty("marker").GetString()!, o.GetProperty("problem").GetString()!)).ToList();
        return new Gold(root.GetProperty("symbol").GetString()!, cites.Where(c => !c.Optional).Select(c => c.Ids).ToList(),
            cites.Select(c => c.Ids).ToList(), orphans);
    }
}
