using UnCitationGraph.Ingest.Extraction;
using UnCitationGraph.Model;

namespace UnCitationGraph.Tests.Extraction;

public class ResolutionNumberTests
{
    [Theory]
    // French
    [InlineData("Rappelant la résolution 60/251 de l’Assemblée générale, en date du 15 mars 2006,", Bodies.HRC, "A/RES/60/251")]
    [InlineData("Rappelant également la résolution 16/21 du Conseil des droits de l’homme,", Bodies.GA, "A/HRC/RES/16/21")]
    [InlineData("conformément à la résolution 1999/24 de la Commission des droits de l’homme", Bodies.GA, "E/CN.4/RES/1999/24")]
    [InlineData("Rappelant sa résolution 73/147 du 17 décembre 2018,", Bodies.GA, "A/RES/73/147")]
    [InlineData("Rappelant ses résolutions 7/23 du 28 mars 2008 et 10/4 du 25 mars 2009,", Bodies.HRC, "A/HRC/RES/7/23")]
    [InlineData("Rappelant ses résolutions 7/23 du 28 mars 2008 et 10/4 du 25 mars 2009,", Bodies.HRC, "A/HRC/RES/10/4")]
    [InlineData("la résolution 1996/31 du Conseil économique et social", Bodies.HRC, "E/RES/1996/31")]
    [InlineData("la décision 2000/288 du Conseil économique et social", Bodies.HRC, "E/DEC/2000/288")]
    [InlineData("Rappelant la résolution 217 A (III) de l’Assemblée générale", Bodies.HRC, "A/RES/217A(III)")]
    // English
    [InlineData("Recalling Human Rights Council resolution 5/1 of 18 June 2007,", Bodies.GA, "A/HRC/RES/5/1")]
    [InlineData("Recalling also Commission on Human Rights resolution 2005/69 of 20 April 2005,", Bodies.HRC, "E/CN.4/RES/2005/69")]
    [InlineData("Recalling General Assembly resolution 2200 A (XXI) of 16 December 1966,", Bodies.HRC, "A/RES/2200A(XXI)")]
    [InlineData("Reaffirming Security Council resolutions 1373 (2001), 1540 (2004) and 2178 (2014),", Bodies.GA, "S/RES/2178(2014)")]
    [InlineData("Reaffirming Security Council resolutions 1373 (2001), 1540 (2004) and 2178 (2014),", Bodies.GA, "S/RES/1540(2004)")]
    [InlineData("Recalling its resolutions 5/1 and 5/2 of 18 June 2007,", Bodies.HRC, "A/HRC/RES/5/2")]
    [InlineData("in accordance with its decision 2/102 of 6 October 2006,", Bodies.HRC, "A/HRC/DEC/2/102")]
    [InlineData("Recalling Sub-Commission resolution 2000/7 of 17 August 2000,", Bodies.HRC, "E/CN.4/Sub.2/RES/2000/7")]
    [InlineData("Recalling its resolution S-29/1 of 17 June 2020,", Bodies.HRC, "A/HRC/RES/S-29/1")]
    [InlineData("pursuant to resolution 44/192 B of the General Assembly", Bodies.HRC, "A/RES/44/192B")]
    // Spanish
    [InlineData("Recordando la resolución 60/251 de la Asamblea General, de 15 de marzo de 2006,", Bodies.HRC, "A/RES/60/251")]
    [InlineData("Recordando sus resoluciones 5/1 y 5/2, de 18 de junio de 2007,", Bodies.HRC, "A/HRC/RES/5/1")]
    [InlineData("Recordando sus resoluciones 5/1 y 5/2, de 18 de junio de 2007,", Bodies.HRC, "A/HRC/RES/5/2")]
    [InlineData("la resolución 2002/73 de la Comisión de Derechos Humanos", Bodies.HRC, "E/CN.4/RES/2002/73")]
    [InlineData("la resolución 1325 (2000) del Consejo de Seguridad", Bodies.HRC, "S/RES/1325(2000)")]
    public void A_number_resolves_to_the_body_the_sentence_names_or_the_citing_body(string text, string citingBody, string expected) =>
        Assert.Contains(expected, ResolutionNumbers.Find(text, citingBody).Select(f => f.Target));

    [Theory]
    [InlineData("Rappelant que la Sous-Commission de la promotion et de la protection des droits de l’homme a adopté la résolution 2000/22,", Bodies.GA, "E/CN.4/Sub.2/RES/2000/22")]
    [InlineData("The mandate was created by the Commission on Human Rights in its resolution 2005/55.", Bodies.HRC, "E/CN.4/RES/2005/55")]
    [InlineData("Recalling its resolutions 5/1, on institution-building of the Council, and 5/2, on the code of conduct,", Bodies.HRC, "A/HRC/RES/5/2")]
    [InlineData("Recalling its resolutions 107 (1955) of 30 March 1955, 108 (1955) of 8 September 1955 and 111 (1956),", Bodies.SC, "S/RES/111(1956)")]
    public void The_sentence_subject_and_asides_in_lists_are_followed(string text, string citingBody, string expected) =>
        Assert.Contains(expected, ResolutionNumbers.Find(text, citingBody).Select(f => f.Target));

