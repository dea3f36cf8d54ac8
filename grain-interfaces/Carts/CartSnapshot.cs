namespace ChatBuddy.GrainInterfaces.Carts;

/// <summary>A read-only view of a cart.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.CartSnapshot")]
public sealed record CartSnapshot(
    [property: Id(0)] IReadOnlyList<CartLine> Lines,
    [property: Id(1)] int Total,
    [property: Id(2)] DateTimeOffset? LastActivity,
    [property: Id(3)] int FollowUpsSent,
    [property: Id(4)] string? OrderNumber);
