using UnCitationGraph.Ingest.Cli;

namespace UnCitationGraph.Tests.Reading;

public class OversizedFileTests
{
    [Fact]
    public void A_200_MB_file_gets_a_clear_error_without_being_loaded()
    {
        var path = Path.Combine(Path.GetTempPath(), $"big-{Guid.NewGuid():N}.pdf");
        try
        {
            using (var f = File.Create(path)) { f.Write("%PDF-1.7\n"u8); f.SetLength(200L * 1024 * 1024); }   // sparse: no disk used
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var (line, error) = ExtractCommand.ExtractOne(path);
            Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 50L * 1024 * 1024, "the file was loaded into memory");
            Assert.Contains("file too large: 200 MB", line);
            Assert.NotNull(error);
        }
        finally { File.Delete(path); }
    }
}
