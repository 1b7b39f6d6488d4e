using UnCitationGraph.Model;
using UnCitationGraph.Neo4j;
using UnCitationGraph.Store;

namespace UnCitationGraph.Tests.Neo4j;

/// <summary>What the store sends over the Query API for one version: one explicit transaction, or none at all when unchanged.</summary>
public sealed class Neo4jGraphStoreProtocolTests
{
    static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    static readonly VersionRecord Record = VersionRecordBuilder.Build(
        new ExtractedDocument("a.txt", new DocumentIdentity("A/RES/75/180", null, null, "fr", "2020-12-16", "Titre"),
            [new Reference("A/RES/60/251", "résolution 60/251", "PP1", null, Relations.Recalls),
             new Reference("instrument:udhr", "Déclaration universelle", "PP2", null, Relations.Reaffirms)],
            [new Footnote("1", "See A/RES/60/251.", true, true) { Anchor = "PP1" }, new Footnote("3", "", true, false) { Anchor = "OP2" }],
            [new Orphan("3", OrphanProblems.MarkerWithoutNote)]),
        "inbox/a.txt", "abc123", DateTimeOffset.UnixEpoch);

    static FakeAnswer Answer(FakeRequest r, string? storedHash) =>
        r.Path.EndsWith("/tx")
            ? FakeAnswer.Result(["contentHash"], [[storedHash]], transaction: new { id = "w1", expires = "2030-01-01T00:00:00Z" })
            : FakeAnswer.Empty();

