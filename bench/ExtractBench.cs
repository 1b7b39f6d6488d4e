using System.CommandLine;
using System.Diagnostics;
using UnCitationGraph.Ingest;
using UnCitationGraph.Ingest.Cli;

namespace UnCitationGraph.Bench;

/// <summary>
/// `extract PATH...`: extraction throughput (MB/s, documents/s) on one core and on all cores, over files held in
/// memory (the disk is not timed), and in the same run ripgrep scanning the same files for the union of the symbol
/// and resolution-number patterns, on one thread and on all: the ratio of the two times is the headline figure.
/// </summary>
public static class ExtractBench
{
    /// <summary>What ripgrep looks for: UN symbols (A/RES/60/251, S/2020/12, E/CN.4/RES/2005/69, CCPR/C/GC/36 ...),
    /// resolutions by number (60/251, 1325 (2000), 2200 A (XXI)). ASCII word boundaries ((?-u)): with Unicode ones
    /// ripgrep leaves its DFA and runs ten times slower, which would flatter the extractor.</summary>
    public static readonly string[] Patterns =
    [
        @"(?-u)\b[A-Z]{1,6}(\.[0-9]+)?(/[A-Za-z0-9.]+)+",
        @"(?-u)\b[0-9]{1,4}/[0-9]{1,4}\b",
        @"(?-u)\b[0-9]{1,4} ?\([0-9]{4}\)",
        @"(?-u)\b[0-9]{2,4} ?[A-Z]? ?\([IVXL]+\)",
    ];

    public static Command Create()
    {
        var rounds = new Option<int>("--rounds") { Description = "Timed passes per setting; the best is reported (the first passes still run code the JIT has not finished optimising).", DefaultValueFactory = _ => 5 };
        var paths = new Argument<string[]>("paths") { Description = "Corpus files or folders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Extraction throughput on one and all cores, beside ripgrep's scan of the same files.") { rounds, paths };
        command.SetAction(r => Run(r.GetValue(paths)!, Math.Max(1, r.GetValue(rounds))));
        return command;
    }

    static int Run(string[] paths, int rounds)
    {
        var files = InputFiles.Expand(paths, missing => Console.Error.WriteLine($"missing: {missing}")).ToList();
        var contents = files.Select(File.ReadAllBytes).ToArray();
        var megabytes = contents.Sum(c => (long)c.Length) / 1e6;
        var pipeline = ExtractionPipeline.Default;
        var failures = 0;

        double Extract(int threads)
        {
            var best = double.MaxValue;
            for (var round = 0; round < rounds; round++)
            {
                failures = 0;
                var watch = Stopwatch.StartNew();
                Parallel.For(0, contents.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
                {
                    try { pipeline.Extract(contents[i], files[i]); }
                    catch (Exception) { Interlocked.Increment(ref failures); }
                });
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }
            return best;
        }

        Extract(Environment.ProcessorCount); // warm-up: JIT and caches
        Report.Header($"Extraction vs ripgrep ({files.Count} files, {megabytes:0.0} MB, best of {rounds})",
            "threads", "extract s", "MB/s", "documents/s", "MB/s per core", "rg s", "rg MB/s", "extract / rg", "failed files");
        foreach (var threads in new[] { 1, Environment.ProcessorCount }.Distinct())
        {
            var seconds = Extract(threads);
            var rg = Ripgrep(paths, threads, rounds);
            Report.Row(threads, seconds, megabytes / seconds, files.Count / seconds, megabytes / seconds / threads,
                rg is { } r ? r : "n/a", rg is { } r2 ? megabytes / r2 : "n/a", rg is { } r3 ? seconds / r3 : "n/a", failures);
        }
        return 0;
    }

    /// <summary>Best wall time of `rg --count-matches` over the same paths, or null when ripgrep is not installed.</summary>
    static double? Ripgrep(string[] paths, int threads, int rounds)
    {
        var best = double.MaxValue;
        for (var round = 0; round < rounds + 1; round++) // the first pass warms the page cache
        {
            var info = new ProcessStartInfo("rg") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in (string[])["--count-matches", "--no-ignore", "--hidden", "--no-messages", "-j", threads.ToString()]) info.ArgumentList.Add(a);
            foreach (var p in Patterns) { info.ArgumentList.Add("-e"); info.ArgumentList.Add(p); }
            foreach (var p in paths) info.ArgumentList.Add(p);
            Process process;
            var watch = Stopwatch.StartNew();
            try { process = Process.Start(info)!; }
            catch (System.ComponentModel.Win32Exception) { return null; }
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (round > 0) best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return best;
    }
}
