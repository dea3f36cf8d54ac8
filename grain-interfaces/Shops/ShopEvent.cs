namespace ChatBuddy.GrainInterfaces.Shops;

/// <summary>A verified platform webhook, reduced to what to re-fetch: never trusted for its payload.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.ShopEvent")]
public sealed record ShopEvent(
    [property: Id(0)] ShopPlatform Platform,
    [property: Id(1)] string Event,
    [property: Id(2)] string? OrderId);
