namespace ChatBuddy.Grains.Assistant.Routing;

/// <summary>
/// The coordinator's choice: an agent, or (when <see cref="Clarify"/>) a question back to the shopper
/// with <see cref="Suggestions"/> as quick replies.
/// </summary>
public sealed record RouteDecision(string Agent, double Confidence, string Reason, bool Clarify = false, IReadOnlyList<string>? Suggestions = null);
