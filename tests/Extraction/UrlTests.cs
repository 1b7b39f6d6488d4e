using UnCitationGraph.Ingest.Extraction;

namespace UnCitationGraph.Tests.Extraction;

public class UrlTests
{
    [Theory]
    [InlineData("Available at www.ohchr.org/EN/Issues/Pages/Index.aspx.", "url:www.ohchr.org/EN/Issues/Pages/Index.aspx")]
    [InlineData("Disponible à l’adresse : https://undocs.org/fr/A/75/53).", "url:https://undocs.org/fr/A/75/53")]
    [InlineData("(see http://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/60/1)", "url:http://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/60/1")]
    [InlineData("Voir http://www.example.org/fileadmin/Publikationen/\nForeign_Voices/fv_2016.pdf.", "url:http://www.example.org/fileadmin/Publikationen/Foreign_Voices/fv_2016.pdf")]
    [InlineData("Voir www.oecd.org/doc/?cote=DCD/DAC(2010)12\n&docLanguage=En.", "url:www.oecd.org/doc/?cote=DCD/DAC(2010)12&docLanguage=En")]
    [InlineData("« www.unhcr.org »", "url:www.unhcr.org")]
    public void Addresses_are_read_whole_and_rejoined_across_lines(string text, string expected) =>
        Assert.Equal(expected, Urls.Find(text).Single().Target);

    [Fact]
    public void A_line_break_before_a_new_sentence_ends_the_address() =>
        Assert.Equal("url:www.un.org/en", Urls.Find("See www.un.org/en\nThe Council").Single().Target);

    [Fact]
    public void A_symbol_inside_an_address_is_no_reference_of_its_own() =>
        Assert.DoesNotContain("A/RES/60/1", Run.Targets("The General Assembly,\n\nRecalling www.un.org/ga/search/view_doc.asp?symbol=A/RES/60/1 and more,\n"));
}
