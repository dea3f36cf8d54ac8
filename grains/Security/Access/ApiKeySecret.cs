using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;

namespace ChatBuddy.Grains.Security.Access;

/// <summary>
/// The shape and hashing of API keys: <c>cbk_&lt;id&gt;_&lt;secret&gt;</c>, where the 12-character id is the
/// public lookup handle and only an Argon2id hash of the secret (with its own salt) is ever stored.
/// </summary>
public static class ApiKeySecret
{
    public const string Prefix = "cbk_";
    public const int IdLength = 12;
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const int SecretBytes = 32;
    private const int HashBytes = 32;

    public static string NewId() => RandomNumberGenerator.GetString(IdAlphabet, IdLength);

    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Format(string id, string secret) => $"{Prefix}{id}_{secret}";

    /// <summary>The id and secret of a presented key, or null when it is not shaped like one.</summary>
    public static (string Id, string Secret)? Parse(string? presented)
    {
        if (presented is null || presented.Length > 128 || !presented.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = presented.AsSpan(Prefix.Length);
        if (rest.Length < IdLength + 2 || rest[IdLength] != '_')
        {
            return null;
        }

        var id = rest[..IdLength].ToString();
        return id.All(IdAlphabet.Contains) ? (id, rest[(IdLength + 1)..].ToString()) : null;
    }

    /// <summary>Argon2id with the OWASP minimum for one core: 19 MiB, 2 passes, 1 lane.</summary>
    public static byte[] Hash(string secret, byte[] salt)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(secret))
        {
            Salt = salt,
            DegreeOfParallelism = 1,
            Iterations = 2,
            MemorySize = 19 * 1024,
        };
        return argon.GetBytes(HashBytes);
    }

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(16);

    public static bool Matches(string secret, byte[] salt, byte[] expected) =>
        CryptographicOperations.FixedTimeEquals(Hash(secret, salt), expected);
}
