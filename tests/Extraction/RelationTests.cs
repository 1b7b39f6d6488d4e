using UnCitationGraph.Ingest.Extraction;
using UnCitationGraph.Model;

namespace UnCitationGraph.Tests.Extraction;

public class RelationTests
{
    [Theory]
    [InlineData("Recalling its resolution 5/1,", Relations.Recalls)]
    [InlineData("Rappelant également sa résolution 5/1,", Relations.Recalls)]
    [InlineData("Recordando además su resolución 5/1,", Relations.Recalls)]
    [InlineData("Reaffirming the Charter,", Relations.Reaffirms)]
    [InlineData("Réaffirmant la Charte,", Relations.Reaffirms)]
    [InlineData("Welcoming the report,", Relations.Welcomes)]
    [InlineData("Se félicitant du rapport,", Relations.Welcomes)]
    [InlineData("Acogiendo con beneplácito el informe,", Relations.Welcomes)]
    [InlineData("Taking note of the report,", Relations.TakesNote)]
    [InlineData("9. Prend note du rapport ;", Relations.TakesNote)]
    [InlineData("Tomando nota del informe,", Relations.TakesNote)]
    [InlineData("Guided by the Charter,", Relations.GuidedBy)]
    [InlineData("Guidé par la Charte,", Relations.GuidedBy)]
    [InlineData("Guiándose por la Carta,", Relations.GuidedBy)]
    [InlineData("Noting with concern the report,", Relations.Notes)]
    [InlineData("Recognizing the role,", Relations.Recognizes)]
    [InlineData("Bearing in mind the Declaration,", Relations.BearsInMind)]
    [InlineData("Teniendo presente la Declaración,", Relations.BearsInMind)]
    [InlineData("3. Requests the Secretary-General to report;", Relations.Requests)]
    [InlineData("17. Décide de poursuivre l’examen de la question ;", Relations.Decides)]
    [InlineData("2. Endorses the recommendations;", Relations.Endorses)]
    [InlineData("1. Fait siennes les recommandations ;", Relations.Endorses)]
    [InlineData("1. Hace suyas las recomendaciones;", Relations.Endorses)]
    public void The_leading_words_give_the_relation(string paragraph, string relation) =>
        Assert.Equal(relation, ParagraphRelations.Of(paragraph).Leading);

    [Fact]
    public void A_coordinated_participle_takes_over_for_what_follows()
    {
        const string text = "Réaffirmant la Déclaration universelle des droits de l’homme et rappelant le Pacte international relatif aux droits civils et politiques,";
        var relations = ParagraphRelations.Of(text);
        Assert.Equal(Relations.Reaffirms, relations.At(text.IndexOf("Déclaration", StringComparison.Ordinal)));
        Assert.Equal(Relations.Recalls, relations.At(text.IndexOf("Pacte", StringComparison.Ordinal)));
    }

    [Fact]
    public void References_in_the_text_carry_their_paragraphs_relation()
    {
        var doc = Run.Extract("The General Assembly,\n\nGuided by the Charter of the United Nations,\n\n1. Welcomes the report of the Secretary-General (A/75/100);\n");
        Assert.Equal(Relations.GuidedBy, doc.References.Single(r => r.Target == "instrument:un-charter").Relation);
        Assert.Equal((Relations.Welcomes, "OP1"), doc.References.Single(r => r.Target == "A/75/100") is var r ? (r.Relation, r.Location) : default);
    }
}
