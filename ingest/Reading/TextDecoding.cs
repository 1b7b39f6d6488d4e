using System.Text;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Turns a text file's bytes into a string, or says clearly why it cannot: empty, binary, not UTF-8.
/// (Encoding detection beyond UTF-8/UTF-16 with a byte-order mark belongs to a later reader.)
/// </summary>
public static class TextDecoding
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] content)
    {
        if (content.Length == 0) throw new UnreadableDocumentException("the file is empty");
        string text;
        if (content.Length >= 2 && (content[0] == 0xFF && content[1] == 0xFE || content[0] == 0xFE && content[1] == 0xFF))
            text = (content[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(content, 2, content.Length - 2);
        else
        {
            if (Array.IndexOf(content, (byte)0) >= 0)
                throw new UnreadableDocumentException("the file is binary (it contains NUL bytes), not text");
            try
            {
                var start = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
                text = StrictUtf8.GetString(content, start, content.Length - start);
            }
            catch (DecoderFallbackException e)
            {
                throw new UnreadableDocumentException($"the file is not valid UTF-8 text (invalid byte at offset {e.Index})", e);
            }
        }
        if (string.IsNullOrWhiteSpace(text)) throw new UnreadableDocumentException("the file holds no text (only white space)");
        var control = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')) control++;
        if (control > 8 && control * 100 > text.Length)
            throw new UnreadableDocumentException($"the file is binary ({control} control characters), not text");
        return text;
    }
}
