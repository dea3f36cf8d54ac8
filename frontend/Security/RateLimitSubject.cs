namespace ChatBuddy.Frontend.Security;

/// <summary>
/// Who a request or message counts against: every non-null partition of its bucket must have a permit.
/// The values are already free of personal data (hashes and ids).
/// </summary>
public sealed record RateLimitSubject(string Bucket, string? Ip = null, string? Session = null, string? Customer = null, string? ApiKey = null);

/// <summary>Permitted, or refused with the seconds to wait and the partition that refused.</summary>
public sealed record RateLimitDecision(bool Permitted, int RetryAfterSeconds = 0, string? Partition = null)
{
    public static readonly RateLimitDecision Allow = new(true);
}
