namespace ChatBuddy.GrainInterfaces.Shops;

/// <summary>Where a shop's sync stands: the running resource and its progress, or the last run's outcome.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.SyncStatus")]
public sealed record SyncStatus(
    [property: Id(0)] bool Running,
    [property: Id(1)] string? Resource,
    [property: Id(2)] int Done,
    [property: Id(3)] int? Total,
    [property: Id(4)] SyncReport? LastReport)
{
    public static SyncStatus Idle(SyncReport? last) => new(false, null, 0, null, last);
}
