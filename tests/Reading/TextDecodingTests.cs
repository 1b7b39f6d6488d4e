using System.Text;
using UnCitationGraph.Ingest.Reading;

namespace UnCitationGraph.Tests.Reading;

public class TextDecodingTests
{
    private const string Sample = "Rappelant la résolution 60/251 de l’Assemblée générale, « Déclaration » – 2030 €";

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Sample) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)] },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)] },
        { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { "UTF-32 LE with BOM", [0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes(Sample)] },
        { "Windows-1252", Cp1252(Sample) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Each_encoding_decodes_to_the_same_text(string name, byte[] bytes) =>
        Assert.True(Sample == TextDecoding.Decode(bytes), name);

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x00, 0x01, 0x02, 0x41 }, "binary")]
    [InlineData(new byte[] { 0x41, 0x81, 0x42, 0x8D, 0x43 }, "not text in a known encoding")]           // bytes 1252 leaves undefined
    public void Binary_and_undecodable_bytes_get_a_clear_error(byte[] bytes, string reason)
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => TextDecoding.Decode(bytes));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Random_bytes_are_not_taken_for_1252_text()
    {
        var noise = new byte[4096];
        new Random(3).NextBytes(noise);
        for (var i = 0; i < noise.Length; i++) noise[i] = (byte)(noise[i] | 0x20);   // no NUL or control bytes
        Assert.Throws<UnreadableDocumentException>(() => TextDecoding.Decode(noise));
    }

    // Windows-1252 by hand: the test must not lean on the decoder it checks.
    private static byte[] Cp1252(string s) => s.Select(c => c switch
    {
        '’' => (byte)0x92, '–' => (byte)0x96, '€' => (byte)0x80, _ => checked((byte)c),
    }).ToArray();
}
