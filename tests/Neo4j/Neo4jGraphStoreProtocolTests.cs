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

    static string NameOf(string? statement) =>
        Directory.GetFiles(Path.Combine(Support.Paths.RepoRoot, "schema", "Neo4j", "Cypher"), "*.cypher")
            .Select(Path.GetFileNameWithoutExtension)
            .Single(name => CypherStatements.Get(name!) == statement)!;
}
