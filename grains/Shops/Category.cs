namespace ChatBuddy.Grains.Shops;

/// <summary>A category of the platform's tree.</summary>
public sealed record Category(string ExternalId, string Name, string? ParentId, int Sort, bool Active);
