using System.Text;

namespace UnCitationGraph.Tests.Reading;

/// <summary>
/// A one-page PDF under the standard security handler whose user password is not empty (the /U entry matches
/// no empty password), as a document locked for opening arrives.
/// </summary>
internal static class EncryptedPdf
{
    public static byte[] WithUnknownPassword()
    {
        var hex32 = string.Concat(Enumerable.Range(0, 32).Select(i => ((i * 37 + 11) % 256).ToString("X2")));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Locked text) Tj ET\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /O <{hex32}> /U <{hex32}> /P -44 >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{hex32[..32]}> <{hex32[..32]}>] >>\n");
        pdf.Append($"startxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
