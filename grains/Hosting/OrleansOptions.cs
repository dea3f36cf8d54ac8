namespace ChatBuddy.Grains.Hosting;

/// <summary>
/// Cluster settings (section <c>ChatBuddy:Orleans</c>; the <c>Orleans</c> section is reserved by
/// Orleans itself). Localhost clustering is the embedded single-node default; Redis clustering
/// lets many silos and frontends form one cluster.
/// </summary>
public sealed class OrleansOptions
{
    public const string Section = "ChatBuddy:Orleans";

    public string ClusterId { get; set; } = "chatbuddy";

    public string ServiceId { get; set; } = "chatbuddy";

    /// <summary>"localhost" (one silo, no Redis) or "redis".</summary>
    public string Clustering { get; set; } = "localhost";

    /// <summary>StackExchange.Redis configuration string, used when <see cref="Clustering"/> is "redis".</summary>
    public string? Redis { get; set; }

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one at (Redis clustering).</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    public bool UsesRedis => string.Equals(Clustering, "redis", StringComparison.OrdinalIgnoreCase);

    public void Validate()
    {
        if (!UsesRedis && !string.Equals(Clustering, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"ChatBuddy:Orleans:Clustering must be 'localhost' or 'redis', not '{Clustering}'.");
        }

        if (UsesRedis && string.IsNullOrWhiteSpace(Redis))
        {
            throw new InvalidOperationException("Redis clustering needs ChatBuddy:Orleans:Redis (or CHATBUDDY_REDIS).");
        }
    }
}
