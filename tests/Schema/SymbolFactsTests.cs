using UnCitationGraph.Ids;
using UnCitationGraph.Model;

namespace UnCitationGraph.Tests.Schema;

public class SymbolFactsTests
{
    [Theory]
    [InlineData("A/RES/60/251", Bodies.GA, DocumentKinds.Resolution, 2005)]
    [InlineData("A/RES/217(III)", Bodies.GA, DocumentKinds.Resolution, 1948)]
    [InlineData("A/RES/2200A(XXI)", Bodies.GA, DocumentKinds.Resolution, 1966)]
    [InlineData("A/DEC/55/488", Bodies.GA, DocumentKinds.Decision, 2000)]
    [InlineData("A/HRC/RES/5/1", Bodies.HRC, DocumentKinds.Resolution, 2007)]
    [InlineData("A/HRC/44/44/Add.1", Bodies.HRC, DocumentKinds.Report, 2020)]
    [InlineData("S/RES/242(1967)", Bodies.SC, DocumentKinds.Resolution, 1967)]
    [InlineData("E/CN.4/RES/2005/69", Bodies.CHR, DocumentKinds.Resolution, 2005)]
    [InlineData("E/CN.4/Sub.2/RES/2000/22", Bodies.SUBCOM, DocumentKinds.Resolution, 2000)]
    [InlineData("E/RES/1996/31", Bodies.ECOSOC, DocumentKinds.Resolution, 1996)]
    [InlineData("A/CONF.157/24 (Part I)", Bodies.CONF, DocumentKinds.Report, null)]
    // Special and emergency special sessions number apart: the body is known, the year is not.
    [InlineData("A/RES/S-10/2", Bodies.GA, DocumentKinds.Resolution, null)]
    [InlineData("A/RES/ES-10/21", Bodies.GA, DocumentKinds.Resolution, null)]
    [InlineData("A/RES/2253(ES-V)", Bodies.GA, DocumentKinds.Resolution, null)]
    [InlineData("A/RES/3201(S-VI)", Bodies.GA, DocumentKinds.Resolution, null)]
    [InlineData("A/HRC/RES/S-30/1", Bodies.HRC, DocumentKinds.Resolution, null)]
    public void A_symbol_tells_body_kind_and_year(string symbol, string body, string kind, int? year)
    {
        var facts = SymbolFacts.Of(symbol);
        Assert.Equal((body, kind, year), (facts.Body, facts.Kind, facts.Year));
    }

    [Fact]
    public void The_embedded_catalogue_has_the_charter()
    {
        var charter = UnCitationGraph.Instruments.InstrumentCatalogue.Default.Find("un-charter");
        Assert.NotNull(charter);
        Assert.Equal("Charter of the United Nations", charter!.Titles["en"]);
    }
}
