using System.Security.Cryptography;
using System.Text;
using ChatBuddy.Grains.Data;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Security.Gdpr;

/// <summary>
/// Short-lived download links for a verified shopper's export. The token is 32 random bytes shown once
/// in the chat; only its SHA-256 is stored, so a database leak yields no working link.
/// </summary>
public sealed class PrivacyExportLinks(NpgsqlDataSource db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public async Task<string> CreateAsync(string shopId, string email, CancellationToken cancellationToken = default)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await ShopScope.AsAppAsync(db, shopId, null, (c, t) => c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO privacy_export_links (token_hash, shop_id, email, expires_at) VALUES (@hash, @shopId, @email, @expires)",
            new { hash = Hash(token), shopId, email = email.ToLowerInvariant(), expires = clock.GetUtcNow() + Lifetime },
            t,
            cancellationToken: cancellationToken)), cancellationToken);
        return token;
    }

    /// <summary>The e-mail a valid, unexpired token was issued for; null otherwise.</summary>
    public async Task<string?> ResolveAsync(string shopId, string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        return await ShopScope.AsAppAsync(db, shopId, null, (c, t) => c.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT email FROM privacy_export_links WHERE token_hash = @hash AND expires_at > @now",
            new { hash = Hash(token), now = clock.GetUtcNow() },
            t,
            cancellationToken: cancellationToken)), cancellationToken);
    }

    /// <summary>Removes expired links (the retention job calls this).</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM privacy_export_links WHERE expires_at <= @now", new { now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));
}
