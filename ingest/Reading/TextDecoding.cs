using System.Text;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Bytes to text for the text readers: a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32 LE); otherwise strict UTF-8,
/// else Windows-1252 when the bytes are plausible 1252 text. Binary content gets a clear error.
/// </summary>
public static class TextDecoding
{
    // Windows-1252 differs from Latin-1 only in 0x80..0x9F; '\0' marks the five bytes it leaves undefined.
    private const string Cp1252High =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return Checked(new UTF32Encoding(false, true, true), bytes[4..], "UTF-32");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Checked(StrictUtf8, bytes[3..], "UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Checked(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16 LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Checked(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16 BE");

        if (LooksBinary(bytes)) throw new UnreadableDocumentException("binary file, not text (it holds NUL or control bytes)");
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { }
        return Windows1252(bytes) ?? throw new UnreadableDocumentException(
            "not text in a known encoding: neither UTF-8 (no BOM for UTF-16) nor plausible Windows-1252");
    }

    private static string Checked(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try { return encoding.GetString(bytes); }
        catch (DecoderFallbackException e) { throw new UnreadableDocumentException($"invalid {name}: the file has a {name} byte-order mark but bytes that are not {name}", e); }
    }

    /// <summary>NUL anywhere, or more than 1% control bytes other than tab, line and page breaks.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0) return true;
        var controls = 0;
        foreach (var b in bytes)
            if (b < 0x20 && b is not (9 or 10 or 12 or 13 or 27)) controls++;
        return controls > bytes.Length / 100;
    }

    /// <summary>Decodes as Windows-1252 unless a byte is undefined there or high bytes look like random data.</summary>
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
