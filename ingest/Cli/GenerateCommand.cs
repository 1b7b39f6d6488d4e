using System.CommandLine;
using System.Diagnostics;
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
        command.SetAction((result, ct) =>
        {
            var folder = result.GetValue(output)!;
            // Advisory locks (flock) on every new file nearly double the cost of writing a million small files;
            // nothing else opens these files while they are written. Set before this process's first file open.
            AppContext.SetSwitch("System.IO.DisableFileLocking", true);
            var watch = Stopwatch.StartNew();
            var (files, bytes) = Write(new CorpusGenerator(result.GetValue(documents), result.GetValue(seed)), folder, ct);
            Console.WriteLine($"Wrote {files} files ({bytes / 1e6:0.0} MB) to {folder.FullName} in {watch.Elapsed.TotalSeconds:0.0} s");
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>
    /// Generates on one thread (the generator is sequential) and writes on several: creating a file costs far more
    /// than generating its text, and the file system takes creations in parallel.
    /// </summary>
    public static (long Files, long Bytes) Write(CorpusGenerator generator, DirectoryInfo folder, CancellationToken ct)
    {
        folder.Create();
        // Blocking collection and dedicated threads: file creation blocks, and blocking the thread pool would starve it.
        using var queue = new System.Collections.Concurrent.BlockingCollection<GeneratedDocument>(1024);
        long files = 0, bytes = 0;
        var writers = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
        {
            var utf8 = new UTF8Encoding(false);
            foreach (var doc in queue.GetConsumingEnumerable(ct))
            {
                var content = utf8.GetBytes(doc.Text);
                using (var file = File.OpenHandle(Path.Combine(folder.FullName, doc.FileName), FileMode.Create, FileAccess.Write))
                    RandomAccess.Write(file, content, 0);
                Interlocked.Add(ref bytes, content.Length);
                Interlocked.Increment(ref files);
            }
        })).ToList();
        writers.ForEach(w => w.Start());
        try
        {
            foreach (var doc in generator.Generate()) queue.Add(doc, ct);
        }
        finally { queue.CompleteAdding(); }
        writers.ForEach(w => w.Join());
        return (files, bytes);
    }
}
