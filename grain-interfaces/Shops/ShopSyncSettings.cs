namespace ChatBuddy.GrainInterfaces.Shops;

/// <summary>A shop's platform sync: the connection, how often the schedule syncs, the low-stock alert threshold and where its alerts are mailed (none: recorded only).</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.ShopSyncSettings")]
public sealed record ShopSyncSettings(
    [property: Id(0)] ShopConnection Connection,
    [property: Id(1)] int LowStockThreshold = 5,
    [property: Id(2)] int IntervalMinutes = 15,
    [property: Id(3)] string? AlertEmail = null)
{
    public IReadOnlyList<string> Validate()
    {
        var problems = Connection.Validate().ToList();
        if (LowStockThreshold < 0)
        {
            problems.Add("the low-stock threshold must not be negative");
        }

        if (IntervalMinutes is < 1 or > 1440)
        {
            problems.Add("the sync interval must be between 1 and 1440 minutes");
        }

        if (AlertEmail is not null && (AlertEmail.Length > 254 || AlertEmail.Trim() != AlertEmail || AlertEmail.IndexOf('@', StringComparison.Ordinal) is < 1 || AlertEmail.EndsWith('@')))
        {
            problems.Add("the low-stock alert address must be an e-mail address");
        }

        return problems;
    }
}
