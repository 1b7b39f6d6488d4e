using System.Net;
using System.Net.Sockets;

namespace UnCitationGraph.Tests.Support;

/// <summary>Loopback addresses for servers the tests start, or for a port where nothing listens.</summary>
public static class Loopback
{
    /// <summary>A port free on 127.0.0.1 right now (nothing listens there until someone binds it).</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
