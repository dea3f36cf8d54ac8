namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>
/// One inbound shopper message, channel-neutral. <see cref="ClientId"/> makes retries idempotent;
/// <see cref="Origin"/> identifies the sender's network address for attempt limits (never shown to agents).
/// </summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.ChatTurn")]
public sealed record ChatTurn(
    [property: Id(0)] string Text,
    [property: Id(1)] string? ClientId = null,
    [property: Id(2)] string? Locale = null,
    [property: Id(3)] string? Origin = null,
    [property: Id(4)] VerifiedCustomer? Customer = null);
