using System.Text.Json;
using UnCitationGraph.Ingest.Cli;

namespace UnCitationGraph.Tests.Extraction;

public class ExtractCommandTests
{
    [Fact]
    public void Every_file_gives_a_line_in_input_order_and_bad_files_an_error_line()
    {
        var dir = Directory.CreateTempSubdirectory("extract-cmd").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.txt"), "The General Assembly,\n\nRecalling its resolution 60/251,\n");
            File.WriteAllBytes(Path.Combine(dir, "b.txt"), []);
            Directory.CreateDirectory(Path.Combine(dir, "c"));
            File.WriteAllBytes(Path.Combine(dir, "c", "d.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
            File.WriteAllText(Path.Combine(dir, "c", "e.txt"), "Recalling Security Council resolution 1325 (2000),\n");
            var output = new StringWriter();
            var errors = new StringWriter();
            var code = ExtractCommand.Run([dir, Path.Combine(dir, "missing.txt")], output, errors);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(1, code);
            Assert.Equal(["a.txt", "b.txt", "d.txt", "e.txt", "missing.txt"], lines.Select(l => Path.GetFileName(l.GetProperty("file").GetString())));
            Assert.Contains("empty", lines[1].GetProperty("error").GetString());
            Assert.Contains("binary", lines[2].GetProperty("error").GetString());
            Assert.Contains("no such file", lines[4].GetProperty("error").GetString());
            Assert.Equal("A/RES/60/251", lines[0].GetProperty("references")[0].GetProperty("target").GetString());
            Assert.Equal("S/RES/1325(2000)", lines[3].GetProperty("references")[0].GetProperty("target").GetString());
            foreach (var name in new[] { "symbol", "body", "kind", "language", "date", "title" })
                Assert.True(lines[0].GetProperty("document").TryGetProperty(name, out _), name);
            Assert.Contains("b.txt", errors.ToString());
        }
        finally { Directory.Delete(dir, true); }
    }
}
