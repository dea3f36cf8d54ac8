namespace ChatBuddy.Grains.Security.Gdpr;

[GenerateSerializer, Alias("chatbuddy.PrivacyRequestKind")]
public enum PrivacyRequestKind
{
    Export,
    Erasure,
}

[GenerateSerializer, Alias("chatbuddy.PrivacyStage")]
public enum PrivacyStage
{
    AwaitingEmail,
    AwaitingCode,
    AwaitingConfirmation,
}

/// <summary>
/// A shopper's export or erasure request in progress, kept in the session grain's state. The one-time
/// code is stored only as a salted SHA-256; it expires, and a few wrong tries end the request.
/// </summary>
[GenerateSerializer, Alias("chatbuddy.PrivacyRequest")]
public sealed class PrivacyRequest
{
    [Id(0)]
    public PrivacyRequestKind Kind { get; set; }

    [Id(1)]
    public PrivacyStage Stage { get; set; }

    [Id(2)]
    public string? Email { get; set; }

    [Id(3)]
    public byte[]? CodeSalt { get; set; }

    [Id(4)]
    public byte[]? CodeHash { get; set; }

    /// <summary>When the code (or, once verified, the erasure confirmation) stops being accepted.</summary>
    [Id(5)]
    public DateTimeOffset ExpiresAt { get; set; }

    [Id(6)]
    public int FailedAttempts { get; set; }
}
