using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using UnCitationGraph.Ingest.Cli;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Tests.Support;

namespace UnCitationGraph.Tests.Reading;

/// <summary>
/// The seeds as other tools make them: each seed read, written as Markdown with real footnotes (a marker
/// without a note stays a superscript), converted to DOCX by pandoc and to PDF by LibreOffice, then
/// extracted and scored on the seed gold beside the text versions.
/// </summary>
public class SeedConversionTests
{
    private static readonly string Seeds = Path.Combine(Paths.Shared, "seeds");

    [Fact]
    public void Seeds_converted_to_docx_and_pdf_score_within_two_points_of_the_text()
    {
        Assert.SkipUnless(Tools.Exists("pandoc") && Tools.Exists("soffice"), "pandoc or LibreOffice (soffice) is not installed; tests/setup.sh installs them");
        var dir = Directory.CreateTempSubdirectory("seeds-converted-");
        try
        {
            var seeds = Directory.GetFiles(Seeds, "*.txt").Order().ToList();
            foreach (var seed in seeds)
            {
                var md = Path.Combine(dir.FullName, Path.GetFileNameWithoutExtension(seed) + ".md");
                File.WriteAllText(md, PandocMarkdown(DocumentReaders.Default.ReadFile(seed)));
                Tools.Run("pandoc", "-f", "markdown", "-t", "docx", "-o", Path.ChangeExtension(md, ".docx"), md);
            }
            Tools.Run("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir.FullName, .. Directory.GetFiles(dir.FullName, "*.docx")]);

            var text = Score(seeds, dir, "text");
            foreach (var format in (string[])["docx", "pdf"])
            {
                var converted = Score(seeds.Select(s => Path.Combine(dir.FullName, Path.GetFileNameWithoutExtension(s) + "." + format)).ToList(), dir, format);
                TestContext.Current.SendDiagnosticMessage($"{format}: {string.Join(" ", converted)} (text: {string.Join(" ", text)})");
                foreach (var (name, value) in converted)
                    Assert.True(Math.Abs(value - text[name]) <= 0.02, $"{format} {name} {value:F3} vs text {text[name]:F3}");
            }
        }
        finally { if (Environment.GetEnvironmentVariable("KEEP") is null) dir.Delete(true); }
    }

    /// <summary>Blocks as paragraphs; a marker is a footnote reference when its note exists, else a superscript.</summary>
    internal static string PandocMarkdown(NormalisedDocument doc)
    {
        var defined = doc.Notes.Select(n => n.Marker).ToHashSet();
        var md = new StringBuilder();
        foreach (var block in doc.Blocks.Select(Unbroken))
        {
            var at = 0;
            foreach (var m in block.Markers.OrderBy(m => m.Offset))
            {
                md.Append(Escape(block.Text[at..m.Offset]));
                md.Append(defined.Contains(m.Label) ? $"[^{m.Label}]" : $"^{m.Label}^");
                at = m.Offset;
            }
            md.Append(Escape(block.Text[at..])).Append("\n\n");
        }
        foreach (var note in doc.Notes) md.Append($"[^{note.Marker}]: {Escape(Unbroken(new TextBlock(note.Text)).Text)}\n\n");
        return md.ToString();
    }

    /// <summary>A block whose text still has its line breaks, with the lines joined as a typesetter broke them.</summary>
    private static TextBlock Unbroken(TextBlock block)
    {
        var text = new StringBuilder();
        var markers = new List<NoteMarker>();
        var start = 0;
        foreach (var line in block.Text.Split('\n'))
        {
            var end = start + line.Length;
            var mine = block.Markers.Where(m => m.Offset >= start && (m.Offset < end + 1 || end == block.Text.Length)).Select(m => m with { Offset = m.Offset - start });
            LineJoiner.Append(text, markers, line, [.. mine]);
            start = end + 1;
        }
        return new TextBlock(text.ToString(), markers);
    }

    private static string Escape(string text)
    {
        var s = new StringBuilder();
        foreach (var c in text.Replace('\n', ' '))
        {
            if (@"\`*_{}[]<>#+-.!|^~$@""'".Contains(c)) s.Append('\\');
            s.Append(c);
        }
        return s.ToString();
    }

    /// <summary>Extracts the files (named as their seeds for the scorer) and returns the scorer's overall figures.</summary>
    private static Dictionary<string, double> Score(List<string> files, DirectoryInfo dir, string label)
    {
        var jsonl = Path.Combine(dir.FullName, label + ".jsonl");
        File.WriteAllLines(jsonl, files.Select(f =>
        {
            var line = JsonNode.Parse(ExtractCommand.ExtractOne(f).Line)!.AsObject();
            line["file"] = Path.GetFileNameWithoutExtension(f) + ".txt";
            return line.ToJsonString();
        }));
        var start = new ProcessStartInfo(Path.Combine(Paths.Shared, "tools", "score-extraction")) { RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(Paths.Shared, "gold"));
        start.ArgumentList.Add(jsonl);
        using var p = Process.Start(start)!;
        var overall = p.StandardOutput.ReadToEnd().Split('\n').Single(l => l.StartsWith("documents "));
        p.WaitForExit();
        // "documents 5 recall 1.000 precision 1.000 symbol 1.000 orphan-f1 1.000"
        var words = overall.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new[] { "recall", "precision", "symbol", "orphan-f1" }
            .ToDictionary(k => k, k => double.Parse(words[Array.IndexOf(words, k) + 1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
