namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>A shopper the shop vouched for with a signed customer token: orders with this e-mail are theirs.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.VerifiedCustomer")]
public sealed record VerifiedCustomer(
    [property: Id(0)] string Email,
    [property: Id(1)] string? Name);
