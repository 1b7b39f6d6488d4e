using System.Security.Cryptography;
using System.Text;
using UnCitationGraph.Model;
using UnCitationGraph.Store;

namespace UnCitationGraph.Tests.Store;

/// <summary>
/// The contract every <see cref="IGraphStore"/> keeps, run against each store by deriving and giving a store.
/// Each test works on its own symbols (a random session number), and compares global counts as differences,
/// so the suite also runs on a shared database (a Neo4j server other tests use).
/// </summary>
public abstract class GraphStoreContractTests : IAsyncLifetime
{
    /// <summary>A store for one test: fresh, or shared with others. The suite initialises it.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    protected IGraphStore Store { get; private set; } = null!;

    // A session number no other test uses: every symbol of this test carries it.
    readonly int _s = Random.Shared.Next(100_000, 999_999);
    static CancellationToken None => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.InitialiseAsync(None);
    }

    public virtual async ValueTask DisposeAsync() => await Store.DisposeAsync();

    // ---- builders ----

    string Res(int n) => $"A/RES/{_s}/{n}";

    static Reference Ref(string target, string location, string? relation = Relations.Recalls, string? footnote = null) =>
        new(target, "text of " + target, location, footnote, relation);

    static ExtractedDocument Doc(string? symbol, string language, params Reference[] references) =>
        new("file", new DocumentIdentity(symbol, null, null, language, "2020-12-16", $"Title {symbol} {language}"), references, [], []);

    static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);

    static string HashOf(ExtractedDocument d) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            System.Text.Json.JsonSerializer.Serialize(d) + string.Join("|", d.References.Select(r => r.Target + r.Location)))));

    static VersionRecord Record(ExtractedDocument d) => VersionRecordBuilder.Build(d, "inbox/" + d.Document.Language + ".txt", HashOf(d), At);

    Task<UpsertOutcome> Put(ExtractedDocument d) => Store.UpsertVersionAsync(Record(d), None);

    async Task<List<Citation>> Outgoing(string id, CitationFilter? filter = null) =>
        [.. (await Store.GetCitationsAsync(id, Direction.Outgoing, filter ?? CitationFilter.None, new PageRequest(1000), None)).Items];

    static string Edges(IEnumerable<Citation> citations) =>
        string.Join(" ", citations.Select(c => $"{c.TargetId}@{c.Location}[{string.Join(",", c.Languages.Order())}]").Order());

    // ---- writes ----

    [Fact]
    public async Task Initialise_loads_the_instrument_catalogue_with_titles_and_adopting_document()
    {
        await Store.InitialiseAsync(None); // twice: idempotent
        var udhr = await Store.GetInstrumentAsync("instrument:udhr", None);
        Assert.NotNull(udhr);
        Assert.Equal(NodeKind.Instrument, udhr.Node.Kind);
        Assert.Equal("Universal Declaration of Human Rights", udhr.Titles["en"]);
        Assert.Equal("Déclaration universelle des droits de l'homme", udhr.Titles["fr"]);
        Assert.Equal("A/RES/217(III)", udhr.AdoptedIn);
        Assert.Equal(1948, udhr.Node.Year);
        Assert.Null(await Store.GetInstrumentAsync("instrument:no-such-thing", None));
    }

    [Fact]
    public async Task Reingesting_identical_content_changes_nothing()
    {
        var doc = Doc(Res(1), "en", Ref("instrument:un-charter", "PP1"), Ref(Res(2), "OP1"));
        Assert.Equal(UpsertOutcome.Inserted, await Put(doc));
        var before = await Store.GetCountsAsync(None);
        Assert.Equal(UpsertOutcome.Unchanged, await Put(doc));
        Assert.Equal(before, await Store.GetCountsAsync(None));
        Assert.True(await Store.HasContentAsync(HashOf(doc), None));
        Assert.False(await Store.HasContentAsync("0000", None));
    }

    [Fact]
    public async Task A_changed_version_replaces_exactly_what_it_said()
    {
        var other = Doc(Res(9), "en", Ref(Res(3), "PP1"));
        await Put(other);
        await Put(Doc(Res(1), "en", Ref(Res(2), "PP1"), Ref(Res(3), "PP2", footnote: "1")));
        var before = await Store.GetCountsAsync(None);

        Assert.Equal(UpsertOutcome.Replaced, await Put(Doc(Res(1), "en", Ref(Res(3), "PP2"), Ref(Res(4), "OP1"))));

        Assert.Equal($"{Res(3)}@PP2[en] {Res(4)}@OP1[en]", Edges(await Outgoing(Res(1))));
        Assert.Null(await Store.GetNodeAsync(Res(2), None)); // cited by nothing any more, never ingested: gone
        Assert.Equal($"{Res(3)}@PP1[en]", Edges(await Outgoing(Res(9)))); // another document untouched
        var after = await Store.GetCountsAsync(None);
        Assert.Equal(before, after); // one target swapped for another: same counts
        Assert.Single(await Store.GetVersionsAsync(Res(1), None));
    }

    [Fact]
    public async Task Two_language_versions_make_one_node_two_versions_and_edges_carrying_their_languages()
    {
        var before = await Store.GetCountsAsync(None);
        await Put(Doc(Res(1), "fr", Ref("instrument:un-charter", "PP1"), Ref(Res(2), "PP2")));
        await Put(Doc(Res(1), "en", Ref("instrument:un-charter", "PP1"), Ref(Res(3), "OP1")));

        var versions = await Store.GetVersionsAsync(Res(1), None);
        Assert.Equal(["en", "fr"], versions.Select(v => v.Language).Order());
        Assert.Equal($"{Res(2)}@PP2[fr] {Res(3)}@OP1[en] instrument:un-charter@PP1[en,fr]", Edges(await Outgoing(Res(1))));
        var after = await Store.GetCountsAsync(None);
        Assert.Equal(3, after.Documents - before.Documents); // the resolution and its two targets, once each
        Assert.Equal(2, after.Versions - before.Versions);
        Assert.Equal(3, after.Citations - before.Citations);

        var onlyFrench = await Outgoing(Res(1), new CitationFilter(Language: "fr"));
        Assert.Equal($"{Res(2)}@PP2[fr] instrument:un-charter@PP1[en,fr]", Edges(onlyFrench));
    }

    [Fact]
    public async Task Changing_or_removing_one_language_version_leaves_the_others_edges()
    {
        await Put(Doc(Res(1), "fr", Ref("instrument:un-charter", "PP1"), Ref(Res(2), "PP2")));
        await Put(Doc(Res(1), "en", Ref("instrument:un-charter", "PP1"), Ref(Res(3), "OP1")));

        await Put(Doc(Res(1), "en", Ref(Res(4), "OP2")));
        Assert.Equal($"{Res(2)}@PP2[fr] {Res(4)}@OP2[en] instrument:un-charter@PP1[fr]", Edges(await Outgoing(Res(1))));

        Assert.True(await Store.RemoveVersionAsync(Res(1), "fr", None));
        Assert.False(await Store.RemoveVersionAsync(Res(1), "fr", None));
        Assert.Equal($"{Res(4)}@OP2[en]", Edges(await Outgoing(Res(1))));
        Assert.Equal(["en"], (await Store.GetVersionsAsync(Res(1), None)).Select(v => v.Language));
        Assert.True((await Store.GetNodeAsync(Res(1), None))!.Ingested);

        Assert.True(await Store.RemoveVersionAsync(Res(1), "en", None));
        Assert.Null(await Store.GetNodeAsync(Res(1), None)); // no version, nobody cites it
        Assert.Null(await Store.GetNodeAsync(Res(4), None));
        Assert.NotNull(await Store.GetNodeAsync("instrument:un-charter", None)); // the catalogue stays
    }

    [Fact]
    public async Task A_node_known_only_as_a_target_is_completed_when_its_text_arrives()
    {
        var hrc = $"A/HRC/RES/{_s % 60 + 1}/{_s}";
        await Put(Doc(Res(1), "en", Ref(hrc, "PP1")));
        var cited = await Store.GetNodeAsync(hrc, None);
        Assert.NotNull(cited);
        Assert.False(cited.Ingested);
        Assert.Equal((Bodies.HRC, DocumentKinds.Resolution, (_s % 60 + 1).ToString()), (cited.Body, cited.DocumentKind, cited.Session));
        Assert.NotNull(cited.Year);
        var before = await Store.GetCountsAsync(None);

        await Put(Doc(hrc, "fr", Ref("instrument:udhr", "PP1")));

        var after = await Store.GetCountsAsync(None);
        Assert.Equal(before.Documents, after.Documents); // completed, not duplicated
        Assert.Equal(before.IngestedDocuments + 1, after.IngestedDocuments);
        var completed = (await Store.GetNodeAsync(hrc, None))!;
        Assert.True(completed.Ingested);
        Assert.Equal($"Title {hrc} fr", completed.Label);
        Assert.Equal("2020-12-16", completed.Date);
        var citers = await Store.GetCitationsAsync(hrc, Direction.Incoming, CitationFilter.None, new PageRequest(10), None);
        Assert.Equal([Res(1)], citers.Items.Select(c => c.SourceId));
    }

    [Fact]
    public async Task A_file_without_its_own_symbol_is_stored_under_its_hash_and_listed_as_unidentified()
    {
        var doc = Doc(null, "fr", Ref(Res(2), "P1"));
        await Put(doc);
        var id = "hash:" + HashOf(doc);
        var node = await Store.GetNodeAsync(id, None);
        Assert.NotNull(node);
        Assert.True(node.Ingested);
        Assert.Equal($"{Res(2)}@P1[fr]", Edges(await Outgoing(id)));
        var all = await All<UnidentifiedFile>(p => Store.GetUnidentifiedAsync(p, None));
        var file = Assert.Single(all, f => f.Id == id);
        Assert.Equal(("inbox/fr.txt", "fr"), (file.Source, file.Language));
    }

    [Fact]
    public async Task Batches_store_every_version()
    {
        var records = Enumerable.Range(1, 20).Select(i => Record(Doc(Res(i), "en", Ref(Res(100 + i), "PP1")))).ToList();
        var outcomes = await Store.UpsertVersionsAsync(records, None);
        Assert.All(outcomes, o => Assert.Equal(UpsertOutcome.Inserted, o));
        Assert.All(await Store.UpsertVersionsAsync(records, None), o => Assert.Equal(UpsertOutcome.Unchanged, o));
        var nodes = await Store.GetNodesAsync([Res(1), Res(20), Res(120), "no/such"], None);
        Assert.Equal([Res(1), Res(120), Res(20)], nodes.Keys.Order(StringComparer.Ordinal));
        Assert.True(nodes[Res(20)].Ingested);
        Assert.False(nodes[Res(120)].Ingested);
    }

    // ---- reads ----

    [Fact]
    public async Task Citation_pages_follow_their_cursors_without_gaps_or_repeats()
    {
        await Put(Doc(Res(1), "en", [.. Enumerable.Range(1, 25).Select(i => Ref(Res(100 + i), "OP" + i))]));
        var outgoing = await All<Citation>(p => Store.GetCitationsAsync(Res(1), Direction.Outgoing, CitationFilter.None, p, None), 10);
        Assert.Equal(25, outgoing.Select(c => c.TargetId).Distinct().Count());

        var target = $"S/RES/{_s}(2001)";
        for (var i = 1; i <= 15; i++) await Put(Doc(Res(200 + i), "en", Ref(target, "PP1"), Ref(target, "OP1")));
        var incoming = await All<Citation>(p => Store.GetCitationsAsync(target, Direction.Incoming, CitationFilter.None, p, None), 7);
        Assert.Equal(30, incoming.Count);
        Assert.Equal(30, incoming.Select(c => (c.SourceId, c.Location)).Distinct().Count());

        var first = await Store.GetCitationsAsync(target, Direction.Incoming, CitationFilter.None, new PageRequest(30), None);
        Assert.False(first.HasNextPage);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.GetCitationsAsync(target, Direction.Incoming, CitationFilter.None, new PageRequest(5, "not-a-cursor"), None));
    }

    [Fact]
    public async Task Citation_filters_select_by_relation_kind_body_year_and_language()
    {
        await Put(Doc(Res(1), "en",
            Ref("instrument:un-charter", "PP1", Relations.GuidedBy),
            Ref($"S/RES/{_s}(1999)", "PP2", Relations.Recalls),
            Ref("url:https://example.org/x", "FN1", null)));
        Assert.Equal(["instrument:un-charter"], (await Outgoing(Res(1), new CitationFilter(Relation: Relations.GuidedBy))).Select(c => c.TargetId));
        Assert.Equal(["url:https://example.org/x"], (await Outgoing(Res(1), new CitationFilter(TargetKind: NodeKind.WebResource))).Select(c => c.TargetId));
        Assert.Equal([$"S/RES/{_s}(1999)"], (await Outgoing(Res(1), new CitationFilter(Body: Bodies.SC, Year: 1999))).Select(c => c.TargetId));
        Assert.Empty(await Outgoing(Res(1), new CitationFilter(Language: "fr")));
        var web = Assert.Single(await Outgoing(Res(1), new CitationFilter(TargetKind: NodeKind.WebResource)));
        Assert.Equal(NodeKind.WebResource, web.TargetKind);
        Assert.Equal("https://example.org/x", (await Store.GetNodeAsync("url:https://example.org/x", None))!.Label);
    }

    [Fact]
    public async Task Documents_are_listed_by_filter_and_found_by_search()
    {
        await Put(Doc(Res(1), "en", Ref($"S/RES/{_s}(1999)", "PP1")));
        await Put(Doc(Res(2), "fr"));
        var french = await All<GraphNode>(p => Store.ListDocumentsAsync(new DocumentFilter(Language: "fr", Body: Bodies.GA), p, None));
        Assert.Contains(french, n => n.Id == Res(2));
        Assert.DoesNotContain(french, n => n.Id == Res(1));
        var cited = await All<GraphNode>(p => Store.ListDocumentsAsync(new DocumentFilter(Body: Bodies.SC, Ingested: false), p, None), 500);
        Assert.Contains(cited, n => n.Id == $"S/RES/{_s}(1999)");

        var found = await Store.SearchAsync($"{_s}/2 fr", null, new PageRequest(10), None);
        Assert.Equal([Res(2)], found.Items.Select(n => n.Id));
        var byTitle = await Store.SearchAsync("Déclaration universelle", NodeKind.Instrument, new PageRequest(10), None);
        Assert.Contains(byTitle.Items, n => n.Id == "instrument:udhr");
        var literal = await Store.SearchAsync("%", NodeKind.Document, new PageRequest(10), None);
        Assert.DoesNotContain(literal.Items, n => n.Id == Res(1)); // wildcards are taken literally
    }

    [Fact]
    public async Task Lineage_survives_cycles_and_gives_each_node_its_shortest_depth()
    {
        await Put(Doc(Res(1), "en", Ref(Res(2), "PP1"), Ref(Res(3), "PP2")));
        await Put(Doc(Res(2), "en", Ref(Res(3), "PP1")));
        await Put(Doc(Res(3), "en", Ref(Res(1), "PP1"), Ref(Res(4), "PP2")));

        var ancestors = await Store.GetLineageAsync(Res(1), Direction.Outgoing, 10, 100, None);
        Assert.Equal($"{Res(1)}:0 {Res(2)}:1 {Res(3)}:1 {Res(4)}:2", string.Join(" ", ancestors.Nodes.Select(n => $"{n.Node.Id}:{n.Depth}").Order()));
        Assert.Equal(5, ancestors.Edges.Count);
        Assert.False(ancestors.Truncated);

        var descendants = await Store.GetLineageAsync(Res(4), Direction.Incoming, 10, 100, None);
        Assert.Equal($"{Res(1)}:2 {Res(2)}:2 {Res(3)}:1 {Res(4)}:0", string.Join(" ", descendants.Nodes.Select(n => $"{n.Node.Id}:{n.Depth}").Order()));

        var shallow = await Store.GetLineageAsync(Res(1), Direction.Outgoing, 1, 100, None);
        Assert.Equal(3, shallow.Nodes.Count);
        var cut = await Store.GetLineageAsync(Res(1), Direction.Outgoing, 10, 2, None);
        Assert.Equal(2, cut.Nodes.Count);
        Assert.True(cut.Truncated);
    }

    [Fact]
    public async Task A_path_is_a_shortest_chain_of_citations_followed_in_their_direction()
    {
        await Put(Doc(Res(1), "en", Ref(Res(2), "PP1"), Ref(Res(5), "PP2")));
        await Put(Doc(Res(2), "en", Ref(Res(3), "PP1")));
        await Put(Doc(Res(3), "en", Ref(Res(4), "OP1")));
        await Put(Doc(Res(5), "en", Ref(Res(4), "OP3")));

        var path = await Store.FindPathAsync(Res(1), Res(4), 5, None);
        Assert.NotNull(path);
        Assert.Equal([Res(1), Res(5)], path.Select(c => c.SourceId));
        Assert.Equal([Res(5), Res(4)], path.Select(c => c.TargetId));
        Assert.Null(await Store.FindPathAsync(Res(4), Res(1), 5, None)); // against the edges: none
        Assert.Null(await Store.FindPathAsync(Res(1), Res(4), 1, None));
        Assert.Empty((await Store.FindPathAsync(Res(1), Res(1), 5, None))!);
        Assert.Null(await Store.FindPathAsync(Res(1), "no/such", 5, None));
    }

    [Fact]
    public async Task Citers_are_found_directly_or_transitively_with_their_depth()
    {
        var target = $"A/HRC/{_s % 60 + 1}/{_s}";
        await Put(Doc(Res(1), "en", Ref(target, "PP1"), Ref(target, "PP2")));
        await Put(Doc(Res(2), "en", Ref(target, "PP1")));
        await Put(Doc(Res(3), "en", Ref(Res(1), "PP1")));
        await Put(Doc(Res(4), "en", Ref(Res(3), "PP1"), Ref(Res(2), "PP2")));

        var direct = await All<NodeAtDepth>(p => Store.GetCitersAsync(target, false, 1, p, None), 1);
        Assert.Equal([$"{Res(1)}:1", $"{Res(2)}:1"], direct.Select(n => $"{n.Node.Id}:{n.Depth}").Order());

        var transitive = await All<NodeAtDepth>(p => Store.GetCitersAsync(target, true, 5, p, None), 2);
        Assert.Equal([$"{Res(1)}:1", $"{Res(2)}:1", $"{Res(3)}:2", $"{Res(4)}:2"], transitive.Select(n => $"{n.Node.Id}:{n.Depth}").Order());
        Assert.Equal(transitive.Select(n => n.Depth).Order(), transitive.Select(n => n.Depth)); // nearest first
    }

    [Fact]
    public async Task Orphaned_footnotes_are_kept_per_version()
    {
        var doc = Doc(Res(1), "fr") with { Orphans = [new Orphan("2", OrphanProblems.MarkerWithoutNote), new Orphan("7", OrphanProblems.NoteWithoutMarker)] };
        await Put(doc);
        var orphans = (await Store.GetOrphansAsync(Res(1), new PageRequest(10), None)).Items;
        Assert.Equal(["2 marker-without-note fr", "7 note-without-marker fr"], orphans.Select(o => $"{o.Marker} {o.Problem} {o.Language}").Order());
        var all = await All<OrphanRecord>(p => Store.GetOrphansAsync(null, p, None));
        Assert.Equal(2, all.Count(o => o.DocumentId == Res(1)));

        await Put(doc with { Orphans = [], References = [Ref(Res(2), "PP1")] });
        Assert.Empty((await Store.GetOrphansAsync(Res(1), new PageRequest(10), None)).Items);
    }

    [Fact]
    public async Task Every_footnote_is_kept_per_version_and_replaced_with_it()
    {
        Footnote Note(string marker, string text, bool referenced, bool defined, string? anchor) =>
            new(marker, text, referenced, defined) { Anchor = anchor };
        var french = Doc(Res(1), "fr", Ref(Res(2), "FN1", footnote: "1")) with
        {
            Footnotes = [Note("1", "Résolution 60/251.", true, true, "PP2"), Note("2", "", true, false, "OP1"), Note("10", "Voir plus haut.", false, true, null)],
        };
        await Put(french);
        await Put(Doc(Res(1), "en") with { Footnotes = [Note("1", "Resolution 60/251.", true, true, "PP2")] });

        static string Show(IEnumerable<FootnoteRecord> notes) =>
            string.Join(" | ", notes.Select(f => $"{f.Language} {f.Marker} {f.Referenced} {f.Defined} {f.Anchor ?? "-"} {f.Text}"));
        Assert.Equal("en 1 True True PP2 Resolution 60/251. | fr 1 True True PP2 Résolution 60/251. | fr 2 True False OP1  | fr 10 False True - Voir plus haut.",
            Show(await Store.GetFootnotesAsync(Res(1), null, None))); // by language, then in the order of the text (10 after 2)
        Assert.All(await Store.GetFootnotesAsync(Res(1), null, None), f => Assert.Equal(Res(1), f.DocumentId));
        Assert.Equal("en 1 True True PP2 Resolution 60/251.", Show(await Store.GetFootnotesAsync(Res(1), "en", None)));

        await Put(french with { Footnotes = [Note("1", "Résolution 70/1.", true, true, "PP3")], References = [] });
        Assert.Equal("fr 1 True True PP3 Résolution 70/1.", Show(await Store.GetFootnotesAsync(Res(1), "fr", None)));
        Assert.Single(await Store.GetFootnotesAsync(Res(1), "en", None)); // the other version's footnotes untouched

        Assert.True(await Store.RemoveVersionAsync(Res(1), "fr", None));
        Assert.Equal("en 1 True True PP2 Resolution 60/251.", Show(await Store.GetFootnotesAsync(Res(1), null, None)));
        Assert.Empty(await Store.GetFootnotesAsync(Res(1), "fr", None));
        Assert.Empty(await Store.GetFootnotesAsync("no/such", null, None));
    }

    [Fact]
    public async Task Paging_from_any_items_cursor_gives_the_items_after_it_without_gaps_or_repeats()
    {
        var target = $"S/RES/{_s}(2001)";
        await Put(Doc(Res(1), "en", [.. Enumerable.Range(1, 12).Select(i => Ref(Res(100 + i), "OP" + i)), Ref(target, "PP1")]));
        for (var i = 2; i <= 6; i++) await Put(Doc(Res(i), "en", Ref(target, "PP1"), Ref(target, "OP2"), Ref(Res(i - 1), "OP3")));
        await Put(Doc(Res(1), "fr") with { Orphans = [.. Enumerable.Range(1, 7).Select(i => new Orphan(i.ToString(), OrphanProblems.MarkerWithoutNote))] });

        static string Edge(Citation c) => $"{c.SourceId}>{c.TargetId}@{c.Location}";
        await AssertEveryCursorContinues(p => Store.GetCitationsAsync(Res(1), Direction.Outgoing, CitationFilter.None, p, None), Edge, 13);
        await AssertEveryCursorContinues(p => Store.GetCitationsAsync(target, Direction.Incoming, CitationFilter.None, p, None), Edge, 11);
        await AssertEveryCursorContinues(p => Store.GetCitersAsync(target, false, 1, p, None), n => n.Node.Id, 6);
        await AssertEveryCursorContinues(p => Store.GetCitersAsync(Res(1), true, 10, p, None), n => $"{n.Node.Id}:{n.Depth}", 5);
        await AssertEveryCursorContinues(p => Store.GetOrphansAsync(Res(1), p, None), o => $"{o.Language} {o.Marker}", 7);
        await AssertEveryCursorContinues(p => Store.SearchAsync($"/{_s}/", NodeKind.Document, p, None), n => n.Id, 18);
        await AssertEveryCursorContinues(p => Store.GetUnresolvedAsync(p, None), u => u.Node.Id, 12);
    }

    /// <summary>
    /// Reads the query whole (one page), then pages from each item's cursor: the next items, in order, each with the
    /// cursor it had, and HasNextPage exactly when more follow.
    /// </summary>
    static async Task AssertEveryCursorContinues<T>(Func<PageRequest, Task<Page<T>>> query, Func<T, string> show, int atLeast)
    {
        var whole = await query(new PageRequest(PageRequest.MaxFirst));
        Assert.Equal(whole.Items.Count, whole.Cursors.Count);
        Assert.True(whole.Items.Count >= atLeast, $"{whole.Items.Count} items, expected at least {atLeast}");
        Assert.Equal(whole.Cursors.Count, whole.Cursors.Distinct().Count());
        var items = whole.Items.Select(show).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var expected = items.Skip(i + 1).Take(3).ToList();
            if (whole.HasNextPage && expected.Count < 3) break; // past the end of what was read whole
            var next = await query(new PageRequest(3, whole.Cursors[i]));
            Assert.Equal(expected, next.Items.Select(show));
            Assert.Equal(whole.Cursors.Skip(i + 1).Take(3), next.Cursors);
            Assert.Equal(whole.HasNextPage || i + 4 < items.Count, next.HasNextPage);
        }
    }

    [Fact]
    public async Task Totals_are_exact_when_asked_for()
    {
        var target = $"S/RES/{_s}(2002)";
        await Put(Doc(Res(1), "en", [.. Enumerable.Range(1, 9).Select(i => Ref(Res(100 + i), "OP" + i, i % 3 == 0 ? Relations.Welcomes : Relations.Recalls)),
            Ref(target, "PP1"), Ref(target, "PP2")]));
        for (var i = 2; i <= 4; i++) await Put(Doc(Res(i), "en", Ref(target, "PP1"), Ref(Res(1), "OP1")));
        await Put(Doc(Res(2), "fr", Ref(target, "PP9")) with { Orphans = [new Orphan("1", OrphanProblems.MarkerWithoutNote), new Orphan("2", OrphanProblems.NoteWithoutMarker)] });
        var counted = new PageRequest(2) { CountTotal = true };

        async Task<long?> Total<T>(Func<PageRequest, Task<Page<T>>> query) => (await query(counted)).TotalCount;
        async Task AssertTotal<T>(Func<PageRequest, Task<Page<T>>> query)
        {
            Assert.Null((await query(new PageRequest(2))).TotalCount); // not asked, not counted
            Assert.Equal((await All(query)).Count, await Total(query));
        }

        Assert.Equal(11, await Total(p => Store.GetCitationsAsync(Res(1), Direction.Outgoing, CitationFilter.None, p, None)));
        Assert.Equal(3, await Total(p => Store.GetCitationsAsync(Res(1), Direction.Outgoing, new CitationFilter(Relation: Relations.Welcomes), p, None)));
        Assert.Equal(6, await Total(p => Store.GetCitationsAsync(target, Direction.Incoming, CitationFilter.None, p, None))); // citations
        Assert.Equal(1, await Total(p => Store.GetCitationsAsync(target, Direction.Incoming, new CitationFilter(Language: "fr"), p, None)));
        Assert.Equal(4, await Total(p => Store.GetCitersAsync(target, false, 1, p, None))); // distinct documents
        Assert.Equal(3, await Total(p => Store.GetCitersAsync(Res(1), true, 5, p, None)));
        Assert.Equal(2, await Total(p => Store.GetOrphansAsync(Res(2), p, None)));
        Assert.Equal(0, await Total(p => Store.GetCitationsAsync("no/such", Direction.Incoming, CitationFilter.None, p, None)));
        await AssertTotal(p => Store.GetCitationsAsync(target, Direction.Incoming, new CitationFilter(Body: Bodies.GA), p, None));
        await AssertTotal(p => Store.GetCitersAsync(target, false, 1, p, None));
        await AssertTotal(p => Store.GetCitersAsync(Res(1), true, 5, p, None));
        // Global lists: exact when given (a shared database may hold more than the count limit).
        foreach (var total in new[] { await Total(p => Store.GetOrphansAsync(null, p, None)), await Total(p => Store.GetUnresolvedAsync(p, None)) })
            Assert.True(total is null or >= 2);
        if (await Total(p => Store.GetOrphansAsync(null, p, None)) is not null) await AssertTotal(p => Store.GetOrphansAsync(null, p, None));
        if (await Total(p => Store.GetUnresolvedAsync(p, None)) is not null) await AssertTotal(p => Store.GetUnresolvedAsync(p, None));
    }

    [Fact]
    public async Task A_total_past_the_count_limit_is_unknown_not_wrong()
    {
        var hub = $"S/RES/{_s}(2003)";
        var locations = Enumerable.Range(1, TotalCount.Limit + 1).Select(i => "P" + i).ToList();
        await Put(Doc(Res(1), "en", [.. locations.Select(l => Ref(hub, l, l == "P7" ? Relations.Welcomes : Relations.Recalls))]));
        var counted = new PageRequest(5) { CountTotal = true };

        var incoming = await Store.GetCitationsAsync(hub, Direction.Incoming, CitationFilter.None, counted, None);
        Assert.Null(incoming.TotalCount);
        Assert.True(incoming.HasNextPage);
        // A filter matching one citation still cannot be counted without reading past the limit.
        Assert.Null((await Store.GetCitationsAsync(Res(1), Direction.Outgoing, new CitationFilter(Relation: Relations.Welcomes), counted, None)).TotalCount);
        Assert.Equal(1, (await Store.GetCitersAsync(hub, false, 1, counted, None)).TotalCount); // one citing document
    }

    [Fact]
    public async Task Unresolved_references_are_cited_documents_not_ingested_most_cited_first()
    {
        var popular = $"E/CN.4/RES/2005/{_s}";
        var rare = $"E/CN.4/RES/2004/{_s}";
        for (var i = 1; i <= 3; i++) await Put(Doc(Res(i), "en", Ref(popular, "PP1"), Ref(popular, "PP2"), Ref(i == 1 ? rare : Res(1), "OP1")));

        var unresolved = await All<UnresolvedTarget>(p => Store.GetUnresolvedAsync(p, None), 50);
        var counts = unresolved.Select(u => u.CitationCount).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal(3, unresolved.Single(u => u.Node.Id == popular).CitationCount);
        Assert.Equal(1, unresolved.Single(u => u.Node.Id == rare).CitationCount);
        Assert.DoesNotContain(unresolved, u => u.Node.Id == Res(1)); // ingested
        Assert.Equal(Bodies.CHR, unresolved.Single(u => u.Node.Id == popular).Node.Body);

        await Put(Doc(popular, "en"));
        Assert.DoesNotContain(await All<UnresolvedTarget>(p => Store.GetUnresolvedAsync(p, None), 50), u => u.Node.Id == popular);

        var mostCited = await Store.GetMostCitedAsync(NodeKind.Document, Bodies.CHR, 1000, None);
        Assert.Equal(mostCited.Select(m => m.CitedBy).OrderDescending(), mostCited.Select(m => m.CitedBy));
        Assert.Equal(3, mostCited.Single(m => m.Node.Id == popular).CitedBy);
    }

    [Fact]
    public async Task A_neighbourhood_is_the_node_its_neighbours_and_the_edges_among_them()
    {
        await Put(Doc(Res(1), "en", Ref(Res(2), "PP1"), Ref(Res(3), "PP2")));
        await Put(Doc(Res(4), "en", Ref(Res(1), "PP1")));
        await Put(Doc(Res(2), "en", Ref(Res(3), "PP1")));

        var both = await Store.GetNeighbourhoodAsync(Res(1), 1, Direction.Both, 50, None);
        Assert.Equal([Res(1), Res(2), Res(3), Res(4)], both.Nodes.Select(n => n.Node.Id).Order());
        Assert.Equal(4, both.Edges.Count); // includes 2 -> 3, between two neighbours
        Assert.Equal(0, both.Nodes.Single(n => n.Node.Id == Res(1)).Depth);

        var outgoing = await Store.GetNeighbourhoodAsync(Res(1), 1, Direction.Outgoing, 50, None);
        Assert.DoesNotContain(outgoing.Nodes, n => n.Node.Id == Res(4));
        Assert.True((await Store.GetNeighbourhoodAsync(Res(1), 1, Direction.Both, 2, None)).Truncated);
        Assert.Empty((await Store.GetNeighbourhoodAsync("no/such", 1, Direction.Both, 5, None)).Nodes);
    }

    [Fact]
    public async Task Addenda_point_at_their_document()
    {
        var parent = $"A/HRC/{_s % 60 + 1}/{_s}";
        await Put(Doc(parent + "/Add.1", "en", Ref(parent, "P1")));
        await Put(Doc(parent + "/Add.2", "en"));
        Assert.Equal([parent + "/Add.1", parent + "/Add.2"], (await Store.GetAddendaAsync(parent, None)).Select(n => n.Id));
        Assert.False((await Store.GetNodeAsync(parent, None))!.Ingested);
    }

    [Fact]
    public async Task Injected_strings_are_stored_and_returned_verbatim()
    {
        string[] hostile =
        [
            "'); DROP TABLE node; --",
            "x' OR '1'='1",
            "\"}) MATCH (n) DETACH DELETE n //",
            "$param {a: 1} `weird` \\u0000 ; RETURN 1",
        ];
        var symbol = Res(1) + hostile[0];
        var doc = new ExtractedDocument("file",
            new DocumentIdentity(symbol, null, null, "en", null, hostile[2]),
            [.. hostile.Select((h, i) => new Reference(Res(10 + i) + h, h, "PP" + i, h, h))],
            [new Footnote(hostile[0], hostile[2], true, true) { Anchor = hostile[3] }], [new Orphan(hostile[1], hostile[3])]);
        await Put(doc);

        var node = (await Store.GetNodeAsync(symbol, None))!;
        Assert.Equal((symbol, hostile[2]), (node.Id, node.Label));
        var edges = await Outgoing(symbol);
        Assert.Equal(hostile.Select((h, i) => (Res(10 + i) + h, h, h, h)).Order(), edges.Select(c => (c.TargetId, c.Text, c.Footnote!, c.Relation!)).Order());
        var orphan = Assert.Single((await Store.GetOrphansAsync(symbol, new PageRequest(5), None)).Items);
        Assert.Equal((hostile[1], hostile[3]), (orphan.Marker, orphan.Problem));
        var footnote = Assert.Single(await Store.GetFootnotesAsync(symbol, null, None));
        Assert.Equal((hostile[0], hostile[2], hostile[3]), (footnote.Marker, footnote.Text, footnote.Anchor));
        Assert.Contains((await Store.SearchAsync(hostile[0], null, new PageRequest(10), None)).Items, n => n.Id == symbol);
        Assert.True((await Store.GetCountsAsync(None)).Documents > 0); // the tables are all still there
    }

    [Fact]
    public async Task Streams_give_every_node_and_edge_once()
    {
        await Put(Doc(Res(1), "en", Ref(Res(2), "PP1"), Ref("instrument:udhr", "PP2")));
        var counts = await Store.GetCountsAsync(None);
        var nodes = new List<GraphNode>();
        await foreach (var n in Store.StreamNodesAsync(None)) nodes.Add(n);
        var edges = new List<Citation>();
        await foreach (var c in Store.StreamCitationsAsync(None)) edges.Add(c);
        Assert.Equal(nodes.Count, nodes.Select(n => n.Id).Distinct().Count());
        Assert.Contains(nodes, n => n.Id == Res(2));
        Assert.Contains(edges, e => e.SourceId == Res(1) && e.TargetId == "instrument:udhr" && e.Languages.SequenceEqual(["en"]));
        Assert.True(nodes.Count >= counts.Documents + counts.Instruments + counts.WebResources);
        Assert.True(edges.Count >= counts.Citations);
    }

    /// <summary>Every item of a paged query, page by page through the cursors.</summary>
    protected static async Task<List<T>> All<T>(Func<PageRequest, Task<Page<T>>> query, int pageSize = 100)
    {
        var items = new List<T>();
        string? after = null;
        for (var pages = 0; pages < 100_000; pages++)
        {
            var page = await query(new PageRequest(pageSize, after));
            items.AddRange(page.Items);
            Assert.True(page.Items.Count <= pageSize);
            if (!page.HasNextPage) return items;
            Assert.NotNull(page.EndCursor);
            after = page.EndCursor;
        }
        throw new InvalidOperationException("paging never ended");
    }
}
