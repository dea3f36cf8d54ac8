namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>A read-only view of a conversation.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.SessionSnapshot")]
public sealed record SessionSnapshot(
    [property: Id(0)] string ShopId,
    [property: Id(1)] Guid SessionId,
    [property: Id(2)] string Language,
    [property: Id(3)] string? CurrentAgent,
    [property: Id(4)] int LastSeq,
    [property: Id(5)] IReadOnlyList<TranscriptEntry> Transcript,
    [property: Id(6)] IReadOnlyList<RoutingDecision> Routing,
    [property: Id(7)] HandoffStatus Handoff);
