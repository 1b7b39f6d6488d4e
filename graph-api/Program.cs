using UnCitationGraph.GraphApi.Api;
using UnCitationGraph.GraphApi.Api.Http;
using UnCitationGraph.GraphApi.Hosting;
using UnCitationGraph.GraphApi.Pages;

// The main job: `dotnet run --project graph-api [--store sqlite:PATH|neo4j:URI] [--corpus PATH] [--urls URL]`.
// Serves the graph over GraphQL with a playground and an explorer; ingests the sample corpus when the store is empty.
var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddGraphStore()
    .AddSampleCorpusIngestion()
    .AddCitationGraphQL(builder.Configuration)
    .AddHostedService<StartupBanner>();

var app = builder.Build();
app.MapHealth();
app.UsePlayground();
app.MapCitationGraphQL();
app.MapExplorer();
app.Run();

public partial class Program;
