using UnCitationGraph.Store;

namespace UnCitationGraph.GraphApi.Hosting;

public static class GraphStoreRegistration
{
    /// <summary>The store named by --store (configuration key "store"), opened and initialised once, shared by all requests.</summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var address = StoreAddress.Parse(configuration["store"]);
        services.AddSingleton(address);
        services.AddSingleton<IGraphStore>(provider => StoreOpener.Open(address, provider));
        return services;
    }
}
