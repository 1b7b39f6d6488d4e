using System.CommandLine;
using UnCitationGraph.Ingest.Cli;

// The ingest CLI. Each command lives in Cli/<Name>Command.cs and is registered here in one line.
var root = new RootCommand("UN Citation Graph ingest: read UN documents, extract their references, fill the graph.");
foreach (var command in IngestCommands.All())
    root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
