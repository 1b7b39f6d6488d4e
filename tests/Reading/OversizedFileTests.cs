using UnCitationGraph.Ingest.Cli;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Ingest.Worker;

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

    [Fact]
    public void Extract_reads_a_file_over_the_workers_default_limit()
    {
        // Over the worker's default, under extract's limit. Sparse zeros after one line: the reader refuses it as binary
        // once it is read (cheap), not as too large before.
        const long size = 40L * 1024 * 1024;
        Assert.True(size > IngestOptions.DefaultMaxFileBytes && size < DocumentLimits.MaxFileBytes);
        var path = Path.Combine(Path.GetTempPath(), $"big-{Guid.NewGuid():N}.txt");
        try
        {
            using (var f = File.Create(path)) { f.Write("Recalling resolution 60/251\n"u8); f.SetLength(size); }
            var (line, _) = ExtractCommand.ExtractOne(path);
            Assert.DoesNotContain("too large", line);
            Assert.Contains("binary", line);
        }
        finally { File.Delete(path); }
    }
}
