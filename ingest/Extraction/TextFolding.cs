using System.Globalization;
using System.Text;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>A word of a text: where it stands and its folded form (lower case, accents, ligatures and apostrophes folded).</summary>
public readonly record struct Token(int Start, int End, string Folded)
{
    public int Length => End - Start;
}

/// <summary>
/// Folding for matching across spellings: "Déclaration", "DECLARATION" and "declaration" are one word; "l’homme" is
/// "l" + "homme"; "Convention-cadre" is "convention" + "cadre". One table lookup per character: linear and cheap.
/// </summary>
public static class TextFolding
{
    static readonly char[] Table = BuildTable();

    static char[] BuildTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var s = ((char)c).ToString().Normalize(NormalizationForm.FormD);
            var baseChar = s.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(s[0]) != UnicodeCategory.NonSpacingMark ? s[0] : (char)c;
            table[c] = char.ToLowerInvariant(baseChar);
        }
        return table;
    }

    public static char Fold(char c) => c < Table.Length ? Table[c] : char.ToLowerInvariant(c);

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Splits a text into words (letters and digits); everything else separates. "œ" becomes "oe".</summary>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>();
        var sb = new StringBuilder(32);
        var i = start;
        while (i < end)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var s = i;
            sb.Clear();
            while (i < end && IsWordChar(text[i]))
            {
                var c = text[i];
                if (c is 'œ' or 'Œ') sb.Append("oe");
                else if (c is 'æ' or 'Æ') sb.Append("ae");
                else sb.Append(Fold(c));
                i++;
            }
            tokens.Add(new Token(s, i, sb.ToString()));
        }
        return tokens;
    }

    /// <summary>The folded words of a phrase joined by single spaces ("l’Assemblée générale" → "l assemblee generale").</summary>
    public static string FoldPhrase(string phrase) => string.Join(' ', Tokenize(phrase).Select(t => t.Folded));

    /// <summary>Collapses runs of white space to one space (for surface texts that crossed line breaks).</summary>
    public static string Squash(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
