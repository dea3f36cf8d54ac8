using System.Globalization;

namespace ChatBuddy.Tests.Infrastructure;

/// <summary>Settings for one process of a test cluster that clusters through Redis, on free ports.</summary>
public static class RedisClusterSettings
{
    public static Dictionary<string, string> For(string connectionString, string redis, string clusterId) => new()
    {
        ["ChatBuddy:Database:ConnectionString"] = connectionString,
        ["ChatBuddy:Orleans:Clustering"] = "redis",
        ["ChatBuddy:Orleans:Redis"] = redis,
        ["ChatBuddy:Orleans:ClusterId"] = clusterId,
        ["ChatBuddy:Orleans:ServiceId"] = clusterId,
        ["ChatBuddy:Orleans:SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
        ["ChatBuddy:Orleans:GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
    };
}
