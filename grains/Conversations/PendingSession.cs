namespace ChatBuddy.Grains.Conversations;

/// <summary>A conversation in the staff queue.</summary>
public sealed record PendingSession(Guid SessionId, string Status, string Language, DateTime? RequestedAt, string? Reason, string? LastMessage);
