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
    [InlineData("Recalling the relevant resolutions of the Commission on Human Rights,")]
    [InlineData("Taking note of the resolution adopted at its fifth session,")]
    [InlineData("the resolution of 4 November 1948 (S/1070)")]
    public void Generic_mentions_cite_no_number(string text) =>
        Assert.Empty(ResolutionNumbers.Find(text, Bodies.GA));
}
