using System.Diagnostics;
using System.Security.Cryptography;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using UnCitationGraph.Neo4j;

namespace UnCitationGraph.Tests.Neo4j;

/// <summary>
/// The Neo4j server the live tests use: the one NEO4J_URI names (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE),
/// else a neo4j:5 container when a Docker engine answers `docker info`, else none, with the reason the tests report
/// when they skip. The container is started once per test run and shared (the suite isolates by unique ids).
/// </summary>
static class Neo4jTestServer
{
    static readonly Lazy<Task<(Neo4jOptions? Options, string Reason)>> Server = new(LocateAsync);

    public static Task<(Neo4jOptions? Options, string Reason)> GetAsync() => Server.Value;

    static async Task<(Neo4jOptions?, string)> LocateAsync()
    {
        if (Neo4jOptions.FromEnvironment() is { } fromEnvironment) return (fromEnvironment, "NEO4J_URI");
        if (!await DockerAnswersAsync())
            return (null, "No Neo4j server: set NEO4J_URI (e.g. http://127.0.0.1:7474, with NEO4J_USER/NEO4J_PASSWORD) "
                          + "or run where a Docker engine answers `docker info` (Testcontainers starts neo4j:5)");
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        IContainer container = new ContainerBuilder("neo4j:5")
            .WithEnvironment("NEO4J_AUTH", "neo4j/" + password)
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync(); // Testcontainers' reaper removes it when the test run ends
        var uri = new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}");
        return (new Neo4jOptions { Uri = uri, User = "neo4j", Password = password }, "Testcontainers neo4j:5");
    }

    static async Task<bool> DockerAnswersAsync()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", ["info"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var drain = Task.WhenAll(docker.StandardOutput.ReadToEndAsync(), docker.StandardError.ReadToEndAsync());
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await docker.WaitForExitAsync(timeout.Token);
            await drain;
            return docker.ExitCode == 0;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            return false; // no docker client, or it hangs
        }
    }
}
