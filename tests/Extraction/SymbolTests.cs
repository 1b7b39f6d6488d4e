using UnCitationGraph.Ingest.Extraction;

namespace UnCitationGraph.Tests.Extraction;

public class SymbolTests
{
    [Theory]
    [InlineData("Taking note of the report of the Secretary-General (A/75/297),", "A/75/297")]
    [InlineData("Voir A/CONF.157/24 (Part I), chap. III.", "A/CONF.157/24 (Part I)")]
    [InlineData("See E/CN.4/Sub.2/2004/43, para. 12.", "E/CN.4/Sub.2/2004/43")]
    [InlineData("Véase el documento CCPR/C/GC/36, párr. 3.", "CCPR/C/GC/36")]
    [InlineData("(E/C.12/2000/4), para. 50", "E/C.12/2000/4")]
    [InlineData("Report of the Working Group (CRC/C/15/Add.22)", "CRC/C/15/Add.22")]
    [InlineData("draft resolution E/CN.4/2005/L.10/Add.17", "E/CN.4/2005/L.10/Add.17")]
    [InlineData("A/CONF.151/26 (Vol. I), resolution 1", "A/CONF.151/26 (Vol. I)")]
    [InlineData("bulletin ST/SGB/2003/13 on special measures", "ST/SGB/2003/13")]
    [InlineData("the letter (S/2020/1234) dated", "S/2020/1234")]
    [InlineData("S/RES/1325 (2000) on women", "S/RES/1325(2000)")]
    [InlineData("see A/HRC/\n44/44 for", "A/HRC/44/44")]
    public void A_symbol_is_read_in_its_canonical_form(string text, string expected) =>
        Assert.Contains(expected, Symbols.Find(text).Select(f => f.Target));

    [Theory]
    [InlineData("A/HRC/44/44 et Add.1.", new[] { "A/HRC/44/44", "A/HRC/44/44/Add.1" })]
    [InlineData("See A/HRC/32/43 and Add.1 and 2.", new[] { "A/HRC/32/43", "A/HRC/32/43/Add.1", "A/HRC/32/43/Add.2" })]
    [InlineData("Véanse A/HRC/21/44 y Add.1-3.", new[] { "A/HRC/21/44", "A/HRC/21/44/Add.1", "A/HRC/21/44/Add.2", "A/HRC/21/44/Add.3" })]
    [InlineData("E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II", new[] { "E/CN.4/2001/2", "E/CN.4/Sub.2/2000/46" })]
    [InlineData("documents A/75/1, A/75/2 and A/75/3", new[] { "A/75/1", "A/75/2", "A/75/3" })]
    [InlineData("A/74/40 and Corr.1", new[] { "A/74/40", "A/74/40/Corr.1" })]
    public void Addenda_joint_symbols_and_lists_give_every_document(string text, string[] expected) =>
        Assert.Equal(expected.Order(), Symbols.Find(text).Select(f => f.Target).Distinct().Order());

    [Theory]
    // Ranges written on the symbol or with a word
    [InlineData("(see E/CN.4/2005/85/Add.2-4)", new[] { "E/CN.4/2005/85/Add.2", "E/CN.4/2005/85/Add.3", "E/CN.4/2005/85/Add.4" })]
    [InlineData("the reports A/79/123 and Add.1 to 3", new[] { "A/79/123", "A/79/123/Add.1", "A/79/123/Add.2", "A/79/123/Add.3" })]
    [InlineData("(E/C.12/2010/1 et Add.1 à 3)", new[] { "E/C.12/2010/1", "E/C.12/2010/1/Add.1", "E/C.12/2010/1/Add.2", "E/C.12/2010/1/Add.3" })]
    [InlineData("(A/HRC/52/40 y Add.1 a 2)", new[] { "A/HRC/52/40", "A/HRC/52/40/Add.1", "A/HRC/52/40/Add.2" })]
    // A line break in the connector, a space after "Add."
    [InlineData("(véanse A/HRC/50/2 y\n      Add.1)", new[] { "A/HRC/50/2", "A/HRC/50/2/Add.1" })]
    [InlineData("documents S/1234 and Add. 2.", new[] { "S/1234", "S/1234/Add.2" })]
    // A corrigendum after an addendum corrects the addendum
    [InlineData("(A/CN.9/1000/Add.2 and Corr.1)", new[] { "A/CN.9/1000/Add.2", "A/CN.9/1000/Add.2/Corr.1" })]
    [InlineData("A/HRC/40/3/Add.1 et Corr.1", new[] { "A/HRC/40/3/Add.1", "A/HRC/40/3/Add.1/Corr.1" })]
    [InlineData("E/2019/33 y Add.1 y Corr.1", new[] { "E/2019/33", "E/2019/33/Add.1", "E/2019/33/Add.1/Corr.1" })]
    // A number opening the next note is not an addendum; one in the list is
    [InlineData("Ibid., document A/9999/Add.2,\n5 Ibid., document A/9999/Add.4.", new[] { "A/9999/Add.2", "A/9999/Add.4" })]
    [InlineData("A/9999/Add.1, 2 and 3", new[] { "A/9999/Add.1", "A/9999/Add.2", "A/9999/Add.3" })]
    public void Addenda_ranges_and_corrigenda_of_addenda(string text, string[] expected) =>
        Assert.Equal(expected.Order(), Symbols.Find(text).Select(f => f.Target).Distinct().Order());

    [Theory]
    [InlineData("the report of the OPCW Technical Secretariat (S/2101/2022)", new string[0])]
    [InlineData("note du Secrétariat technique de l’OIAC (S/1899/2021) et lettre S/2021/371", new[] { "S/2021/371" })]
    [InlineData("el documento S/1994/1 y el S/25704", new[] { "S/1994/1", "S/25704" })]
    public void Number_then_year_is_not_a_Security_Council_symbol(string text, string[] expected) =>
        Assert.Equal(expected.Order(), Symbols.Find(text).Select(f => f.Target).Order());

    [Theory]
    [InlineData("and/or the relevant bodies")]
    [InlineData("COVID-19 and the 2030 Agenda")]
    [InlineData("a ratio of 3/4 of Member States")]
    [InlineData("http://www.un.org/A/HRC/44/44 is a page")]
    [InlineData("TA/HRC/44/44")]
    public void Prose_is_not_a_symbol(string text)
    {
        var found = Symbols.Find(text).Where(f => !text.Contains("http") || f.Start < text.IndexOf("http", StringComparison.Ordinal));
        if (text.StartsWith("http", StringComparison.Ordinal)) return; // URL masking is the pipeline's job, tested in UrlTests
        Assert.Empty(found);
    }
}
