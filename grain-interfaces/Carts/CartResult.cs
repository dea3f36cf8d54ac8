namespace ChatBuddy.GrainInterfaces.Carts;

/// <summary>The cart after a change, or why the change was refused (the cart is then unchanged).</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.CartResult")]
public sealed record CartResult(
    [property: Id(0)] CartSnapshot Cart,
    [property: Id(1)] CartError? Error)
{
    public bool Succeeded => Error is null;
}

[GenerateSerializer, Alias("chatbuddy.CartError")]
public enum CartError
{
    UnknownProduct = 0,
    OutOfStock = 1,
    InvalidQuantity = 2,
    AlreadyOrdered = 3,
}
