using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Model;

namespace UnCitationGraph.Tests.Extraction;

/// <summary>Security Council resolutions as the printed volumes give them: title, notes numbered on from earlier pages, markers as words.</summary>
public class SecurityCouncilLayoutTests
{
    const string Res100 = """
        100 (1953). Resolution of 27 October 1953
        [S/3128]

        The Security Council,

        Having taken note of the report of the Chief of Staff
        of the United Nations Truce Supervision Organization
        in Palestine dated 23 October 1953, 6

        1. Deems it desirable to that end that the works
        started in the demilitarized zone on 2 September 1953
        should be suspended during the urgent examination of
        the question by the Security Council;

        2. Notes with satisfaction the statement made by the
        Israel representative at the 631st meeting;

        3. Relies on * the Chief of Staff of the Truce Supervision
        Organization to inform it regarding the fulfilment of
        that undertaking.

        Adopted unanimously at the
        631st meeting.

        6 fbid., document S/3122.
        * Paragraph 3 of the English text of the draft resolution as adopted
        began with the word “Requests...”.
        """;

    [Fact]
    public void A_volume_text_gives_its_symbol_date_notes_numbered_from_6_and_an_asterisk_note()
    {
        var doc = Run.Extract(Res100);
        Assert.Equal(("S/RES/100(1953)", "SC", "1953-10-27"), (doc.Document.Symbol, doc.Document.Body, doc.Document.Date));
        Assert.Equal([("6", true, true), ("*", true, true)], doc.Footnotes.Select(f => (f.Marker, f.Referenced, f.Defined)));
        Assert.Empty(doc.Orphans);
        var note = doc.References.Single(r => r.Target == "S/3122");
        Assert.Equal(("FN6", "6"), (note.Location, note.Footnote));
        Assert.Contains(doc.References, r => r.Target == "S/3128");
    }

    [Fact]
    public void Numbers_of_other_kinds_never_become_markers()
    {
        var doc = Run.Read("""
            Resolution 244 (1967)
            of 22 December 1967

            The Security Council,

            Noting the appeals of 22 November, 21 24 November 22 and 3
            December 23 and the report of the Secretary-General of
            8 December 1967, 24

            Noting the replies of the three Governments concerned 25 to the appeal,
            and their replies 26 to his previous appeals,

            Noting that the Government of Cyprus has agreed to continue the Force beyond 26
            December 1967, as in paragraphs 2, 3 and 4 of resolution 186 (1964), within 12 hours,

            1. Reaffirms its resolution 186 (1964) adopted at the 1592nd meeting by 9 votes to 2;

            Adopted unanimously at the
            1386th meeting.

            21 Ibid., document S/8248/Add.3,
            22 Ibid., document S/8248/Add.5.
            23 Ibid., document S/8248/Add.6, para. 1.
            24 Ibid., document S/8286.
            25 Ibid., documents S/8248/Add.7-9.
            26 Ibid., document S/8248/Add.6, paras. 3 and 4.
            """);
        var markers = doc.Blocks.SelectMany(b => b.Markers).Select(m => m.Label).ToList();
        Assert.Equal(["21", "22", "23", "24", "25", "26"], markers);
        Assert.Equal(["21", "22", "23", "24", "25", "26"], doc.Notes.Select(n => n.Marker));
        Assert.Equal("Ibid., document S/8248/Add.3,", doc.Notes[0].Text); // the next note is not read into it
        Assert.Contains(doc.Blocks, b => b.Text.Contains("concerned to the appeal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_marker_whose_note_is_missing_is_an_orphan_and_a_note_without_marker_too()
    {
        var doc = Run.Extract("""
            Resolution 470 (1980)
            of 30 May 1980

            The Security Council,

            Having considered the report of the Secretary-General on the United Nations Disengagement Observer Force, 38

            Decides to renew the mandate for another period of six months.

            Adopted at the 2224th meeting by 14 votes to none. 39

            38 Ibid., document S/13957.
            41 One member (China) did not participate in the voting.
            """);
        Assert.Equal([("39", OrphanProblems.MarkerWithoutNote), ("41", OrphanProblems.NoteWithoutMarker)], doc.Orphans.Select(o => (o.Marker, o.Problem)));
    }

    [Fact]
    public void Without_notes_only_a_run_of_increasing_numbers_after_punctuation_makes_markers()
    {
        var run = Run.Read("""
            Resolution 687 (1991)
            of 3 April 1991

            The Security Council,

            Noting the Protocol signed at Geneva on 17 June 1925, 59 and the Convention of 10 April 1972, 60

            Welcoming the report of 1967, 24 within 12 hours,
            """);
        Assert.Equal(["59", "60"], run.Blocks.SelectMany(b => b.Markers).Select(m => m.Label));

        var lone = Run.Read("Resolution 242 (1967)\nof 22 November 1967\n\nThe Security Council,\n\nEmphasizing the acceptance of the Charter, 24 and Article 2 of the Charter,\n");
        Assert.Empty(lone.Blocks.SelectMany(b => b.Markers));
    }

    [Fact]
    public void A_paragraph_cut_by_the_printed_page_is_joined_and_the_1990s_slash_notes_are_read()
    {
        var doc = Run.Read("""
            RESOLUTION 852 (1993)

            Adopted by the Security Council at its 3258th meeting,
            on 28 July 1993

            The Security Council,

            Having studied the report of the Secretary-General on the United Nations
            Interim Force in Lebanon of 20 July 1993, 1/ and taking note of the observations of the

            94-12513 (E)
            S/RES/852 (1993)
            Page 2

            Secretary-General, 2/

            1/ S/26111.
            2/  S/26083.
            """);
        Assert.Equal(["1", "2"], doc.Notes.Select(n => n.Marker));
        var paragraph = Assert.Single(doc.Blocks, b => b.Text.StartsWith("Having studied", StringComparison.Ordinal));
        Assert.EndsWith("of the\nSecretary-General,", paragraph.Text);
        Assert.Equal(["1", "2"], paragraph.Markers.Select(m => m.Label));
    }

    [Fact]
    public void Notes_printed_between_paragraphs_are_notes_and_operative_paragraphs_are_not()
    {
        var doc = Run.Read("""
            Resolution 310 (1972)
            of 4 February 1972

            The Security Council,

            Taking note of the statement of the President of Mauritania, 16 in his capacity as Chairman,

            18 Resolutions or decisions on this question were also adopted
            by the Council in 1968, 1969, 1970 and 1971.

            7 Calls upon all States to refrain from any action;

            Adopted at the 1638th meeting.

            16 See Official Records of the Security Council, Twenty-seventh Year, 1627th meeting.
            """);
        Assert.Equal(["18", "16"], doc.Notes.Select(n => n.Marker));
        Assert.Contains(doc.Blocks, b => b.Text.StartsWith("7 Calls upon", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_texts_are_not_taken_for_Security_Council_volumes()
    {
        var layout = new SecurityCouncilLayout();
        Assert.False(layout.Recognises("United Nations S/RES/1454 (2002)\n\nResolution 1454 (2002)\n\nThe Security Council,\n"));
        Assert.False(layout.Recognises("Resolution 75/180\n\nThe General Assembly,\n"));
        Assert.True(layout.Recognises("Resolution 290\nof 8 December 1970\n\nThe Security Council,\n"));
    }
}
