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
    [InlineData("States parties to the Convention relating to the Status of Refugees and its 1967 Protocol", "refugee-protocol")]
    [InlineData("la Convention relative au statut des réfugiés et son Protocole de 1967", "refugee-protocol")]
    [InlineData("los Estados que aún no son partes en la Convención de 1951 ni en el Protocolo de 1967", "refugee-protocol")]
    [InlineData("la Convención para la Salvaguardia del Patrimonio Cultural Inmaterial", "intangible-cultural-heritage-convention")]
    [InlineData("ratificar el Convenio sobre la Edad Mínima, 1973 (núm. 138)", "ilo-convention-138")]
    [InlineData("el Plan de Acción de la Cumbre Mundial sobre la Alimentación", "world-food-summit-plan-of-action")]
    [InlineData("la Convención sobre Municiones en Racimo", "cluster-munitions-convention")]
    public void Spanish_titles_and_the_1967_Protocol(string text, string id) =>
        Assert.Contains("instrument:" + id, InstrumentMatcher.Default.Find(text).Select(f => f.Target));

    [Fact]
    public void Every_catalogue_entry_has_a_Spanish_title() =>
        Assert.Empty(UnCitationGraph.Instruments.InstrumentCatalogue.Default.Entries.Where(e => !e.Titles.ContainsKey("es")).Select(e => e.Id));

    [Theory]
    // "Paris Principles": national institutions' unless armed forces or groups are spoken of
    [InlineData("the release of children in line with the Paris Principles on children associated with armed forces or armed groups", "paris-principles-children-armed-conflict", "paris-principles")]
    [InlineData("los Principios de París sobre los niños vinculados a fuerzas armadas", "paris-principles-children-armed-conflict", "paris-principles")]
    [InlineData("des institutions nationales conformes aux Principes de Paris", "paris-principles", "paris-principles-children-armed-conflict")]
    [InlineData("national institutions in full compliance with the Paris Principles, and commitments", "paris-principles", "paris-principles-children-armed-conflict")]
    public void A_shared_short_name_takes_the_sense_of_its_context(string text, string id, string notId)
    {
        var found = InstrumentMatcher.Default.Find(text).Select(f => f.Target).ToList();
        Assert.Contains("instrument:" + id, found);
        Assert.DoesNotContain("instrument:" + notId, found);
    }

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
    [InlineData("equality in Employment and Occupation")]
    public void Generic_words_are_no_instrument(string text) =>
        Assert.Empty(InstrumentMatcher.Default.Find(text));
}
