using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.Grains.Assistant.Routing;

namespace ChatBuddy.Grains.Assistant;

/// <summary>The outcome of one agent turn, complete once its deltas have been read.</summary>
public sealed class AgentRun(RouteDecision route)
{
    public RouteDecision Route { get; } = route;

    public string Text { get; set; } = "";

    public List<ProductCard> Products { get; } = [];

    public List<string> QuickReplies { get; } = [];

    public List<string> Flags { get; } = [];

    public bool HandoffRequested { get; set; }

    /// <summary>Answered before any agent ran (the privacy flow): <see cref="Text"/> is the whole reply.</summary>
    public bool Answered { get; init; }
}
