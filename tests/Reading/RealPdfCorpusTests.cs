using System.Text.Json.Nodes;
using UnCitationGraph.Ingest.Cli;
using UnCitationGraph.Tests.Support;

namespace UnCitationGraph.Tests.Reading;

/// <summary>
/// The 120 General Assembly resolutions as the UN publishes them (shared/corpus/ga-pdf-en), read by the PDF reader
/// and, for comparison, as pdftotext's text read by the text reader.
/// </summary>
public class RealPdfCorpusTests
{
    private static readonly string Corpus = Path.Combine(Paths.Shared, "corpus", "ga-pdf-en");

    private static readonly Lazy<Dictionary<string, JsonObject>> FromPdf = new(() => ExtractAll(Directory.GetFiles(Corpus, "*.pdf")));

    private static Dictionary<string, JsonObject> ExtractAll(IEnumerable<string> files) =>
        files.AsParallel().Select(f => (Name: Path.GetFileNameWithoutExtension(f), Json: JsonNode.Parse(ExtractCommand.ExtractOne(f).Line)!.AsObject()))
            .ToDictionary(x => x.Name, x => x.Json);

    [Fact]
    public void Every_file_gets_its_own_symbol_date_and_title()
    {
        var docs = FromPdf.Value;
        Assert.Equal(120, docs.Count);
        var wrong = docs.Where(kv => kv.Value["document"] is not { } d
                || (string?)d["symbol"] != kv.Key.Replace('_', '/') || d["date"] is null || string.IsNullOrWhiteSpace((string?)d["title"]))
            .Select(kv => $"{kv.Key}: {kv.Value.ToJsonString()[..Math.Min(300, kv.Value.ToJsonString().Length)]}").ToList();
        Assert.True(wrong.Count == 0, $"{120 - wrong.Count}/120 identified; wrong:\n{string.Join("\n", wrong)}");
    }

    [Fact]
    public void Footnotes_are_found_with_their_markers_and_notes()
    {
        var problems = new List<string>();
        var withNotes = 0;
        foreach (var (name, doc) in FromPdf.Value)
        {
            var notes = doc["footnotes"]?.AsArray() ?? [];
            if (notes.Count > 0) withNotes++;
            if (notes.Any(n => !(bool)n!["referenced"]! || !(bool)n["defined"]!) || (doc["orphans"]?.AsArray().Count ?? 0) > 0)
                problems.Add($"{name}: {doc["orphans"]?.ToJsonString()}");
            if (notes.Count > 0 && notes.Select(n => (string)n!["marker"]!).Where(m => m.All(char.IsAsciiDigit)).Select(int.Parse).First() != 1)
                problems.Add($"{name}: numbered notes do not start at 1");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(withNotes >= 100, $"only {withNotes} of 120 files have notes");
    }

    [Fact]
    public void Targets_agree_with_pdftotext_read_as_text_on_at_least_95_percent()
    {
        Assert.SkipUnless(Tools.Exists("pdftotext"), "pdftotext (poppler-utils) is not installed; tests/setup.sh installs it");
        var dir = Directory.CreateTempSubdirectory("pdftotext-");
        try
        {
            Directory.GetFiles(Corpus, "*.pdf").AsParallel().ForAll(pdf =>
                Tools.Run("pdftotext", pdf, Path.Combine(dir.FullName, Path.GetFileNameWithoutExtension(pdf) + ".txt")));
            var fromText = ExtractAll(Directory.GetFiles(dir.FullName, "*.txt"));
            int agree = 0, all = 0;
            foreach (var (name, pdfDoc) in FromPdf.Value)
            {
                var p = Targets(pdfDoc);
                var t = Targets(fromText[name]);
                agree += p.Intersect(t).Count();
                all += p.Union(t).Count();
            }
            var share = (double)agree / all;
            TestContext.Current.SendDiagnosticMessage($"PDF reader vs pdftotext+text reader: {agree}/{all} targets agree ({share:P1})");
            Assert.True(share >= 0.95, $"{agree}/{all} = {share:P1}");
        }
        finally { dir.Delete(true); }
    }

    private static HashSet<string> Targets(JsonObject doc) =>
        (doc["references"]?.AsArray() ?? []).Select(r => string.Concat(((string)r!["target"]!).Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant()).ToHashSet();
}
