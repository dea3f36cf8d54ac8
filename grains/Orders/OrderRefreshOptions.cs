namespace ChatBuddy.Grains.Orders;

/// <summary>
/// <c>ChatBuddy:Sync:OrderRefreshAfter</c> / <c>OrderRefreshTimeout</c>: before a verified shopper sees
/// a synced order older than <see cref="OrderRefreshAfter"/>, it is fetched live from the platform,
/// waiting at most <see cref="OrderRefreshTimeout"/> (then the stored copy answers).
/// </summary>
public sealed class OrderRefreshOptions
{
    public const string Section = "ChatBuddy:Sync";

    public TimeSpan OrderRefreshAfter { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan OrderRefreshTimeout { get; set; } = TimeSpan.FromSeconds(3);

    public void Validate()
    {
        if (OrderRefreshAfter < TimeSpan.Zero || OrderRefreshTimeout <= TimeSpan.Zero || OrderRefreshTimeout > TimeSpan.FromMinutes(1))
        {
            throw new InvalidOperationException($"{Section}:OrderRefreshAfter must not be negative and {Section}:OrderRefreshTimeout must be between 0 and 1 minute.");
        }
    }
}
