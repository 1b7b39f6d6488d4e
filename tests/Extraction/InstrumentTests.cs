using UnCitationGraph.Ingest.Extraction;

namespace UnCitationGraph.Tests.Extraction;

public class InstrumentTests
{
    [Theory]
    [InlineData("Guided by the purposes and principles of the Charter of the United Nations,", "un-charter")]
    [InlineData("Reaffirming the Universal Declaration of Human Rights,", "udhr")]
    [InlineData("Réaffirmant la Déclaration et le Programme d’action de Vienne,", "vdpa")]
    [InlineData("Rappelant la Déclaration et du Programme d'action de Vienne", "vdpa")]
    [InlineData("Reafirmando la Declaración y el Programa de Acción de Viena,", "vdpa")]
    [InlineData("Recordando la Declaración Universal de Derechos Humanos,", "udhr")]
    [InlineData("en particulier l’Article 1 de la Charte,", "un-charter")]
    [InlineData("in accordance with the Charter,", "un-charter")]
    [InlineData("Recalling the Vienna Declaration,", "vdpa")]
    [InlineData("the implementation of the 2030 Agenda for Sustainable Development", "agenda-2030")]
    [InlineData("la Agenda 2030 para el Desarrollo Sostenible", "agenda-2030")]
    [InlineData("parties to the ICCPR and its protocols", "iccpr")]
    [InlineData("the Declaration on the Right to Development of 1986", "drtd")]
    [InlineData("el Pacto Internacional de Derechos Civiles y Políticos", "iccpr")]
    [InlineData("la Convention-cadre des Nations Unies sur les changements climatiques", "unfccc")]
    [InlineData("the Declaration of Philadelphia", "ilo-declaration-philadelphia")]
    [InlineData("conformément aux Principes de Paris", "paris-principles")]
    [InlineData("las Conventions de Genève et les Convenios de Ginebra", "geneva-conventions")]
    [InlineData("DÉCLARATION UNIVERSELLE DES DROITS DE L’HOMME", "udhr")]
    public void Titles_short_forms_and_acronyms_match_across_languages(string text, string id) =>
        Assert.Contains("instrument:" + id, InstrumentMatcher.Default.Find(text).Select(f => f.Target));

    [Theory]
    [InlineData("the African Charter on Human and Peoples’ Rights", "african-charter", "un-charter")]
    [InlineData("la Charte de l’Organisation des États américains", "oas-charter", "un-charter")]
    [InlineData("the Optional Protocol to the International Covenant on Civil and Political Rights", "iccpr-op1", "iccpr")]
    public void The_longest_name_wins(string text, string id, string notId)
    {
        var found = InstrumentMatcher.Default.Find(text).Select(f => f.Target).ToList();
        Assert.Contains("instrument:" + id, found);
        Assert.DoesNotContain("instrument:" + notId, found);
    }

    [Theory]
    [InlineData("a charter of rights for workers")]
    [InlineData("the African Charter")]
    [InlineData("la Charte africaine")]
    [InlineData("all human rights instruments and relevant declarations")]
    [InlineData("the paris agreement of the local council")]
    public void Generic_words_are_no_instrument(string text) =>
        Assert.Empty(InstrumentMatcher.Default.Find(text));
}
