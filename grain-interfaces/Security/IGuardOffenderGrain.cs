namespace ChatBuddy.GrainInterfaces.Security;

/// <summary>
/// Guard flags of one verified customer of one shop across sessions, keyed
/// "{shopId}/{SHA-256 hex of the lower-cased e-mail}" (no personal data in the key).
/// </summary>
[Alias("chatbuddy.IGuardOffenderGrain")]
public interface IGuardOffenderGrain : IGrainWithStringKey
{
    [Alias("Standing")]
    Task<OffenderStanding> StandingAsync();

    /// <summary>Counts one flagged message; blocks the customer when it reaches the block limit.</summary>
    [Alias("RecordFlag")]
    Task<OffenderStanding> RecordFlagAsync();
}

/// <summary>Flags inside the sliding window, the end of a running block, and whether this call started it.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.OffenderStanding")]
public sealed record OffenderStanding(
    [property: Id(0)] int Flags,
    [property: Id(1)] DateTimeOffset? BlockedUntil,
    [property: Id(2)] bool BlockStarted = false)
{
    public static readonly OffenderStanding Clear = new(0, null);

    public bool IsBlocked(DateTimeOffset now) => BlockedUntil > now;

    /// <summary>The stricter of two standings (session and customer).</summary>
    public OffenderStanding Max(OffenderStanding other) => new(
        Math.Max(Flags, other.Flags),
        BlockedUntil > other.BlockedUntil || other.BlockedUntil is null ? BlockedUntil : other.BlockedUntil,
        BlockStarted || other.BlockStarted);
}
