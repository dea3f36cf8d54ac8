using System.Net;
using System.Net.Sockets;

namespace ChatBuddy.Tests.Infrastructure;

/// <summary>Ports the OS reports free on loopback, for silos and servers that bind real sockets.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
