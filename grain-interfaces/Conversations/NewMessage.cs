namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>A message to append: who wrote it, the text, and the sender's idempotency key.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.NewMessage")]
public sealed record NewMessage(
    [property: Id(0)] MessageRole Role,
    [property: Id(1)] string Text,
    [property: Id(2)] string? ClientId,
    [property: Id(3)] string? Agent);
