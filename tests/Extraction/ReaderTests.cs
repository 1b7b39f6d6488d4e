using System.Text;
using UnCitationGraph.Ingest.Reading;

namespace UnCitationGraph.Tests.Extraction;

public class ReaderTests
{
    [Fact]
    public void Markdown_sup_markers_leave_the_text_and_notes_are_read()
    {
        var doc = Run.Read("*The General Assembly,*\n\n*Recalling* the Millennium Declaration<sup>1</sup>, adopted in 2000,\n\n<sup>1</sup> Resolution 55/2.\n\n12<sup>th</sup> plenary meeting\n");
        var para = doc.Blocks.Single(b => b.Text.StartsWith("Recalling", StringComparison.Ordinal));
        Assert.Equal("Recalling the Millennium Declaration, adopted in 2000,", para.Text);
        Assert.Equal(new NoteMarker("1", "Recalling the Millennium Declaration".Length), para.Markers.Single());
        Assert.Equal(new Note("1", "Resolution 55/2."), doc.Notes.Single());
        Assert.Contains(doc.Blocks, b => b.Text == "12th plenary meeting");
    }

    [Fact]
    public void Pdf_text_glued_digits_become_markers_and_page_bottom_notes_are_taken_out()
    {
        const string text = "The Human Rights Council,\n\nTaking note of the report of the Special Rapporteur1 and of the\n\nSecretary-General,2\n\n1. Decides to continue\n\nits consideration of COVID-19 at the 2030 session;\n\n  \n\n 1 See A/HRC/44/44.\n 2 A/HRC/44/45 and Add.1.\n";
        var doc = Run.Read(text);
        var pp = doc.Blocks.Single(b => b.Text.StartsWith("Taking note", StringComparison.Ordinal));
        Assert.Equal("Taking note of the report of the Special Rapporteur and of the\nSecretary-General,", pp.Text);
        Assert.Equal(["1", "2"], pp.Markers.Select(m => m.Label));
        Assert.Equal(["1", "2"], doc.Notes.Select(n => n.Marker));
        Assert.Equal("See A/HRC/44/44.", doc.Notes[0].Text);
        Assert.Contains(doc.Blocks, b => b.Text == "1. Decides to continue\nits consideration of COVID-19 at the 2030 session;");
    }

    [Fact]
    public void Running_heads_job_numbers_and_page_numbers_are_dropped()
    {
        var page = "Recalling its resolution 5/1,\nand noting the report,\n";
        var text = "A/HRC/RES/44/11\n\nThe Human Rights Council,\n\n" + page + "\nGE.20-10123\n\n2\n\nA/HRC/RES/44/11\n\n1. Decides to remain seized;\n\nA/HRC/RES/44/11\n3/5\n";
        var doc = Run.Read(text);
        Assert.DoesNotContain(doc.Blocks, b => b.Text.Contains("GE.20") || b.Text.Trim() == "2" || b.Text.Contains("3/5"));
        Assert.Single(doc.Blocks, b => b.Text.Contains("A/HRC/RES/44/11"));
    }

    [Fact]
    public void Word_processor_footnote_refs_and_inline_notes_are_read()
    {
        var doc = Run.Read("Le rapport précédent[footnoteRef:2] [2: \t\tVoir A/HRC/32/43.] est cité.[footnoteRef:3] [3: Voir http://www.example.org/a/\nb.pdf.]\n[bookmark: _Hlk1]Texte suivant.\n");
        Assert.Equal("Le rapport précédent  est cité.", doc.Blocks[0].Text);
        Assert.Equal(["2", "3"], doc.Blocks[0].Markers.Select(m => m.Label));
        Assert.Equal(["2", "3"], doc.Notes.Select(n => n.Marker));
        Assert.Equal("Voir A/HRC/32/43.", doc.Notes[0].Text);
        Assert.Equal("Texte suivant.", doc.Blocks[1].Text);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x25, 0x50, 0x00, 0x01, 0x02 }, "binary")]
    [InlineData(new byte[] { 0x41, 0x42, 0xC3, 0x28, 0x81, 0x43 }, "UTF-8")]   // neither UTF-8 nor 1252 (0x81 is undefined there); "AB\xC3(C" alone now reads as 1252
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "no text")]
    public void Unreadable_files_give_a_clear_reason(byte[] content, string reason)
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Default.Read(content, "x.txt"));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_text() =>
        Assert.Equal("Recalling", DocumentReaders.Default.Read([.. new byte[] { 0xFF, 0xFE }, .. Encoding.Unicode.GetBytes("Recalling")], "x.txt").Blocks[0].Text);

    [Fact]
    public void A_missing_file_is_unreadable_with_its_reason()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Default.ReadFile("/nonexistent/file.txt"));
        Assert.Contains("cannot be read", e.Message);
    }
}
