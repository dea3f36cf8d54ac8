using ChatBuddy.GrainInterfaces.Security;

namespace ChatBuddy.Grains.Security.Guard;

/// <summary>What the session does with a shopper message: pass it on (no <see cref="Refusal"/>) or answer with a refusal of that kind.</summary>
public sealed record GuardDecision(string Language, string? Refusal, IReadOnlyList<string> Flags, GuardVerdict Verdict, OffenderStanding? SenderStanding = null)
{
    public OffenderStanding Standing => SenderStanding ?? OffenderStanding.Clear;
}
