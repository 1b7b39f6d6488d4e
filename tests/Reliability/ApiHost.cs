using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using UnCitationGraph.Store;

namespace UnCitationGraph.Tests.Reliability;

/// <summary>
/// The real API (Program) in memory, on an empty temporary SQLite store, with the settings a test gives (Ingest:ApiKey,
/// Cors:Origins ...), in Production unless told otherwise; optionally with a store whose reads fail.
/// </summary>
sealed class ApiHost : IAsyncDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("ucg-api-sec-").FullName;
    readonly WebApplicationFactory<Program> _factory;
    public HttpClient Http { get; }
    public string Db => Path.Combine(_folder, "graph.db");
    public IServiceProvider Services => _factory.Services;

    public ApiHost(IReadOnlyDictionary<string, string>? settings = null, string environment = "Production", bool failingStore = false)
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            web.UseSetting("store", "sqlite:" + Db);
            web.UseSetting("corpus", corpus);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) web.UseSetting(key, value);
            if (failingStore)
                web.ConfigureTestServices(services =>
                {
                    var real = services.Single(d => d.ServiceType == typeof(IGraphStore));
                    services.Remove(real);
                    services.AddSingleton<IGraphStore>(provider => FailingStore.Wrap((IGraphStore)real.ImplementationFactory!(provider)));
                });
        });
        Http = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* SQLite may still hold the file briefly */ }
    }

    /// <summary>A store that starts (initialise, counts) but fails every other call with an internal message no client may see.</summary>
    public class FailingStore : DispatchProxy
    {
        public const string Secret = "SECRET-INTERNAL-DETAIL /var/lib/ucg/graph.db";
        IGraphStore _inner = null!;

        public static IGraphStore Wrap(IGraphStore inner)
        {
            var proxy = Create<IGraphStore, FailingStore>();
            ((FailingStore)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            if (method!.Name is not (nameof(IGraphStore.InitialiseAsync) or nameof(IGraphStore.GetCountsAsync) or nameof(IAsyncDisposable.DisposeAsync)))
                throw new InvalidOperationException(Secret);
            try { return method.Invoke(_inner, args); }
            catch (TargetInvocationException e) when (e.InnerException is not null) { throw e.InnerException; }
        }
    }
}
