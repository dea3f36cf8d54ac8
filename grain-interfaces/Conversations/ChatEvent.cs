namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>What a turn produces, in order: an ack, typing, streamed text pieces, then the final reply.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.ChatEvent")]
public abstract record ChatEvent;

/// <summary>The shopper's message is stored with this id and sequence number.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.ChatAck")]
public sealed record ChatAck(
    [property: Id(0)] Guid MessageId,
    [property: Id(1)] int Seq,
    [property: Id(2)] string? ClientId) : ChatEvent;

/// <summary>The assistant is working on an answer.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.ChatTyping")]
public sealed record ChatTyping : ChatEvent;

/// <summary>A piece of the answer while it streams; <see cref="MessageId"/> is the reply's id.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.ChatDelta")]
public sealed record ChatDelta(
    [property: Id(0)] Guid MessageId,
    [property: Id(1)] string Text) : ChatEvent;

/// <summary>The complete, stored answer.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.ChatReply")]
public sealed record ChatReply(
    [property: Id(0)] Guid MessageId,
    [property: Id(1)] int Seq,
    [property: Id(2)] string Agent,
    [property: Id(3)] string Text,
    [property: Id(4)] string Language,
    [property: Id(5)] IReadOnlyList<ProductCard> Products,
    [property: Id(6)] IReadOnlyList<string> QuickReplies,
    [property: Id(7)] bool Handoff,
    [property: Id(8)] IReadOnlyList<string> Flags) : ChatEvent;
