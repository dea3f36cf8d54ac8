namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>Progress of one resource of a running sync; <see cref="Pages"/> is the page count when the platform tells it.</summary>
public sealed record SyncProgress(string Resource, int Items, int Page, int? Pages);
