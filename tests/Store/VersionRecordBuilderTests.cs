using UnCitationGraph.Model;
using UnCitationGraph.Store;

namespace UnCitationGraph.Tests.Store;

public class VersionRecordBuilderTests
{
    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;

    [Theory]
    [InlineData("A/HRC/44/44/Add.1", "A/HRC/44/44")]
    [InlineData("A/75/478/Add.12", "A/75/478")]
    [InlineData("A/HRC/44/44", null)]
    [InlineData("A/HRC/44/44/Add.", null)]
    [InlineData("A/HRC/44/44/Add.1/Corr.1", null)]
    public void An_addendum_names_its_document(string symbol, string? parent) =>
        Assert.Equal(parent, VersionRecordBuilder.AddendumParent(symbol));

    [Fact]
    public void A_document_takes_its_symbol_facts_and_its_targets_what_their_ids_tell()
    {
        var extracted = new ExtractedDocument("f.txt", new DocumentIdentity("A/HRC/44/44/Add.1", null, null, "FR", "2020-06-01", "Rapport"),
            [
                new Reference("instrument:udhr", "la Déclaration universelle", "PP1", null, Relations.Recalls),
                new Reference("instrument:udhr", "Déclaration universelle", "PP1", "2", null),
                new Reference("S/RES/242(1967)", "resolution 242 (1967)", "PP2", null, null),
                new Reference("url:https://undocs.org/x", "https://undocs.org/x", "FN3", "3", null),
                new Reference("A/HRC/44/44/Add.1", "own symbol", "P1", null, null),
            ], [], [new Orphan("2", OrphanProblems.MarkerWithoutNote)]);

        var record = VersionRecordBuilder.Build(extracted, "inbox/f.txt", "abc", At);

        Assert.Equal(("A/HRC/44/44/Add.1", Bodies.HRC, DocumentKinds.Report, 2020, true), (record.Document.Id, record.Document.Body, record.Document.DocumentKind, record.Document.Year, record.Document.Ingested));
        Assert.Equal(("fr", "Rapport", "abc"), (record.Version.Language, record.Version.Title, record.Version.ContentHash));
        Assert.Equal("A/HRC/44/44", record.AddendumOf);
        var udhr = Assert.Single(record.Citations, c => c.TargetId == "instrument:udhr");
        Assert.Equal((Relations.Recalls, "2"), (udhr.Relation, udhr.Footnote)); // merged: one per (target, location)
        Assert.Equal(3, record.Citations.Count); // own symbol is not a reference
        var targets = record.Targets.ToDictionary(t => t.Id);
        Assert.Equal(("Universal Declaration of Human Rights", 1948), (targets["instrument:udhr"].Label, targets["instrument:udhr"].Year));
        Assert.Equal((Bodies.SC, 1967, false), (targets["S/RES/242(1967)"].Body, targets["S/RES/242(1967)"].Year, targets["S/RES/242(1967)"].Ingested));
        Assert.Equal(NodeKind.WebResource, targets["url:https://undocs.org/x"].Kind);
    }

    [Fact]
    public void A_file_without_a_symbol_is_keyed_by_its_hash()
    {
        var extracted = new ExtractedDocument("f.txt", new DocumentIdentity(null, null, null, null, null, null), [], [], []);
        var record = VersionRecordBuilder.Build(extracted, "f.txt", "deadbeef", At);
        Assert.Equal(("hash:deadbeef", VersionRecordBuilder.UnknownLanguage, (string?)null), (record.Document.Id, record.Version.Language, record.AddendumOf));
    }
}
