using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.Grains.Assistant;

namespace ChatBuddy.Grains.Conversations;

[GenerateSerializer, Alias("chatbuddy.ChatSessionState")]
public sealed class ChatSessionState
{
    [Id(0)]
    public string Language { get; set; } = "hu";

    [Id(1)]
    public string? CurrentAgent { get; set; }

    [Id(2)]
    public int LastSeq { get; set; }

    // Id 3 held the transcript window; chat_messages is its store now (the grain reads the window on activation).

    [Id(4)]
    public List<RoutingDecision> Routing { get; set; } = [];

    /// <summary>Slots gathered so far (order number, e-mail, colour, size, …).</summary>
    [Id(5)]
    public Dictionary<string, string> Slots { get; set; } = new(StringComparer.Ordinal);

    [Id(6)]
    public bool Started { get; set; }

    [Id(7)]
    public ConversationMemory Memory { get; set; } = new();

    [Id(8)]
    public HandoffStatus Handoff { get; set; }

    [Id(9)]
    public bool LanguageChosen { get; set; }

    /// <summary>A data export or erasure the shopper is verifying (see <see cref="Security.Gdpr.PrivacyFlow"/>).</summary>
    [Id(10)]
    public Security.Gdpr.PrivacyRequest? Privacy { get; set; }

    /// <summary>Guard flags of this session in the sliding window, and a running block.</summary>
    [Id(11)]
    public Security.Guard.OffenderRecord Guard { get; set; } = new();

    /// <summary>When a shopper message was last passed to the agents (throttling spaces them out).</summary>
    [Id(12)]
    public DateTimeOffset? LastProcessedAt { get; set; }
}
