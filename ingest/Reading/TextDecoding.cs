using System.Text;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Turns a text file's bytes into a string, or says clearly why it cannot: a byte-order mark decides (UTF-8,
/// UTF-16 LE/BE, UTF-32 LE); otherwise strict UTF-8, else Windows-1252 when the bytes are plausible 1252 text.
/// Empty, white-space-only and binary content get a clear error.
/// </summary>
public static class TextDecoding
{
    // Windows-1252 differs from Latin-1 only in 0x80..0x9F; '\0' marks the five bytes it leaves undefined.
    private const string Cp1252High =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    // Control characters text does not hold (white space and ESC aside), found by a vectorised search.
    private static readonly System.Buffers.SearchValues<char> BinaryControls = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v' or '\u001B')).ToArray());

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0) throw new UnreadableDocumentException("the file is empty");
        var text = DecodeBytes(content);
        if (string.IsNullOrWhiteSpace(text)) throw new UnreadableDocumentException("the file holds no text (only white space)");
        var control = CountBinaryControls(text);
        if (control > 8 && control * 100 > text.Length)
            throw new UnreadableDocumentException($"the file is binary ({control} control characters), not text");
        return text;
    }

    private static int CountBinaryControls(ReadOnlySpan<char> text)
    {
        var count = 0;
        int i;
        while ((i = text.IndexOfAny(BinaryControls)) >= 0)
        {
            count++;
            text = text[(i + 1)..];
        }
        return count;
    }

    private static string DecodeBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return Checked(new UTF32Encoding(false, false, true), bytes[4..], "UTF-32");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Checked(StrictUtf8, bytes[3..], "UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Checked(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16 LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Checked(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16 BE");

        if (bytes.IndexOf((byte)0) >= 0) throw new UnreadableDocumentException("the file is binary (it contains NUL bytes), not text");
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            return Windows1252(bytes) ?? throw new UnreadableDocumentException(
                $"the file is not text in a known encoding: not valid UTF-8 (invalid byte at offset {e.Index}), no UTF-16 byte-order mark, not plausible Windows-1252", e);
        }
    }

    private static string Checked(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try { return encoding.GetString(bytes); }
        catch (DecoderFallbackException e) { throw new UnreadableDocumentException($"invalid {name}: the file has a {name} byte-order mark but bytes that are not {name}", e); }
    }

    /// <summary>Decodes as Windows-1252 unless a byte is undefined there or high bytes are too many for Western text.</summary>
    private static string? Windows1252(ReadOnlySpan<byte> bytes)
    {
        var high = 0;
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80) { chars[i] = (char)b; continue; }
            high++;
            var c = b < 0xA0 ? Cp1252High[b - 0x80] : (char)b;
            if (c == '\0') return null;
            chars[i] = c;
        }
        // Western text is mostly ASCII: accented letters and typographic quotes are a minority.
        return high * 4 > bytes.Length ? null : new string(chars);
    }
}
