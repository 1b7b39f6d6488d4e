using System.CommandLine;
using UnCitationGraph.Ingest.Export;

namespace UnCitationGraph.Ingest.Cli;

/// <summary>`export --format graphml|neo4j-csv [--store SPEC] OUT`: the whole graph, streamed (never all of it in memory).</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "graphml (a file) or neo4j-csv (a folder for neo4j-admin database import).", Required = true };
        format.AcceptOnlyFromAmong("graphml", "neo4j-csv");
        var store = StoreOption.Create();
        var output = new Argument<string>("out") { Description = "The GraphML file, or the folder for the CSV files." };
        var command = new Command("export", "Export the graph as GraphML or as neo4j-admin import CSV files.") { format, store, output };
        command.SetAction(async (result, ct) =>
        {
            await using var graph = await StoreOption.OpenAsync(result.GetValue(store)!, ct);
            if (graph is null) return 2;
            var target = result.GetValue(output)!;
            (long Nodes, long Edges) written;
            if (result.GetValue(format) == "graphml")
            {
                if (Path.GetDirectoryName(Path.GetFullPath(target)) is { } folder) Directory.CreateDirectory(folder);
                await using var file = File.Create(target);
                written = await GraphMlWriter.WriteAsync(graph, file, ct);
            }
            else written = await Neo4jCsvWriter.WriteAsync(graph, target, ct);
            Console.WriteLine($"Exported {written.Nodes} nodes and {written.Edges} citations to {target}");
            return 0;
        });
        return command;
    }
}
