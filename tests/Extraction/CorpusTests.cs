using System.Diagnostics;
using System.Text.RegularExpressions;
using UnCitationGraph.Ingest.Cli;
using UnCitationGraph.Model;
using UnCitationGraph.Tests.Support;

namespace UnCitationGraph.Tests.Extraction;

/// <summary>The extractor on real documents: the seeds against their gold, and the Security Council corpus.</summary>
public partial class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void The_seeds_score_at_least_095_with_exact_symbols_and_orphans()
    {
        var seeds = Path.Combine(Paths.Shared, "seeds");
        Assert.SkipUnless(Directory.Exists(seeds), $"{seeds} is not there (the shared folder beside the repository)");
        var outFile = Path.Combine(Path.GetTempPath(), $"seeds-{Guid.NewGuid():N}.jsonl");
        using (var writer = new StreamWriter(outFile))
            Assert.Equal(0, ExtractCommand.Run(Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray(), writer, TextWriter.Null));
        var scorer = new ProcessStartInfo("python3", [Path.Combine(Paths.Shared, "tools", "score-extraction"), Path.Combine(Paths.Shared, "gold"), outFile,
            "--min-recall", "0.95", "--min-precision", "0.95", "--min-symbol", "1", "--min-orphan-f1", "1"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(scorer)!;
        var report = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        output.WriteLine(report);
        File.Delete(outFile);
        Assert.True(process.ExitCode == 0, report);
    }

    [GeneratedRegex(@"S_RES_0*(\d+)_(\d{4})")] private static partial Regex FileName();

    // An independent, simple reading of the text: "resolution(s)" then numbers with their year, dates allowed between.
    [GeneratedRegex(@"[Rr]esolutions?\s+(\d+\s*\(\d{4}\)(?:(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)\d+\s*\(\d{4}\))*)")]
    private static partial Regex CitedList();

    [GeneratedRegex(@"(\d+)\s*\((\d{4})\)")] private static partial Regex Item();

    [GeneratedRegex(@"^\s*(?:RESOLUTION|Resolution)\s+(\d+)\s*\((\d{4})\)|^\s*(\d+)\s*\((\d{4})\)\.?\s+Resolution", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [Fact]
    public void Every_Security_Council_text_gets_its_symbol_and_the_resolutions_it_cites()
    {
        var folder = Path.Combine(Paths.Shared, "corpus", "unsc-en");
        Assert.SkipUnless(Directory.Exists(folder), $"{folder} is not there");
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var writer = new StringWriter();
        ExtractCommand.Run(files, writer, TextWriter.Null);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files.Length, lines.Length);

        int symbolsRight = 0, expectedCites = 0, foundCites = 0;
        var misses = new List<string>();
        for (var i = 0; i < files.Length; i++)
        {
            var doc = ExtractionJson.Deserialize(lines[i])!;
            var text = File.ReadAllText(files[i]);
            var m = FileName().Match(Path.GetFileName(files[i]));
            var expected = $"S/RES/{m.Groups[1].Value}({m.Groups[2].Value})";
            if (doc.Document.Symbol == expected) symbolsRight++;
            else
            {
                // Accepted only where the text itself prints another number or has no title line at all.
                var title = TitleLine().Match(text);
                var printed = title.Success ? (title.Groups[1].Success ? title.Groups[1].Value : title.Groups[3].Value) : null;
                Assert.True(printed == null || printed != m.Groups[1].Value, $"{Path.GetFileName(files[i])}: expected {expected}, got {doc.Document.Symbol}");
                misses.Add($"{Path.GetFileName(files[i])}: symbol {doc.Document.Symbol ?? "null"} (the text prints {printed ?? "no title"})");
            }
            var got = doc.References.Select(r => r.Target).ToHashSet();
            foreach (Match list in CitedList().Matches(text))
                foreach (Match item in Item().Matches(list.Groups[1].Value))
                {
                    var cited = $"S/RES/{item.Groups[1].Value}({item.Groups[2].Value})";
                    if (cited == doc.Document.Symbol) continue;
                    expectedCites++;
                    if (got.Contains(cited)) foundCites++;
                    else misses.Add($"{Path.GetFileName(files[i])}: missed {cited}");
                }
            // Nothing invented: every SC resolution found is printed in the text as "N (YYYY)".
            foreach (var target in got.Where(t => t.StartsWith("S/RES/", StringComparison.Ordinal)))
            {
                var n = target[6..target.IndexOf('(')];
                var y = target[(target.IndexOf('(') + 1)..^1];
                Assert.True(Regex.IsMatch(text, $@"\b{n}\s*\({y}\)"), $"{Path.GetFileName(files[i])}: {target} is not in the text");
            }
        }
        output.WriteLine($"own symbol right: {symbolsRight}/{files.Length}; cited SC resolutions found: {foundCites}/{expectedCites}");
        foreach (var miss in misses) output.WriteLine(miss);
        Assert.True(symbolsRight >= files.Length - 5, $"{files.Length - symbolsRight} texts without their symbol");
        Assert.Equal(expectedCites, foundCites);
    }
}
