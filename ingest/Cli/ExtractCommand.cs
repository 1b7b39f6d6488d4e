using System.CommandLine;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest.Cli;

/// <summary>
/// `extract PATH...`: one JSON line per input file (folders read recursively in name order), in input order, on standard
/// output; files are extracted on every core. A file that cannot be read gives an error line and the run goes on; the
/// exit code is 1 when any failed.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to extract", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Identify UN documents and print their references as JSON Lines (shared/spec/EXTRACTION.md)") { paths };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], Console.Out, Console.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, TextWriter output, TextWriter diagnostics)
    {
        var files = new List<string>();
        var failed = false;
        // A missing path keeps its place in the list and gets its error line like any unreadable file.
        foreach (var file in InputFiles.Expand(paths, files.Add))
            files.Add(file);
        var lines = files.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(file => ExtractOne(file));
        foreach (var (line, error) in lines)
        {
            output.WriteLine(line);
            if (error != null) { failed = true; diagnostics.WriteLine(error); }
        }
        output.Flush();
        return failed ? 1 : 0;
    }

    /// <summary>One file to one JSON line; any failure becomes the error line.</summary>
    public static (string Line, string? Error) ExtractOne(string file)
    {
        try
        {
            var input = InputFile.Read(file, DocumentLimits.MaxFileBytes);
            var result = ExtractionPipeline.Default.Extract(input.Content, file) with { ContentHash = input.Hash };
            return (ExtractionJson.Serialize(result), null);
        }
        catch (UnreadableDocumentException e)
        {
            return (ExtractionJson.Serialize(new ExtractionFailure(file, e.Message)), $"extract: {file}: {e.Message}");
        }
        catch (Exception e)
        {
            var reason = $"extraction failed: {e.GetType().Name}: {e.Message}";
            return (ExtractionJson.Serialize(new ExtractionFailure(file, reason)), $"extract: {file}: {reason}\n{e}");
        }
    }
}
