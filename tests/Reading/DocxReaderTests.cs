using System.IO.Compression;
using UnCitationGraph.Ingest.Reading;

namespace UnCitationGraph.Tests.Reading;

public class DocxReaderTests
{
    private static readonly DocxReader Reader = new();

    private static byte[] Resolution() => new DocxFixture()
        .Paragraph("The Human Rights Council,")
        .Paragraph("Recalling its resolution 44/18 of 17 July 2020[fn:5] and General Assembly resolution 74/153,[fn:9]")
        .Paragraph("Noting the report of the Independent Expert,[fn*:12] and the note by the secretariat[en:3]")
        .Paragraph("Decides to continue its consideration of the matter;[fn:5]", numbered: true)
        .Paragraph("Requests the Secretary-General to report.", numbered: true)
        .Footnote(5, "A/HRC/44/44 and Add.1.")
        .Footnote(9, "See A/75/53, chap. V.")
        .Footnote(12, "Appointed under resolution 35/3.")
        .Footnote(20, "A note nothing refers to.")
        .Endnote(3, "A/HRC/43/44.")
        .Build();

    [Fact]
    public void Paragraphs_come_in_order_with_their_list_numbers()
    {
        var doc = Reader.Read(Resolution(), "r.docx");
        Assert.Equal("docx", doc.Format);
        Assert.Equal("The Human Rights Council,", doc.Blocks[0].Text);
        Assert.Equal("1. Decides to continue its consideration of the matter;", doc.Blocks[3].Text);
        Assert.Equal("2. Requests the Secretary-General to report.", doc.Blocks[4].Text);
    }

    [Fact]
    public void References_become_markers_numbered_as_Word_displays_them()
    {
        var doc = Reader.Read(Resolution(), "r.docx");
        var recalling = doc.Blocks[1];
        Assert.Equal("Recalling its resolution 44/18 of 17 July 2020 and General Assembly resolution 74/153,", recalling.Text);
        Assert.Equal([new NoteMarker("1", 46), new NoteMarker("2", recalling.Text.Length)], recalling.Markers);
        Assert.Equal(["*", "i"], doc.Blocks[2].Markers.Select(m => m.Label));
        Assert.Equal("1", Assert.Single(doc.Blocks[3].Markers).Label);   // the same note cited again keeps its number
        Assert.DoesNotContain("*", doc.Blocks[2].Text);
    }

    [Fact]
    public void Notes_come_from_the_footnotes_and_endnotes_parts()
    {
        var notes = Reader.Read(Resolution(), "r.docx").Notes;
        Assert.Equal(
            [new Note("1", "A/HRC/44/44 and Add.1."), new Note("2", "See A/75/53, chap. V."), new Note("*", "Appointed under resolution 35/3."),
             new Note("footnote-20", "A note nothing refers to."), new Note("i", "A/HRC/43/44.")],
            notes);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var s = zip.CreateEntry("[Content_Types].xml").Open()) s.Write("<Types/>"u8);
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++) entry.Write(zeros);   // 64 MB of zeros packs into about 64 KB
        }
        var e = Assert.Throws<UnreadableDocumentException>(() => Reader.Read(bomb.ToArray(), "bomb.docx"));
        Assert.Contains("zip bomb", e.Message);
    }

    [Fact]
    public void A_corrupt_docx_is_refused_with_the_reason()
    {
        var docx = Resolution();
        var e = Assert.Throws<UnreadableDocumentException>(() => Reader.Read(docx[..(docx.Length - 200)], "cut.docx"));
        Assert.StartsWith("corrupt DOCX", e.Message);
        Assert.True(Reader.CanRead(docx, ".docx"));
    }
}
