namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>The coordinator's choice for one message: the agent, its confidence and the reason.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.RoutingDecision")]
public sealed record RoutingDecision(
    [property: Id(0)] int Seq,
    [property: Id(1)] string Agent,
    [property: Id(2)] double Confidence,
    [property: Id(3)] string Reason);
