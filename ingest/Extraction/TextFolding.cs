using System.Globalization;
using System.Text;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>A word of a text: where it stands and its folded form (lower case, accents, ligatures and apostrophes folded).</summary>
public readonly record struct Token(int Start, int End, string Folded)
{
    public int Length => End - Start;
}

/// <summary>
/// The words of text[start..end) read in one pass, each folded into a caller's buffer and hashed (for
/// <see cref="WordTable"/>) as it is read: no string per word. <see cref="HashBeforeLast"/> is the hash without the
/// last character (for a stem without a plural "s"). A word too long for the buffer has <see cref="TooLong"/> set.
/// </summary>
public ref struct FoldedWords(string text, int start, int end, Span<char> buffer)
{
    readonly Span<char> _buffer = buffer;
    int _k = start;
    int _n;

    public int Start { get; private set; }
    public int End { get; private set; }
    public uint Hash { get; private set; }
    public uint HashBeforeLast { get; private set; }
    public readonly bool TooLong => _n > _buffer.Length;
    public readonly ReadOnlySpan<char> Folded => _buffer[..Math.Min(_n, _buffer.Length)];

    public bool MoveNext()
    {
        var s = text.AsSpan(0, end);
        var k = _k;
        while (k < s.Length && TextFolding.FoldWordChar(s[k]) == '\0') k++;
        if (k >= s.Length)
        {
            _k = k;
            return false;
        }
        var wordStart = k;
        uint hash = WordTable.Seed, beforeLast = WordTable.Seed;
        var n = 0;
        var buffer = _buffer;
        for (; k < s.Length; k++)
        {
            var f = TextFolding.FoldWordChar(s[k]);
            if (f == '\0') break;
            if (n + 2 > buffer.Length) { n = buffer.Length + 1; continue; }
            if (f >= 'æ' && f is 'œ' or 'æ')
            {
                // Ligatures are two letters: "œuvre" is "oeuvre".
                var first = f == 'œ' ? 'o' : 'a';
                buffer[n++] = first;
                buffer[n++] = 'e';
                hash = beforeLast = WordTable.Step(WordTable.Step(hash, first), 'e');
                continue;
            }
            buffer[n++] = f;
            beforeLast = hash;
            hash = WordTable.Step(hash, f);
        }
        (Start, End, Hash, HashBeforeLast, _n) = (wordStart, k, hash, beforeLast, n);
        _k = k + 1;
        return true;
    }
}

