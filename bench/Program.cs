using System.CommandLine;
using UnCitationGraph.Bench;

// The benchmarks of docs/benchmarks.md. Each command lives in <Name>Bench.cs and prints a Markdown table row
// per figure, ready to paste. Run them in Release: `dotnet run --project bench -c Release -- <command>`.
var root = new RootCommand("UN Citation Graph benchmarks: extraction, ingest, store writes and queries.")
{
    ExtractBench.Create(),
    IngestBench.Create(),
    GraphBench.Create(),
    QueryBench.Create(),
};
return await root.Parse(args).InvokeAsync();
