namespace ChatBuddy.Frontend.Security;

/// <summary>Audit actions of access control (admin sign-in, API keys, blocking, admin calls).</summary>
public static class AccessAuditActions
{
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