/// <summary>
/// Folding for matching across spellings: "Déclaration", "DECLARATION" and "declaration" are one word; "l’homme" is
/// "l" + "homme"; "Convention-cadre" is "convention" + "cadre". One table lookup per character: linear and cheap.
/// Folded words come from a per-thread pool, so a word seen before costs no allocation: UN texts reuse a small vocabulary.
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

    // For the first characters: the folded character when it belongs to a word (letter or digit), else '\0'.
    static readonly char[] WordTable_ = BuildWordTable();

    static char[] BuildWordTable()
    {
        var table = new char[Table.Length];
        for (var c = 0; c < table.Length; c++) table[c] = char.IsLetterOrDigit((char)c) ? Table[c] : '\0';
        return table;
    }

    public static char Fold(char c) => c < Table.Length ? Table[c] : char.ToLowerInvariant(c);

    /// <summary>A short span folded character by character into <paramref name="buffer"/> (at least as long): no string made.</summary>
    public static ReadOnlySpan<char> FoldInto(ReadOnlySpan<char> text, Span<char> buffer)
    {
        for (var k = 0; k < text.Length; k++) buffer[k] = Fold(text[k]);
        return buffer[..text.Length];
    }

    /// <summary>The folded character when <paramref name="c"/> belongs to a word, else '\0': one table read for most text.</summary>
    public static char FoldWordChar(char c) => c < WordTable_.Length ? WordTable_[c] : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';

    public static bool IsWordChar(char c) => c < WordTable_.Length ? WordTable_[c] != '\0' : char.IsLetterOrDigit(c);

    /// <summary>The end of the word starting at <paramref name="i"/> (letters and digits).</summary>
    public static int WordEnd(string text, int i, int end)
    {
        while (i < end && IsWordChar(text[i])) i++;
        return i;
    }

    /// <summary>The start of the next word at or after <paramref name="i"/>, or <paramref name="end"/>.</summary>
    public static int NextWord(string text, int i, int end)
    {
        while (i < end && !IsWordChar(text[i])) i++;
        return i;
    }

    // Words longer than this are not pooled (they are rare and would only fill the pool).
    const int MaxPooledLength = 40;
    const int MaxPoolSize = 200_000;

    /// <summary>A thread's folding buffer and pool of folded words (fetched once per pass, not once per word).</summary>
    sealed class Folder
    {
        [ThreadStatic] static Folder? _current;
        public static Folder Current => _current ??= new Folder();

        readonly char[] _buffer = new char[MaxPooledLength * 2];
        readonly WordTable _pool = new();

        /// <summary>The folded form of the word text[start..end) (letters and digits only).</summary>
        public string Fold(string text, int start, int end)
        {
            var words = new FoldedWords(text, start, end, _buffer);
            if (!words.MoveNext()) return "";
            return words.TooLong ? FoldLong(text, start, end) : Pooled(words.Folded, words.Hash);
        }

        public string Pooled(ReadOnlySpan<char> word, uint hash)
        {
            if (word.Length > MaxPooledLength) return word.ToString();
            var id = _pool.Find(word, hash);
            if (id >= 0) return _pool[id];
            return _pool.Count < MaxPoolSize ? _pool[_pool.Add(word, hash)] : word.ToString();
        }

        /// <summary>The words of text[start..end) into <paramref name="tokens"/>, their folded forms from the pool.</summary>
        public void Read(string text, int start, int end, List<Token> tokens)
        {
            var words = new FoldedWords(text, start, end, _buffer);
            while (words.MoveNext())
                tokens.Add(new Token(words.Start, words.End, words.TooLong ? FoldLong(text, words.Start, words.End) : Pooled(words.Folded, words.Hash)));
        }
    }

    /// <summary>The folded form of text[start..end) (one word), from the pool when seen before.</summary>
    public static string FoldWord(string text, int start, int end) => Folder.Current.Fold(text, start, end);

    /// <summary>A pooled string equal to <paramref name="word"/> (allocated the first time it is seen on this thread).</summary>
    public static string Pooled(ReadOnlySpan<char> word) => Folder.Current.Pooled(word, WordTable.HashOf(word));

    static string FoldLong(string text, int start, int end) => AppendFolded(new StringBuilder(end - start + 4), text, start, end).ToString();

    /// <summary>Appends text[start..end) folded: for long words and whole phrases, where a string is wanted anyway.</summary>
    static StringBuilder AppendFolded(StringBuilder sb, string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (c is 'œ' or 'Œ') sb.Append("oe");
            else if (c is 'æ' or 'Æ') sb.Append("ae");
            else sb.Append(Fold(c));
        }
        return sb;
    }

    /// <summary>Splits a text into words (letters and digits); everything else separates. "œ" becomes "oe".</summary>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>(Math.Max(4, (end - start) / 6));
        TokenizeInto(text, start, end, tokens);
        return tokens;
    }

    /// <summary>Tokenize into a list the caller keeps (cleared first), to reuse its storage.</summary>
    public static void TokenizeInto(string text, int start, int end, List<Token> tokens)
    {
        tokens.Clear();
        Folder.Current.Read(text, start, end, tokens);
    }

    /// <summary>The folded words of a phrase joined by single spaces ("l’Assemblée générale" → "l assemblee generale").</summary>
    public static string FoldPhrase(string phrase)
    {
        var sb = new StringBuilder(phrase.Length);
        var i = NextWord(phrase, 0, phrase.Length);
        while (i < phrase.Length)
        {
            var e = WordEnd(phrase, i, phrase.Length);
            if (sb.Length > 0) sb.Append(' ');
            AppendFolded(sb, phrase, i, e);
            i = NextWord(phrase, e, phrase.Length);
        }
        return sb.ToString();
    }

    /// <summary>Collapses runs of white space to one space (for surface texts that crossed line breaks).</summary>
    public static string Squash(string text)
    {
        var i = 0;
        // Most surfaces hold single spaces only: returned as they are.
        while (i < text.Length && (text[i] == ' ' ? i > 0 && i + 1 < text.Length && text[i + 1] != ' ' : !char.IsWhiteSpace(text[i]))) i++;
        if (i == text.Length) return text;
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
