namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>Where a sync reads and moves its per-resource watermarks (the shop tenant grain's state).</summary>
public sealed record SyncWatermarks(Func<string, Task<DateTimeOffset?>> GetAsync, Func<string, DateTimeOffset, Task> AdvanceAsync);
