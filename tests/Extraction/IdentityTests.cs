using UnCitationGraph.Model;

namespace UnCitationGraph.Tests.Extraction;

public class IdentityTests
{
    [Theory]
    [InlineData("Resolution adopted by the General Assembly on 16 December 2020\n\n75/180. Strengthening international cooperation\n\nThe General Assembly,\n\nRecalling its resolution 74/153,\n",
        "A/RES/75/180", Bodies.GA, DocumentKinds.Resolution, "en", "2020-12-16", "Strengthening international cooperation")]
    [InlineData("  43/21. Promotion d’une coopération mutuellement avantageuse \n\ndans le domaine des droits de l’homme \n\nLe Conseil des droits de l’homme, \n\nGuidé par la Charte des Nations Unies, \n\n1. Décide de rester saisi de la question. \n\n45e séance \n\n22 juin 2020 \n",
        "A/HRC/RES/43/21", Bodies.HRC, DocumentKinds.Resolution, "fr", "2020-06-22", "Promotion d’une coopération mutuellement avantageuse dans le domaine des droits de l’homme")]
    [InlineData("Resolución aprobada por el Consejo de Derechos Humanos el 7 de octubre de 2021\n\n48/13. El derecho humano a un medio ambiente limpio\n\nEl Consejo de Derechos Humanos,\n\nRecordando sus resoluciones anteriores,\n",
        "A/HRC/RES/48/13", Bodies.HRC, DocumentKinds.Resolution, "es", "2021-10-07", "El derecho humano a un medio ambiente limpio")]
    [InlineData("Resolution 242 (1967)\nof 22 November 1967\n\nThe Security Council,\n\nExpressing its continuing concern with the situation,\n",
        "S/RES/242(1967)", Bodies.SC, DocumentKinds.Resolution, "en", "1967-11-22", null)]
    [InlineData("100 (1953). Resolution of 27 October 1953\n[S/3128]\n\nThe Security Council,\n\nHaving taken note of the report,\n",
        "S/RES/100(1953)", Bodies.SC, DocumentKinds.Resolution, "en", "1953-10-27", null)]
    [InlineData("United Nations A/HRC/RES/44/11\n\nGeneral Assembly Distr.: General\n23 July 2020\n\nThe Human Rights Council,\n\nRecalling the Charter,\n",
        "A/HRC/RES/44/11", Bodies.HRC, DocumentKinds.Resolution, "en", "2020-07-23", null)]
    [InlineData("2005/69. Human rights and transnational corporations\n\nThe Commission on Human Rights,\n\nRecalling its resolution 2004/116,\n",
        "E/CN.4/RES/2005/69", Bodies.CHR, DocumentKinds.Resolution, "en", null, "Human rights and transnational corporations")]
    public void A_resolution_is_identified_from_its_title_block(string text, string symbol, string body, string kind, string language, string? date, string? title)
    {
        var d = Run.Extract(text).Document;
        Assert.Equal((symbol, body, kind, language, date, title), (d.Symbol, d.Body, d.Kind, d.Language, d.Date, d.Title));
    }

    [Theory]
    [InlineData("The report of the Special Rapporteur on her mission to Norway (A/HRC/35/35/Add.1) is submitted as an addendum to the present report.\n", "A/HRC/35/35")]
    [InlineData("El informe sobre su misión (A/HRC/38/33/Add.2) figura en una adición al presente informe.\n", "A/HRC/38/33")]
    public void A_report_is_identified_by_the_addendum_it_names(string text, string symbol)
    {
        var d = Run.Extract(text);
        Assert.Equal((symbol, Bodies.HRC, DocumentKinds.Report), (d.Document.Symbol, d.Document.Body, d.Document.Kind));
        Assert.Contains(d.References, r => r.Target.StartsWith(symbol + "/Add.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_own_symbol_is_never_a_reference()
    {
        var d = Run.Extract("A/HRC/RES/44/11\n\nThe Human Rights Council,\n\nRecalling its resolution 44/11 and document A/HRC/RES/44/11,\n\nA/HRC/RES/44/11\n");
        Assert.DoesNotContain(d.References, r => r.Target == "A/HRC/RES/44/11");
    }

    [Fact]
    public void A_text_with_no_clue_has_no_symbol() =>
        Assert.Null(Run.Extract("Some notes taken at a meeting about cooperation.\n").Document.Symbol);
}
