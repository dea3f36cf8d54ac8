namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>
/// <c>ChatBuddy:Sync</c>: how often the schedule looks for shops due a sync, and where Quartz keeps
/// its schedule — "memory" on a single node, "postgres" (the qrtz_* tables of migration 0008,
/// clustered across silos) when many silos share one database.
/// </summary>
public sealed class SyncScheduleOptions
{
    public const string Section = "ChatBuddy:Sync";

    public bool Enabled { get; set; } = true;

    public string JobStore { get; set; } = "memory";

    public int SweepSeconds { get; set; } = 60;

    public void Validate()
    {
        if (JobStore is not ("memory" or "postgres"))
        {
            throw new InvalidOperationException($"{Section}:JobStore must be 'memory' or 'postgres', not '{JobStore}'.");
        }

        if (SweepSeconds is < 5 or > 86_400)
        {
            throw new InvalidOperationException($"{Section}:SweepSeconds must be between 5 and 86400.");
        }
    }
}
