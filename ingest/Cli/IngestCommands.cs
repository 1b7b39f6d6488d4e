using System.CommandLine;

namespace UnCitationGraph.Ingest.Cli;

/// <summary>The CLI's commands, one file each; add a new one to this list.</summary>
public static class IngestCommands
{
    public static IEnumerable<Command> All() =>
    [
        ExtractCommand.Create(),     // extraction: JSON Lines per the contract
        IngestCommand.Create(),      // store: one-shot ingest
        WatchCommand.Create(),       // store: inbox worker
        ExportCommand.Create(),      // store: GraphML / neo4j-admin CSV
        GenerateCommand.Create(),    // benchmarks: synthetic corpus
    ];
}
