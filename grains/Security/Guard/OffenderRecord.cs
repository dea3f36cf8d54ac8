using ChatBuddy.GrainInterfaces.Security;

namespace ChatBuddy.Grains.Security.Guard;

/// <summary>Flagged-message times in a sliding window and a block end, kept in a grain's state.</summary>
[GenerateSerializer, Alias("chatbuddy.OffenderRecord")]
public sealed class OffenderRecord
{
    [Id(0)]
    public List<DateTimeOffset> FlaggedAt { get; set; } = [];

    [Id(1)]
    public DateTimeOffset? BlockedUntil { get; set; }

    public OffenderStanding Standing(DateTimeOffset now, GuardOptions options)
    {
        FlaggedAt.RemoveAll(at => at <= now - options.Window);
        return new OffenderStanding(FlaggedAt.Count, BlockedUntil > now ? BlockedUntil : null);
    }

    public OffenderStanding Record(DateTimeOffset now, GuardOptions options)
    {
        FlaggedAt.Add(now);
        var standing = Standing(now, options);
        if (standing.Flags < options.BlockAfter || standing.IsBlocked(now))
        {
            return standing;
        }

        // The flags that earned a block are spent: after it ends the sender starts afresh.
        BlockedUntil = now + options.BlockFor;
        FlaggedAt.Clear();
        return new OffenderStanding(options.BlockAfter, BlockedUntil, BlockStarted: true);
    }
}