    [Theory]
    // The body named between the word and the numbers
    [InlineData("Recalling the resolutions of the Human Rights Council 32/2 of 30 June 2016 and 41/18 of 12 July 2019,", Bodies.GA, new[] { "A/HRC/RES/32/2", "A/HRC/RES/41/18" })]
    [InlineData("in accordance with the resolution of the General Assembly 70/1,", Bodies.HRC, new[] { "A/RES/70/1" })]
    [InlineData("Rappelant les résolutions du Conseil de sécurité 2250 (2015) et 2419 (2018),", Bodies.GA, new[] { "S/RES/2250(2015)", "S/RES/2419(2018)" })]
    [InlineData("les résolutions de la Commission des droits de l’homme 2003/52 et 2004/41", Bodies.HRC, new[] { "E/CN.4/RES/2003/52", "E/CN.4/RES/2004/41" })]
    [InlineData("Recordando las resoluciones de la Asamblea General 72/186, de 19 de diciembre de 2017, y 74/152, de 18 de diciembre de 2019,", Bodies.HRC, new[] { "A/RES/72/186", "A/RES/74/152" })]
    [InlineData("Teniendo presentes las resoluciones del Consejo 37/24 y 40/12,", Bodies.HRC, new[] { "A/HRC/RES/37/24", "A/HRC/RES/40/12" })]
    [InlineData("las resoluciones del Consejo de Seguridad 2282 (2016), de 27 de abril de 2016, y 2558 (2020)", Bodies.GA, new[] { "S/RES/2282(2016)", "S/RES/2558(2020)" })]
    // Special sessions: the General Assembly's or the Council's, by the body named or adopting the text
    [InlineData("Recalling its resolution S-26/2 of 27 June 2001,", Bodies.GA, new[] { "A/RES/S-26/2" })]
    [InlineData("Rappelant la résolution S-27/2 de l’Assemblée générale,", Bodies.HRC, new[] { "A/RES/S-27/2" })]
    [InlineData("Recordando su resolución S-31/1, de 14 de mayo de 2021,", Bodies.HRC, new[] { "A/HRC/RES/S-31/1" })]
    [InlineData("Recalling Human Rights Council resolution S-33/1,", Bodies.GA, new[] { "A/HRC/RES/S-33/1" })]
    // Emergency special sessions: only the General Assembly holds them
    [InlineData("Recalling its resolutions ES-11/1 of 2 March 2022 and ES-11/4 of 12 October 2022,", Bodies.GA, new[] { "A/RES/ES-11/1", "A/RES/ES-11/4" })]
    [InlineData("Noting General Assembly resolutions 997 (ES-I) of 2 November 1956 and 998 (ES-I),", Bodies.SC, new[] { "A/RES/997(ES-I)", "A/RES/998(ES-I)" })]
    [InlineData("conformément à la résolution ES-10/19 de l’Assemblée générale", Bodies.HRC, new[] { "A/RES/ES-10/19" })]
    [InlineData("en virtud de la resolución ES-10/22,", Bodies.HRC, new[] { "A/RES/ES-10/22" })]
    public void Bodies_between_special_and_emergency_sessions_resolve(string text, string citingBody, string[] expected) =>
        Assert.Equal(expected.Order(), ResolutionNumbers.Find(text, citingBody).Select(f => f.Target).Distinct().Order());

    [Theory]
    // A bare "Council" in a text no council adopted: the council the text named last, else the council numbering so.
    [InlineData("Welcoming the work of the Economic and Social Council, in particular Council resolution 2022/4,", "E/RES/2022/4")]
    [InlineData("Rappelant les travaux du Conseil des droits de l’homme et la résolution 50/13 du Conseil,", "A/HRC/RES/50/13")]
    [InlineData("Recordando el Consejo Económico y Social y la resolución 2020/12 del Consejo,", "E/RES/2020/12")]
    [InlineData("Recalling Council resolution 52/14,", "A/HRC/RES/52/14")]
    [InlineData("Recalling also Council resolution 2334 (2016),", "S/RES/2334(2016)")]
    public void A_bare_council_in_an_assembly_text_is_a_council(string text, string expected)
    {
        var targets = ResolutionNumbers.Find(text, Bodies.GA).Select(f => f.Target).ToList();
        Assert.Equal([expected], targets);
    }

    [Fact]
    public void A_bare_council_takes_the_council_named_in_an_earlier_paragraph()
    {
        var doc = Run.Resolution("The General Assembly,", "79/999. Test",
            "Recalling the institution-building package of the Human Rights Council,",
            "Recalling also Council resolution 46/3 of 23 March 2021,");
        var targets = Extractor.Default.Extract(Run.Read(doc), "t.txt").References.Select(r => r.Target).ToList();
        Assert.Contains("A/HRC/RES/46/3", targets);
        Assert.DoesNotContain("A/RES/46/3", targets);
    }

    [Theory]
    [InlineData("Welcoming resolution 4/2019 of 29 June 2019, entitled “World Pulses Day”, adopted by the Conference of the Food and Agriculture Organization of the United Nations at its forty-first session,")]
    [InlineData("Taking note of World Health Assembly resolution 72/1 on patient safety,")]
    [InlineData("Rappelant la résolution 40/2 de la Conférence générale de l’UNESCO,")]
    [InlineData("Acogiendo con beneplácito la resolución 5/2021, aprobada por la Conferencia de la FAO en su 42º período de sesiones,")]
    [InlineData("Noting resolution 1/1 of the Conference of the States Parties to the Convention,")]
    public void Other_organisations_resolutions_are_no_UN_resolutions(string text) =>
        Assert.Empty(ResolutionNumbers.Find(text, Bodies.GA));

    [Theory]
    [InlineData("Recalling the relevant resolutions of the Commission on Human Rights,")]
    [InlineData("Taking note of the resolution adopted at its fifth session,")]
    [InlineData("the resolution of 4 November 1948 (S/1070)")]
    public void Generic_mentions_cite_no_number(string text) =>
        Assert.Empty(ResolutionNumbers.Find(text, Bodies.GA));
}
