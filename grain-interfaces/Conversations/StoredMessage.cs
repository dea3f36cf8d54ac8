namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>
/// A stored message of any side with the parts it was shown with, as a resuming client replays it.
/// <see cref="Agent"/> is the answering agent, "human" for staff, null for the shopper.
/// </summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.StoredMessage")]
public sealed record StoredMessage(
    [property: Id(0)] Guid MessageId,
    [property: Id(1)] int Seq,
    [property: Id(2)] MessageRole Role,
    [property: Id(3)] string Text,
    [property: Id(4)] string? ClientId,
    [property: Id(5)] string? Agent,
    [property: Id(6)] IReadOnlyList<ProductCard> Products,
    [property: Id(7)] IReadOnlyList<string> QuickReplies,
    [property: Id(8)] bool Handoff,
    [property: Id(9)] DateTimeOffset At,
    [property: Id(10)] IReadOnlyList<string> Flags);
