namespace ChatBuddy.Grains.Security.Audit;

/// <summary>The audit log's vocabulary; dotted, area first.</summary>
public static class AuditActions
{
    public const string OrderLookup = "order.lookup";
    public const string OrderLookupFailed = "order.lookup_failed";
    public const string DiscountCodeIssued = "discount.issued";
    public const string HandoffRequested = "handoff.requested";
    public const string HandoffTaken = "handoff.taken";
    public const string HandoffReleased = "handoff.released";
    public const string SecurityFlag = "security.flag";
    public const string SecurityBlocked = "security.blocked";
    public const string GdprExport = "gdpr.export";
    public const string GdprErasure = "gdpr.erasure";
    public const string GdprRetention = "gdpr.retention";

    // Access control: admin sign-in, API keys, the IP block list and every admin call.
    public const string TokenIssued = "auth.token_issued";
    public const string TokenRejected = "auth.token_rejected";
    public const string AdminKeyRejected = "auth.admin_key_rejected";
    public const string ApiKeyCreated = "api_key.created";
    public const string ApiKeyRevoked = "api_key.revoked";
    public const string ApiKeyRejected = "api_key.rejected";
    public const string IpBlocked = "ip.blocked";
    public const string IpUnblocked = "ip.unblocked";
    public const string AdminAction = "admin.action";
}
