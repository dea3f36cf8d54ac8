namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>A product shown with a reply; every channel renders what it can of it.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.ProductCard")]
public sealed record ProductCard(
    [property: Id(0)] string Sku,
    [property: Id(1)] string Name,
    [property: Id(2)] int Price,
    [property: Id(3)] int? SalePrice,
    [property: Id(4)] string Currency,
    [property: Id(5)] bool InStock,
    [property: Id(6)] string? Url);
