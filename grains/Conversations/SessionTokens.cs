using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Conversations;

/// <summary>
/// Signed session tokens: HMAC-SHA256 over "{shop}/{session}". The key is ChatBuddy:Sessions:SigningKey
/// when configured, else one random key stored in the database on first use, so every frontend of an
/// installation accepts every other's tokens and restarts keep sessions valid.
/// </summary>
public sealed class SessionTokens(NpgsqlDataSource db, string? configuredKey)
{
    private const string SecretName = "session-signing-key";
    private byte[]? _key = configuredKey is { Length: >= 32 } text ? Encoding.UTF8.GetBytes(text) : null;

    public async Task<string> IssueAsync(string shopId, Guid sessionId, CancellationToken cancellationToken = default) =>
        Convert.ToBase64String(Sign(await KeyAsync(cancellationToken), shopId, sessionId))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async Task<bool> IsValidAsync(string shopId, Guid sessionId, string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(await IssueAsync(shopId, sessionId, cancellationToken));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(token));
    }

    private static byte[] Sign(byte[] key, string shopId, Guid sessionId) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{shopId}/{sessionId:N}"));

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (_key is { } key)
        {
            return key;
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var stored = await connection.ExecuteScalarAsync<byte[]>(new CommandDefinition(
            """
            INSERT INTO app_secrets (name, value) VALUES (@SecretName, @fresh)
            ON CONFLICT (name) DO UPDATE SET name = excluded.name
            RETURNING value
            """,
            new { SecretName, fresh = RandomNumberGenerator.GetBytes(32) },
            cancellationToken: cancellationToken));
        _key = stored;
        return stored!;
    }
}
