namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>A stored message with its per-session sequence number.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.TranscriptEntry")]
public sealed record TranscriptEntry(
    [property: Id(0)] Guid MessageId,
    [property: Id(1)] int Seq,
    [property: Id(2)] MessageRole Role,
    [property: Id(3)] string Text,
    [property: Id(4)] string? ClientId,
    [property: Id(5)] string? Agent,
    [property: Id(6)] DateTimeOffset At);
