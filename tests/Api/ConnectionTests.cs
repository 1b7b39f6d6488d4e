using System.Text.Json;
using UnCitationGraph.Ingest;

namespace UnCitationGraph.Tests.Api;

/// <summary>
/// Relay connections over HTTP on the seed graph: every edge's cursor continues right after that edge, and totalCount
/// is the exact number of items where the schema says it is given. Footnotes are every footnote the extractor reads.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class ConnectionTests(SeedGraphServer server)
{
    const string CitationsPage = """
        query ($id: String!, $first: Int, $after: String) { document(symbol: $id) {
          citations(first: $first, after: $after) { totalCount edges { cursor node { targetId location } } pageInfo { hasNextPage startCursor endCursor } } } }
        """;

    const string CitedByPage = """
        query ($id: ID!, $first: Int, $after: String) { node(id: $id) {
          citedBy(first: $first, after: $after) { totalCount edges { cursor node { sourceId location } } pageInfo { hasNextPage startCursor endCursor } } } }
        """;

    [Fact]
    public async Task After_any_edges_cursor_come_the_edges_that_follow_it()
    {
        await AssertEveryCursorContinues(CitationsPage, "A/HRC/35/35", d => d.GetProperty("document").GetProperty("citations"), "targetId");
        await AssertEveryCursorContinues(CitedByPage, "instrument:un-charter", d => d.GetProperty("node").GetProperty("citedBy"), "sourceId");
    }

    async Task AssertEveryCursorContinues(string query, string id, Func<JsonElement, JsonElement> connection, string end)
    {
        var whole = connection(await server.QueryAsync(query, new { id, first = 100 }));
        Assert.False(whole.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var edges = whole.GetProperty("edges").EnumerateArray()
            .Select(e => (Cursor: e.GetProperty("cursor").GetString()!, Item: Show(e.GetProperty("node"), end))).ToList();
        Assert.True(edges.Count >= 6, $"{id}: only {edges.Count} edges");
        Assert.Equal(edges.Count, edges.Select(e => e.Cursor).Where(c => c.Length > 0).Distinct().Count());
        Assert.Equal(edges.Count, whole.GetProperty("totalCount").GetInt32());
        Assert.Equal(edges[0].Cursor, whole.GetProperty("pageInfo").GetProperty("startCursor").GetString());
        Assert.Equal(edges[^1].Cursor, whole.GetProperty("pageInfo").GetProperty("endCursor").GetString());

        for (var i = 0; i < edges.Count; i++)
        {
            var next = connection(await server.QueryAsync(query, new { id, first = 2, after = edges[i].Cursor }));
            Assert.Equal(edges.Skip(i + 1).Take(2).Select(e => e.Item),
                next.GetProperty("edges").EnumerateArray().Select(e => Show(e.GetProperty("node"), end)));
            Assert.Equal(i + 3 < edges.Count, next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        }
    }

    static string Show(JsonElement citation, string end) => $"{citation.GetProperty(end).GetString()}@{citation.GetProperty("location").GetString()}";

    [Fact]
    public async Task Total_counts_are_the_number_of_items_where_given_and_null_where_the_schema_says()
    {
        var data = await server.QueryAsync("""
            { charter: node(id: "instrument:un-charter") { citedBy(first: 1) { totalCount } }
              direct: citers(target: "instrument:un-charter", first: 1) { totalCount }
              transitive: citers(target: "instrument:un-charter", transitive: true, maxDepth: 3, first: 1) { totalCount }
              orphans: orphanedFootnotes(first: 1) { totalCount }
              ofOne: orphanedFootnotes(document: "A/HRC/RES/48/17", first: 1) { totalCount }
              unresolved: unresolvedReferences(first: 100) { totalCount edges { cursor } }
              documents(first: 1) { totalCount } }
            """);
        int Total(string field) => data.GetProperty(field).GetProperty("totalCount").GetInt32();
        Assert.Equal(5, Total("direct"));      // the five seeds: distinct documents
        Assert.Equal(6, Total("transitive"));  // and the probe citing 75/180
        Assert.Equal(3, Total("orphans"));     // the seed gold's three orphans of 48/17
        Assert.Equal(3, Total("ofOne"));
        Assert.Equal(data.GetProperty("unresolved").GetProperty("edges").GetArrayLength(), Total("unresolved"));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("documents").GetProperty("totalCount").ValueKind);

        // citedBy counts citations (a seed citing the Charter twice counts twice), not documents.
        var all = await server.QueryAsync("""{ node(id: "instrument:un-charter") { citedBy(first: 100) { edges { node { sourceId } } } } }""");
        var citations = all.GetProperty("node").GetProperty("citedBy").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("sourceId").GetString()).ToList();
        Assert.Equal(citations.Count, data.GetProperty("charter").GetProperty("citedBy").GetProperty("totalCount").GetInt32());
        Assert.Equal(5, citations.Distinct().Count());
    }

    [Fact]
    public async Task Totals_are_counted_only_when_selected()
    {
        // The store is asked to count only when the query selects totalCount (under any alias, or in a fragment).
        server.Calls.Reset();
        var unasked = await server.QueryAsync("""{ citers(target: "instrument:un-charter", first: 1) { edges { cursor } } }""");
        Assert.Single(unasked.GetProperty("citers").GetProperty("edges").EnumerateArray());
        Assert.False(Assert.Single(server.Calls.Pages).CountTotal);

        server.Calls.Reset();
        var aliased = await server.QueryAsync("""
            { citers(target: "instrument:un-charter", first: 1) { n: totalCount }
              orphanedFootnotes(first: 1) { ...Total } }
            fragment Total on OrphanedFootnoteConnection { totalCount }
            """);
        Assert.Equal(5, aliased.GetProperty("citers").GetProperty("n").GetInt32());
        Assert.Equal(3, aliased.GetProperty("orphanedFootnotes").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, server.Calls.Pages.Count);
        Assert.All(server.Calls.Pages, p => Assert.True(p.CountTotal));
    }

    [Fact]
    public async Task Footnotes_of_every_seed_are_every_footnote_the_extractor_reads_with_the_citations_they_carry()
    {
        foreach (var file in Directory.GetFiles(SeedGraphServer.SeedFolder).Order())
        {
            var extracted = ExtractionPipeline.Default.Extract(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken), file);
            var symbol = extracted.Document.Symbol!;
            var data = await server.QueryAsync("""
                query ($id: String!) { document(symbol: $id) {
                  footnotes { marker text language referenced defined anchor citations { targetId footnote languages } } } }
                """, new { id = symbol });
            var footnotes = data.GetProperty("document").GetProperty("footnotes").EnumerateArray().ToList();

            Assert.True(extracted.Footnotes.Count > 0, $"{symbol}: the seed has footnotes");
            Assert.Equal(
                extracted.Footnotes.Select(f => $"{extracted.Document.Language} {f.Marker} {f.Referenced} {f.Defined} {f.Anchor ?? "-"} {f.Text}"),
                footnotes.Select(f => $"{f.GetProperty("language").GetString()} {f.GetProperty("marker").GetString()} {f.GetProperty("referenced").GetBoolean()} " +
                                      $"{f.GetProperty("defined").GetBoolean()} {f.GetProperty("anchor").GetString() ?? "-"} {f.GetProperty("text").GetString()}"));
            foreach (var footnote in footnotes)
            {
                var marker = footnote.GetProperty("marker").GetString()!;
                var carried = footnote.GetProperty("citations").EnumerateArray().ToList();
                Assert.All(carried, c => Assert.Equal(marker, c.GetProperty("footnote").GetString()));
                var expected = extracted.References.Where(r => r.Footnote == marker && r.Target != symbol).Select(r => r.Target).ToHashSet();
                Assert.Equal(expected.Order(), carried.Select(c => c.GetProperty("targetId").GetString()!).Distinct().Order());
            }
        }

        var none = await server.QueryAsync("""{ document(symbol: "A/RES/75/180") { footnotes(language: "en") { marker } } }""");
        Assert.Empty(none.GetProperty("document").GetProperty("footnotes").EnumerateArray()); // the seed is French only
    }
}
