namespace ChatBuddy.Grains.Security.Audit;

/// <summary>The audit log's vocabulary; dotted, area first.</summary>
public static class AuditActions
{
    public const string OrderLookup = "order.lookup";
    public const string OrderLookupFailed = "order.lookup_failed";
    public const string DiscountCodeIssued = "discount.issued";
    public const string HandoffRequested = "handoff.requested";
    public const string HandoffReplied = "handoff.replied";
    public const string HandoffReleased = "handoff.released";
    public const string SecurityFlag = "security.flag";
    public const string SecurityBlocked = "security.blocked";
}
