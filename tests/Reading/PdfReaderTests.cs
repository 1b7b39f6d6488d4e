using UnCitationGraph.Ingest.Reading;

namespace UnCitationGraph.Tests.Reading;

public class PdfReaderTests
{
    private static readonly PdfReader Reader = new();

    /// <summary>Two pages as the UN prints a resolution: title block, running head, job number, notes at the bottom.</summary>
    private static byte[] Resolution() => new PdfFixture()
        .NewPage()
        .Line(450, 740, "A/RES/99/7")
        .Line(123, 720, "General Assembly", 14, isBold: true)
        .Line(123, 640, "99/7. Cooperation in the field of human rights", 12, isBold: true)
        .Line(147, 610, "The General Assembly,")
        .Line(147, 592, "Recalling its resolution 74/153 of 18 December 2019^{1} and the report in")
        .Line(123, 580, "document A/RES/78/")
        .Line(123, 568, "102 on the recom-")
        .Line(123, 556, "mendation of the Secretary-")
        .Line(123, 544, "General,^{2}")
        .Line(147, 526, "Noting the Charter of the United Nations, and noting also the report which")
        .Line(123, 514, "continues on the next page with the words")
        .Rule(100, 150)
        .Line(123, 130, "^{1} See A/75/53, chap. V.", PdfFixture.Note)
        .Line(123, 118, "^{2} Official Records of the General Assembly, Seventy-fifth Session,", PdfFixture.Note)
        .Line(65, 44, "23-24976 (E) 261223")
        .NewPage()
        .Line(60, 745, "A/RES/99/7", PdfFixture.Head, isBold: true)
        .Line(400, 745, "Cooperation in the field of human rights", PdfFixture.Head, isBold: true)
        .Line(123, 700, "of its previous session,")
        .Line(147, 682, "1. Decides to remain seized of the matter.^{3}")
        .Rule(100, 150)
        .Line(123, 130, "Supplement No. 53 (A/75/53).", PdfFixture.Note)
        .Line(123, 118, "^{3} A/HRC/44/44 and Add.1.", PdfFixture.Note)
        .Line(540, 37, "2/2", PdfFixture.Head, isBold: true)
        .Line(60, 37, "23-24976")
        .Build();

    [Fact]
    public void Markers_are_taken_out_and_kept_apart_from_the_number_they_touch()
    {
        var doc = Reader.Read(Resolution(), "r.pdf");
        var recalling = doc.Blocks.Single(b => b.Text.StartsWith("Recalling"));
        Assert.Contains("18 December 2019 and the report", recalling.Text);
        Assert.DoesNotContain("20191", recalling.Text);
        var one = Assert.Single(recalling.Markers, m => m.Label == "1");
        Assert.Equal("Recalling its resolution 74/153 of 18 December 2019", recalling.Text[..one.Offset]);
    }

    [Fact]
    public void Symbols_hyphenation_and_compounds_are_mended_across_lines()
    {
        var text = Reader.Read(Resolution(), "r.pdf").Blocks.Single(b => b.Text.StartsWith("Recalling")).Text;
        Assert.Contains("document A/RES/78/102 on the recommendation of the Secretary-General,", text);
    }

    [Fact]
    public void Running_heads_job_numbers_and_page_numbers_are_removed_and_the_title_block_stays()
    {
        var doc = Reader.Read(Resolution(), "r.pdf");
        var all = string.Join("\n", doc.Blocks.Select(b => b.Text));
        Assert.DoesNotContain("23-24976", all);
        Assert.DoesNotContain("2/2", all);
        Assert.Equal(1, doc.Blocks.Count(b => b.Text.Contains("A/RES/99/7")));
        Assert.Equal("A/RES/99/7", doc.Blocks[0].Text);
        Assert.Contains(doc.Blocks, b => b.Text == "99/7. Cooperation in the field of human rights");
        Assert.DoesNotContain(doc.Blocks, b => b.Text == "Cooperation in the field of human rights");
    }

    [Fact]
    public void A_paragraph_runs_on_across_the_page_break_and_paragraphs_split_at_indents()
    {
        var doc = Reader.Read(Resolution(), "r.pdf");
        Assert.Contains(doc.Blocks, b => b.Text == "Noting the Charter of the United Nations, and noting also the report which continues on the next page with the words of its previous session,");
        var op = Assert.Single(doc.Blocks, b => b.Text.StartsWith("1. Decides"));
        Assert.Equal("3", Assert.Single(op.Markers).Label);
    }

    [Fact]
    public void Notes_come_from_below_the_rule_and_continue_on_the_next_page()
    {
        var notes = Reader.Read(Resolution(), "r.pdf").Notes;
        Assert.Equal(["1", "2", "3"], notes.Select(n => n.Marker));
        Assert.Equal("See A/75/53, chap. V.", notes[0].Text);
        Assert.Equal("Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 53 (A/75/53).", notes[1].Text);
        Assert.Equal("A/HRC/44/44 and Add.1.", notes[2].Text);
    }

    [Fact]
    public void Two_columns_are_read_left_column_first()
    {
        var fixture = new PdfFixture().NewPage().Line(60, 740, "Title across the page spanning both of the columns here", 12, isBold: true);
        for (var i = 0; i < 8; i++)
            fixture.Line(60, 700 - 12 * i, $"left column line {i}").Line(320, 700 - 12 * i, $"right column line {i}");
        var doc = Reader.Read(fixture.Build(), "cols.pdf");
        var text = string.Join(" ", doc.Blocks.Select(b => b.Text));
        Assert.True(text.IndexOf("left column line 7", StringComparison.Ordinal) < text.IndexOf("right column line 0", StringComparison.Ordinal), text);
        Assert.Contains("left column line 0 left column line 1", text);
    }

    [Fact]
    public void A_scan_without_text_layer_is_refused_with_the_reason()
    {
        var pdf = new PdfFixture().NewPage().Png(TinyPng.Gray(8, 8), 50, 50, 500, 700).Build();
        var e = Assert.Throws<UnreadableDocumentException>(() => Reader.Read(pdf, "scan.pdf"));
        Assert.Equal("no text layer: the PDF is a scan; OCR it first", e.Message);
    }

    [Fact]
    public void A_truncated_pdf_is_refused_with_the_reason()
    {
        var pdf = Resolution();
        var e = Assert.Throws<UnreadableDocumentException>(() => Reader.Read(pdf[..(pdf.Length / 2)], "cut.pdf"));
        Assert.StartsWith("truncated PDF", e.Message);
    }

    [Fact]
    public void A_corrupt_pdf_is_refused_with_the_reason()
    {
        var junk = new byte[20_000];
        new Random(7).NextBytes(junk);
        var pdf = "%PDF-1.7\n"u8.ToArray().Concat(junk).Concat("\n%%EOF\n"u8.ToArray()).ToArray();
        var e = Assert.Throws<UnreadableDocumentException>(() => Reader.Read(pdf, "junk.pdf"));
        Assert.StartsWith("corrupt PDF", e.Message);
    }

    [Fact]
    public void An_encrypted_pdf_is_refused_with_the_reason()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => Reader.Read(EncryptedPdf.WithUnknownPassword(), "locked.pdf"));
        Assert.StartsWith("encrypted PDF", e.Message);
    }
}
