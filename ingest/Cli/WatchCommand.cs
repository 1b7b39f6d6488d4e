using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UnCitationGraph.Ingest.Worker;
using UnCitationGraph.Store;

namespace UnCitationGraph.Ingest.Cli;

/// <summary>`watch --inbox DIR [--store SPEC]`: the inbox worker (<see cref="InboxWorker"/>) in a Generic Host, until Ctrl+C or SIGTERM.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var inbox = new Option<DirectoryInfo>("--inbox") { Description = "The folder to watch; done/ and failed/ are made inside it.", Required = true };
        var store = StoreOption.Create();
        var rescan = new Option<double>("--rescan") { Description = "Seconds between full listings of the inbox.", DefaultValueFactory = _ => 5 };
        var settle = new Option<double>("--settle") { Description = "Seconds a file must stay unchanged before it is taken.", DefaultValueFactory = _ => 1 };
        var parallelism = new Option<int>("--parallelism") { Description = "Extraction threads.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxFile = MaxFileSizeOption.Create();
        var backoff = new Option<double>("--max-backoff") { Description = "Longest wait, in seconds, between two tries of a store that is down.", DefaultValueFactory = _ => 30 };
        var batch = new Option<int>("--batch") { Description = "Versions per store transaction.", DefaultValueFactory = _ => 64 };
        var command = new Command("watch", "Ingest what lands in a folder, for as long as it runs.") { inbox, store, rescan, settle, parallelism, batch, maxFile, backoff };
        command.SetAction(async (result, ct) =>
        {
            var folder = result.GetValue(inbox)!;
            folder.Create();
            var options = new InboxOptions(folder.FullName,
                TimeSpan.FromSeconds(Math.Max(0.1, result.GetValue(rescan))), TimeSpan.FromSeconds(Math.Max(0, result.GetValue(settle))),
                new IngestOptions(Math.Max(1, result.GetValue(parallelism)), Math.Max(1, result.GetValue(batch)),
                MaxFileBytes: MaxFileSizeOption.Bytes(result.GetValue(maxFile)), MaxStoreBackoffSeconds: result.GetValue(backoff)));
            // The store logs its own retries and circuit breaker (Neo4j) in the same format as the worker.
            using var storeLogging = LoggerFactory.Create(ConsoleLogging);
            IGraphStore graph;
            try { graph = GraphStores.Open(result.GetValue(store), storeLogging.CreateLogger("Store")); }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 2;
            }
            var builder = Host.CreateApplicationBuilder();
            ConsoleLogging(builder.Logging);
            builder.Services.AddSingleton(graph);
            builder.Services.AddSingleton<IDocumentPipeline>(ExtractionPipeline.Default);
            builder.Services.AddSingleton(options);
            builder.Services.AddHostedService<InboxWorker>();
            using var host = builder.Build();
            await host.RunAsync(ct);
            await graph.DisposeAsync();
            return 0;
        });
        return command;
    }

    static void ConsoleLogging(ILoggingBuilder logging) =>
        logging.ClearProviders().AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
}
