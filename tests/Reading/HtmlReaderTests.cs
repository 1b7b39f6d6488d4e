using System.Text;
using UnCitationGraph.Ingest.Reading;

namespace UnCitationGraph.Tests.Reading;

public class HtmlReaderTests
{
    private static readonly HtmlReader Reader = new();

    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><title>A/RES/75/180</title><style>p { color: red }</style>
        <script>var footnote = "1";</script></head>
        <body>
        <header><nav><a href="/">Home</a> <a href="#main">1</a></nav></header>
        <div class="breadcrumb">Documents &gt; Resolutions</div>
        <main id="main">
          <h1>75/180. Enhancement of international cooperation in the field of human rights</h1>
          <p><em>The General Assembly</em>,</p>
          <p><em>Reaffirming</em> the Vienna Declaration and Programme of Action,<sup><a href="#fn1" id="fnref1">1</a></sup>
             and recalling its resolution 74/153 of 18 December 2019<a href="#fn2">2</a></p>
          <p><em>Noting</em> the report of the Council<sup>3</sup></p>
        </main>
        <section class="footnotes" role="doc-endnotes"><hr/>
          <ol>
            <li id="fn1"><p>A/CONF.157/24 (Part I), chap. III. <a href="#fnref1" class="footnote-back">↩︎</a></p></li>
            <li id="fn2"><p>See <a href="https://undocs.org/A/75/53">A/75/53</a>, chap. V.</p></li>
            <li id="fn3"><p>A/HRC/44/44.</p></li>
          </ol>
        </section>
        <footer>© United Nations</footer>
        </body></html>
        """;

    [Fact]
    public void Text_blocks_leave_out_scripts_styles_and_navigation()
    {
        var doc = Reader.Read(Encoding.UTF8.GetBytes(Page), "r.html");
        Assert.Equal("html", doc.Format);
        Assert.Equal("75/180. Enhancement of international cooperation in the field of human rights", doc.Blocks[0].Text);
        var all = string.Join("\n", doc.Blocks.Select(b => b.Text));
        Assert.DoesNotContain("Home", all);
        Assert.DoesNotContain("footnote", all);
        Assert.DoesNotContain("color", all);
        Assert.DoesNotContain("Documents", all);
        Assert.DoesNotContain("©", all);
        Assert.DoesNotContain("A/CONF.157", all);
    }

    [Fact]
    public void Anchors_and_sups_become_markers_at_their_offsets()
    {
        var doc = Reader.Read(Encoding.UTF8.GetBytes(Page), "r.html");
        var reaffirming = Assert.Single(doc.Blocks, b => b.Text.StartsWith("Reaffirming"));
        Assert.Equal("Reaffirming the Vienna Declaration and Programme of Action, and recalling its resolution 74/153 of 18 December 2019", reaffirming.Text);
        Assert.Equal([new NoteMarker("1", 59), new NoteMarker("2", reaffirming.Text.Length)], reaffirming.Markers);
        var noting = Assert.Single(doc.Blocks, b => b.Text.StartsWith("Noting"));
        Assert.Equal("Noting the report of the Council", noting.Text);
        Assert.Equal("3", Assert.Single(noting.Markers).Label);
    }

    [Fact]
    public void Notes_come_from_the_linked_elements_without_back_links()
    {
        var notes = Reader.Read(Encoding.UTF8.GetBytes(Page), "r.html").Notes;
        Assert.Equal([new Note("1", "A/CONF.157/24 (Part I), chap. III."), new Note("2", "See A/75/53, chap. V."), new Note("3", "A/HRC/44/44.")], notes);
    }

    [Fact]
    public void Word_html_footnotes_linking_both_ways_are_read_once()
    {
        const string word = """
            <html><body><p>Recalling resolution 60/251<a href="#_ftn1" name="_ftnref1">[1]</a>,</p>
            <div><p><a href="#_ftnref1" name="_ftn1">[1]</a> A/RES/60/251.</p></div></body></html>
            """;
        var doc = Reader.Read(Encoding.UTF8.GetBytes(word), "w.htm");
        Assert.Equal([new NoteMarker("1", 27)], Assert.Single(doc.Blocks).Markers);
        Assert.Equal([new Note("1", "A/RES/60/251.")], doc.Notes);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>", "", true)]
    [InlineData("\uFEFF  <html lang=\"fr\">", "", true)]
    [InlineData("Plain text about <html> tags", ".txt", false)]
    public void Html_is_recognised_by_its_start(string head, string extension, bool expected) =>
        Assert.Equal(expected, Reader.CanRead(Encoding.UTF8.GetBytes(head), extension));
}
