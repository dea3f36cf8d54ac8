using ChatBuddy.GrainInterfaces.Conversations;

namespace ChatBuddy.Grains.Conversations;

/// <summary>What a reply carries besides its text, stored with the message so a replay is identical.</summary>
public sealed record ReplyParts(
    string Language,
    IReadOnlyList<ProductCard> Products,
    IReadOnlyList<string> QuickReplies,
    bool Handoff,
    IReadOnlyList<string> Flags);
