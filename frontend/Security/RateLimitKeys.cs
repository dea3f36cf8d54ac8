using System.Security.Cryptography;
using System.Text;
using ChatBuddy.GrainInterfaces.Conversations;

namespace ChatBuddy.Frontend.Security;

/// <summary>Partition keys without personal data: limits may live in Redis, which an erasure must find clean.</summary>
public static class RateLimitKeys
{
    public static string? Customer(VerifiedCustomer? customer) =>
        customer is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(customer.Email.Trim().ToLowerInvariant())))[..16];

    public static string? Address(string? address) => address is null ? null : ClientAddress.Hash(address);
}
