using System.CommandLine;
using System.Text;
using UnCitationGraph.Ingest.Generation;

namespace UnCitationGraph.Ingest.Cli;

/// <summary>`generate --documents N --seed S OUT`: a deterministic UN-style corpus (<see cref="CorpusGenerator"/>), one file per version.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var documents = new Option<int>("--documents") { Description = "How many files (language versions) to write.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same corpus.", DefaultValueFactory = _ => 1 };
        var output = new Argument<DirectoryInfo>("out") { Description = "The folder to write the files into." };
        var command = new Command("generate", "Write a synthetic UN-style corpus (EN and FR) for tests and benchmarks.") { documents, seed, output };
        command.SetAction(result =>
        {
            var folder = result.GetValue(output)!;
            folder.Create();
            long bytes = 0, files = 0;
            var utf8 = new UTF8Encoding(false);
            foreach (var doc in new CorpusGenerator(result.GetValue(documents), result.GetValue(seed)).Generate())
            {
                var content = utf8.GetBytes(doc.Text);
                File.WriteAllBytes(Path.Combine(folder.FullName, doc.FileName), content);
                bytes += content.Length;
                files++;
            }
            Console.WriteLine($"Wrote {files} files ({bytes / 1e6:0.0} MB) to {folder.FullName}");
            return 0;
        });
        return command;
    }
}
