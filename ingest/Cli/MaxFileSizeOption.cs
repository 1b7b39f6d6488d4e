using System.CommandLine;
using UnCitationGraph.Ingest.Worker;

namespace UnCitationGraph.Ingest.Cli;

/// <summary>The --max-file-mb option of ingest and watch: files larger than this are refused before they are loaded.</summary>
public static class MaxFileSizeOption
{
    public static Option<double> Create() => new("--max-file-mb")
    {
        Description = "Largest file taken, in MB; larger ones are refused with a reason (they bound memory and time per file).",
        DefaultValueFactory = _ => IngestOptions.DefaultMaxFileBytes / (1024.0 * 1024),
    };

    public static long Bytes(double megabytes) => (long)(Math.Max(0.001, megabytes) * 1024 * 1024);
}
