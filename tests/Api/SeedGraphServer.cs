using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using UnCitationGraph.Model;
using UnCitationGraph.Store;
using UnCitationGraph.Tests.Support;

namespace UnCitationGraph.Tests.Api;

[CollectionDefinition(Name)]
public sealed class SeedGraphCollection : ICollectionFixture<SeedGraphServer>
{
    public const string Name = "API on the seed graph";
}

/// <summary>
/// The real API (Program) on Kestrel at 127.0.0.1 (so a browser can reach it too), over a temporary SQLite
/// store that the server itself fills on start, as on a fresh clone, from the corpus a subclass names.
/// Store calls are counted, to check the per-request batching.
/// </summary>
public abstract class GraphServer : IAsyncLifetime
{
    protected string TempFolder { get; } = Directory.CreateTempSubdirectory("ucg-api-").FullName;
    WebApplicationFactory<Program> factory = null!;

    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public StoreCallCounter Calls { get; } = new();
    public IServiceProvider Services => factory.Services;

    /// <summary>The folder the server ingests into its empty store on start.</summary>
    protected abstract string PrepareCorpus();

    public ValueTask InitializeAsync()
    {
        var corpus = PrepareCorpus();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.UseSetting("store", "sqlite:" + Path.Combine(TempFolder, "graph.db"));
            web.UseSetting("corpus", corpus);
            web.ConfigureTestServices(services =>
            {
                var real = services.Single(d => d.ServiceType == typeof(IGraphStore));
                services.Remove(real);
                services.AddSingleton<IGraphStore>(provider => StoreCallCounter.Wrap((IGraphStore)real.ImplementationFactory!(provider), Calls));
            });
        });
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        return ValueTask.CompletedTask;
    }

    /// <summary>POSTs a query, asserts a 200 without errors, and returns data.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var (status, body) = await PostAsync(query, variables);
        Assert.True(status == HttpStatusCode.OK, $"HTTP {(int)status}: {body}");
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), "GraphQL errors: " + errors);
        return root.GetProperty("data");
    }

    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        await factory.DisposeAsync();
        try { Directory.Delete(TempFolder, recursive: true); } catch (IOException) { /* SQLite may still hold the file briefly */ }
    }
}

/// <summary>The five seed documents and one probe.</summary>
public sealed class SeedGraphServer : GraphServer
{
    public static string SeedFolder => Path.Combine(Paths.RepoRoot, "samples", "seeds");

    /// <summary>A sixth, made-up resolution citing A/RES/75/180 (and not the Charter): gives lineages and paths a second hop.</summary>
    public const string ProbeSymbol = "A/RES/76/901";

    const string ProbeText = """
        United Nations                                                        A/RES/76/901
        General Assembly                                                      Distr.: General
                                                                              20 December 2021

        Seventy-sixth session

        Resolution adopted by the General Assembly on 16 December 2021

        76/901. Follow-up to the strengthening of international cooperation in the field of human rights

        The General Assembly,

        Recalling its resolution 75/180 of 16 December 2020,

        1. Decides to continue its consideration of the question at its seventy-seventh session.
        """;

    protected override string PrepareCorpus()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(TempFolder, "corpus")).FullName;
        foreach (var seed in Directory.GetFiles(SeedFolder))
            File.Copy(seed, Path.Combine(corpus, Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(corpus, "probe_A_RES_76_901.txt"), ProbeText);
        return corpus;
    }
}

/// <summary>Counts calls per IGraphStore method, whatever the store, and keeps the page requests they were given.</summary>
public sealed class StoreCallCounter
{
    readonly ConcurrentDictionary<string, int> counts = new();

    public int this[string method] => counts.GetValueOrDefault(method);
    public ConcurrentQueue<PageRequest> Pages { get; } = new();
    public void Reset()
    {
        counts.Clear();
        Pages.Clear();
    }
    void Count(string method) => counts.AddOrUpdate(method, 1, (_, n) => n + 1);

    public static IGraphStore Wrap(IGraphStore inner, StoreCallCounter counter)
    {
        var proxy = DispatchProxy.Create<IGraphStore, CountingProxy>();
        ((CountingProxy)(object)proxy).Target = inner;
        ((CountingProxy)(object)proxy).Counter = counter;
        return proxy;
    }

    public class CountingProxy : DispatchProxy
    {
        internal IGraphStore Target = null!;
        internal StoreCallCounter Counter = null!;

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            Counter.Count(method!.Name);
            foreach (var page in (args ?? []).OfType<PageRequest>()) Counter.Pages.Enqueue(page);
            try { return method.Invoke(Target, args); }
            catch (TargetInvocationException e) when (e.InnerException is not null) { throw e.InnerException; }
        }
    }
}
