using UnCitationGraph.Store;

namespace UnCitationGraph.GraphApi.Hosting;

public static class GraphStoreRegistration
{
    /// <summary>
    /// The store named by --store (configuration key "store": sqlite:PATH, default data/graph.db, or neo4j:URI),
    /// opened once and shared by all requests. Read when first needed, so a test host's settings apply too.
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services)
    {
        services.AddSingleton<IGraphStore>(provider => GraphStores.Open(provider.GetRequiredService<IConfiguration>()["store"]));
        return services;
    }
}
