using System.Security.Cryptography;
using System.Text;

namespace ChatBuddy.Grains.Security.Gdpr;

/// <summary>Whose data: a shop plus an e-mail address, a customer id (users.id), or both.</summary>
public sealed record DataSubject(string ShopId, string? Email, long? CustomerId)
{
    public string? NormalizedEmail => string.IsNullOrWhiteSpace(Email) ? null : Email.Trim().ToLowerInvariant();

    public bool IsValid => NormalizedEmail is { Length: <= 320 } email && email.Contains('@', StringComparison.Ordinal) || CustomerId is > 0;

    /// <summary>The pseudonymous id audit rows carry: never the e-mail itself.</summary>
    public static string Pseudonym(string? email, long? customerId) => email is { Length: > 0 }
        ? "subject:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))
        : $"customer:{customerId}";
}

/// <summary>Where a subject's data lives: their users row (if any), e-mail, conversations and carts.</summary>
public sealed record SubjectRecords(long? UserId, string? Email, IReadOnlyList<Guid> Sessions, IReadOnlyList<Guid> Carts)
{
    public bool IsEmpty => UserId is null && Email is null;
}
