namespace ChatBuddy.Grains.Security.Audit;

/// <summary>What <see cref="AuditChainVerifier"/> found: how much it checked and every place a chain breaks.</summary>
public sealed record AuditVerification(int Chains, long Rows, IReadOnlyList<AuditChainBreak> Breaks)
{
    public bool IsIntact => Breaks.Count == 0;
}

/// <param name="Chain">The shop id, or empty for events without a shop.</param>
/// <param name="Sequence">Where in the chain it breaks.</param>
/// <param name="RowId">The row at fault, when there is one (a deleted tail has none).</param>
/// <param name="Problem">What is wrong, in words.</param>
public sealed record AuditChainBreak(string Chain, long Sequence, long? RowId, string Problem);
