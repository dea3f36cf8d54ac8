namespace ChatBuddy.Grains.Shops.Unas;

/// <summary>The UNAS call ledger of the last hour, as saved between runs.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.UnasBudgetSnapshot")]
public sealed record UnasBudgetSnapshot(
    [property: Id(0)] IReadOnlyDictionary<string, IReadOnlyList<DateTimeOffset>> Calls,
    [property: Id(1)] DateTimeOffset? BannedUntil);
