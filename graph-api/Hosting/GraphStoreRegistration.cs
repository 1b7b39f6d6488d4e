using UnCitationGraph.Store;

namespace UnCitationGraph.GraphApi.Hosting;

public static class GraphStoreRegistration
{
    /// <summary>The store named by --store (configuration key "store"), opened and initialised once, shared by all requests.</summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services)
    {
        // Read when first needed (not now), so a test host's settings apply too.
        services.AddSingleton(provider => StoreAddress.Parse(provider.GetRequiredService<IConfiguration>()["store"]));
        services.AddSingleton<IGraphStore>(provider => StoreOpener.Open(provider.GetRequiredService<StoreAddress>(), provider));
        return services;
    }
}
