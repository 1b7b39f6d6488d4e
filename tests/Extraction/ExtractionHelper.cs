using System.Text;
using UnCitationGraph.Ingest.Extraction;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Model;

namespace UnCitationGraph.Tests.Extraction;

/// <summary>Runs the real reader and pipeline on a text written in a test.</summary>
static class Run
{
    public static NormalisedDocument Read(string text, string name = "test.txt") =>
        DocumentReaders.Default.Read(Encoding.UTF8.GetBytes(text), name);

    public static ExtractedDocument Extract(string text, string name = "test.txt") => Extractor.Default.Extract(Read(text, name), name);

    public static HashSet<string> Targets(string text) => Extract(text).References.Select(r => r.Target).ToHashSet();

    /// <summary>A resolution of <paramref name="body"/> around one preambular paragraph, as UN texts are laid out.</summary>
    public static string Resolution(string bodyLine, string symbolLine, params string[] paragraphs) =>
        $"{symbolLine}\n\n{bodyLine}\n\n" + string.Join("\n\n", paragraphs) + "\n";
}
