namespace ChatBuddy.GrainInterfaces.Carts;

/// <summary>One product line in a cart; the unit price is the gross price in the shop's currency.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.CartLine")]
public sealed record CartLine(
    [property: Id(0)] string Sku,
    [property: Id(1)] string Name,
    [property: Id(2)] int Quantity,
    [property: Id(3)] int UnitPrice);
