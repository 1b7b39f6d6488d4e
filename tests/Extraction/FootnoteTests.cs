using UnCitationGraph.Model;

namespace UnCitationGraph.Tests.Extraction;

public class FootnoteTests
{
    [Fact]
    public void Markers_without_notes_and_notes_without_markers_are_orphans()
    {
        var doc = Run.Extract("The General Assembly,\n\nWelcoming the report of the Secretary-General<sup>1</sup> and the note<sup>2</sup>,\n\n<sup>1</sup> A/75/100.\n\n<sup>3</sup> A/75/300.\n");
        Assert.Equal([("2", OrphanProblems.MarkerWithoutNote), ("3", OrphanProblems.NoteWithoutMarker)], doc.Orphans.Select(o => (o.Marker, o.Problem)));
        Assert.Equal([("1", true, true), ("2", true, false), ("3", false, true)], doc.Footnotes.Select(f => (f.Marker, f.Referenced, f.Defined)));
    }

    [Fact]
    public void A_note_reference_carries_its_marker_and_the_anchor_paragraphs_relation()
    {
        var doc = Run.Extract("The General Assembly,\n\nRecalling the Millennium Declaration<sup>1</sup>,\n\n<sup>1</sup> Resolution 55/2.\n");
        var fromNote = doc.References.Single(r => r.Target == "A/RES/55/2");
        Assert.Equal(("FN1", "1", Relations.Recalls), (fromNote.Location, fromNote.Footnote, fromNote.Relation));
        var inText = doc.References.Single(r => r.Target == "instrument:millennium-declaration");
        Assert.Equal(("PP1", "1"), (inText.Location, inText.Footnote));
    }

    [Theory]
    [InlineData("Ibid., para. 5.")]
    [InlineData("Ibid.")]
    [InlineData("Idem, art. 28.")]
    [InlineData("fbid.")]
    [InlineData("Ibíd., párr. 3.")]
    public void Ibid_adds_no_target(string ibid)
    {
        var doc = Run.Extract($"The General Assembly,\n\nRecalling the report<sup>1</sup> and its annex<sup>2</sup>,\n\n<sup>1</sup> See A/HRC/44/44.\n\n<sup>2</sup> {ibid}\n");
        Assert.Equal(["A/HRC/44/44"], doc.References.Select(r => r.Target).Distinct());
        Assert.Empty(doc.Orphans);
    }

    [Fact]
    public void Ibid_followed_by_a_document_still_cites_that_document()
    {
        var doc = Run.Extract("The General Assembly,\n\nRecalling the report<sup>1</sup> and the letter<sup>2</sup>,\n\n<sup>1</sup> See S/3122.\n\n<sup>2</sup> Ibid., document S/3128.\n");
        Assert.Contains(doc.References, r => r.Target == "S/3128" && r.Location == "FN2");
    }
}
