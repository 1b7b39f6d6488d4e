using UnCitationGraph.GraphApi.Api;
using UnCitationGraph.GraphApi.Api.Http;
using UnCitationGraph.GraphApi.Hosting;
using UnCitationGraph.GraphApi.Pages;
using UnCitationGraph.GraphApi.Security;

// The main job: `dotnet run --project graph-api [--store sqlite:PATH|neo4j:URI] [--corpus PATH] [--urls URL]`.
// Serves the graph over GraphQL with a playground and an explorer; ingests the sample corpus when the store is empty.
var builder = WebApplication.CreateBuilder(args);
// One info line per request drowns the start-up banner; set Logging:LogLevel:Microsoft.AspNetCore=Information to see them.
if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
    builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Services
    .AddGraphStore()
    .AddSampleCorpusIngestion()
    .AddCitationGraphQL(builder.Configuration)
    .AddApiSecurity(builder.Configuration)
    .AddHostedService<StartupBanner>();

var app = builder.Build();
app.UseApiSecurity();
app.MapHealth();
app.UsePlayground();
app.MapCitationGraphQL();
app.MapExplorer();
app.Run();

public partial class Program;
