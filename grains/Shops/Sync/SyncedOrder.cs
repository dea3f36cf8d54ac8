namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>Where a synced order came from and when it was last fetched.</summary>
public sealed record SyncedOrder(string ExternalId, DateTime SyncedAt);
