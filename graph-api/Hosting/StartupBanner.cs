using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace UnCitationGraph.GraphApi.Hosting;

/// <summary>Prints the addresses to open once the server listens: GraphQL, the playground, the explorer.</summary>
public sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                var root = address.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://+", "://localhost").TrimEnd('/');
                Console.WriteLine($"""

                    UN Citation Graph is serving on {root}
                      GraphQL endpoint    POST/GET {root}/graphql
                      Playground          {root}/graphql   (open in a browser)
                      Explorer            {root}/explore
                      Health              {root}/healthz
                    """);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