    [Fact]
    public async Task A_new_version_is_written_in_one_explicit_transaction_with_batched_statements()
    {
        await using var server = await FakeQueryApi.StartAsync(r => Answer(r, null));
        await using var store = new Neo4jGraphStore(server.Options());

        Assert.Equal(UpsertOutcome.Inserted, await store.UpsertVersionAsync(Record, Ct));

        var requests = server.Requests.ToList();
        Assert.Equal("/db/neo4j/query/v2/tx", requests[0].Path);
        Assert.Equal(CypherStatements.Get("ReadVersion"), requests[0].Statement);
        Assert.Equal("A/RES/75/180|fr", requests[0].Body!["parameters"]!["key"]!.GetValue<string>());
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Equal("/db/neo4j/query/v2/tx/w1", r.Path));
        Assert.Equal("/db/neo4j/query/v2/tx/w1/commit", requests[^1].Path);
        Assert.Equal(
            ["MergeNodes", "UpsertDocument", "RetractVersionCitations", "WriteVersionCitations", "ReplaceVersionOrphans",
             "ReplaceVersionFootnotes", "ReplaceAddendum"],
            requests.Skip(1).SkipLast(1).Select(r => NameOf(r.Statement)));
        var citations = requests.Single(r => r.Statement == CypherStatements.Get("WriteVersionCitations")).Body!["parameters"]!;
        Assert.Equal(2, citations["citations"]!.AsArray().Count); // one UNWIND batch, not one request per citation
        Assert.Equal("fr", citations["language"]!.GetValue<string>());
        var footnotes = requests.Single(r => r.Statement == CypherStatements.Get("ReplaceVersionFootnotes")).Body!["parameters"]!;
        Assert.Equal("A/RES/75/180|fr", footnotes["key"]!.GetValue<string>());
        Assert.Equal(["0 1 True True PP1 See A/RES/60/251.", "1 3 True False OP2 "], footnotes["footnotes"]!.AsArray().Select(f =>
            $"{f!["ordinal"]} {f["marker"]} {f["referenced"]!.GetValue<bool>()} {f["defined"]!.GetValue<bool>()} {f["anchor"]} {f["text"]}"));
    }

    [Fact]
    public async Task Identical_content_rolls_back_without_writing()
    {
        await using var server = await FakeQueryApi.StartAsync(r => Answer(r, Record.Version.ContentHash));
        await using var store = new Neo4jGraphStore(server.Options());

        Assert.Equal(UpsertOutcome.Unchanged, await store.UpsertVersionAsync(Record, Ct));

        Assert.Equal(["POST /db/neo4j/query/v2/tx", "DELETE /db/neo4j/query/v2/tx/w1"], server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_changed_version_reports_replaced()
    {
        await using var server = await FakeQueryApi.StartAsync(r => Answer(r, "an-older-hash"));
        await using var store = new Neo4jGraphStore(server.Options());

        Assert.Equal(UpsertOutcome.Replaced, await store.UpsertVersionAsync(Record, Ct));
        Assert.EndsWith("/commit", server.Requests.Last().Path);
    }

    [Fact]
    public async Task A_page_gives_each_item_the_cursor_that_resumes_after_it_and_a_bounded_total()
    {
        static Dictionary<string, object?> Cited(string target, string location) => new()
        {
            ["sourceId"] = "A/RES/75/180", ["targetId"] = target, ["targetKind"] = "Document", ["location"] = location,
            ["text"] = "t", ["footnote"] = null, ["relation"] = null, ["languages"] = new[] { "fr" },
        };
        var scanned = 3;
        await using var server = await FakeQueryApi.StartAsync(r =>
            r.Statement == CypherStatements.Get("CitationsOutgoingCount") ? FakeAnswer.Result(["scanned", "matching"], [[scanned, 3]])
            : r.Statement == CypherStatements.Get("CitationsOutgoing")
                ? FakeAnswer.Result(["citation"], [[Cited("A/RES/60/251", "PP1")], [Cited("A/RES/60/251", "PP2")], [Cited("A/RES/66/3", "PP4")]])
                : FakeAnswer.Empty());
        await using var store = new Neo4jGraphStore(server.Options());

        var page = await store.GetCitationsAsync("A/RES/75/180", Direction.Outgoing, CitationFilter.None, new PageRequest(2) { CountTotal = true }, Ct);

        Assert.Equal(["A/RES/60/251@PP1", "A/RES/60/251@PP2"], page.Items.Select(c => $"{c.TargetId}@{c.Location}"));
        Assert.True(page.HasNextPage);
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(page.Cursors[^1], page.EndCursor);
        var count = server.Requests.Single(r => r.Statement == CypherStatements.Get("CitationsOutgoingCount")).Body!["parameters"]!;
        Assert.Equal(TotalCount.ScanLimit, count["scan"]!.GetValue<int>());

        // The first item's cursor sends that item's own key as $after: the next page starts right after it.
        server.Requests.Clear();
        await store.GetCitationsAsync("A/RES/75/180", Direction.Outgoing, CitationFilter.None, new PageRequest(2, page.Cursors[0]), Ct);
        var request = Assert.Single(server.Requests); // not asked to count: no count statement
        var after = request.Body!["parameters"]!["after"]!;
        Assert.Equal(("A/RES/60/251", "PP1"), (after["targetId"]!.GetValue<string>(), after["location"]!.GetValue<string>()));

        scanned = TotalCount.ScanLimit; // the bounded scan stopped short: the total is unknown
        Assert.Null((await store.GetCitationsAsync("A/RES/75/180", Direction.Outgoing, CitationFilter.None, new PageRequest(2) { CountTotal = true }, Ct)).TotalCount);
    }

    [Fact]
    public async Task Footnotes_are_read_back_from_the_statement_rows()
    {
        await using var server = await FakeQueryApi.StartAsync(r => r.Statement == CypherStatements.Get("Footnotes")
            ? FakeAnswer.Result(["footnote"], [
                [new { documentId = "A/RES/75/180", language = "fr", marker = "1", text = "Résolution 55/2.", referenced = true, defined = true, anchor = "PP3" }],
                [new { documentId = "A/RES/75/180", language = "fr", marker = "2", text = "", referenced = true, defined = false, anchor = (string?)null }]])
            : FakeAnswer.Empty());
        await using var store = new Neo4jGraphStore(server.Options());

        var footnotes = await store.GetFootnotesAsync("A/RES/75/180", "fr", Ct);

        Assert.Equal(
            [new FootnoteRecord("A/RES/75/180", "fr", "1", "Résolution 55/2.", true, true, "PP3"), new FootnoteRecord("A/RES/75/180", "fr", "2", "", true, false, null)],
            footnotes);
        var parameters = Assert.Single(server.Requests).Body!["parameters"]!;
        Assert.Equal(("A/RES/75/180", "fr"), (parameters["documentId"]!.GetValue<string>(), parameters["language"]!.GetValue<string>()));
    }

    static string NameOf(string? statement) =>
        Directory.GetFiles(Path.Combine(Support.Paths.RepoRoot, "schema", "Neo4j", "Cypher"), "*.cypher")
            .Select(Path.GetFileNameWithoutExtension)
            .Single(name => CypherStatements.Get(name!) == statement)!;
}
