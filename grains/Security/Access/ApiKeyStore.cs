using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Security.Access;

/// <summary>
/// Hashed API keys for server-to-server calls, each bound to one shop. The full key is returned once by
/// <see cref="CreateAsync"/>; afterwards only its id, name and times are known.
/// </summary>
public sealed class ApiKeyStore(NpgsqlDataSource db, TimeProvider clock)
{
    // Hashed when the id is unknown, so a wrong id costs the same time as a wrong secret.
    private static readonly byte[] DecoySalt = ApiKeySecret.NewSalt();
    private static readonly byte[] DecoyHash = ApiKeySecret.Hash("decoy", DecoySalt);

    public async Task<NewApiKey> CreateAsync(string shopId, string name, string createdBy, CancellationToken cancellationToken = default)
    {
        var id = ApiKeySecret.NewId();
        var secret = ApiKeySecret.NewSecret();
        var salt = ApiKeySecret.NewSalt();
        var hash = ApiKeySecret.Hash(secret, salt);
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var createdAt = await connection.ExecuteScalarAsync<DateTime>(new CommandDefinition(
            """
            INSERT INTO api_keys (id, shop_id, name, salt, hash, created_by, created_at)
            VALUES (@id, @shopId, @name, @salt, @hash, @createdBy, @now)
            RETURNING created_at
            """,
            new { id, shopId, name, salt, hash, createdBy, now = clock.GetUtcNow() },
            cancellationToken: cancellationToken));
        return new NewApiKey(id, shopId, name, ApiKeySecret.Format(id, secret), new DateTimeOffset(createdAt, TimeSpan.Zero));
    }

    /// <summary>The key's identity when <paramref name="presented"/> is a current key, recording its use; else null.</summary>
    public async Task<ApiKeyIdentity?> VerifyAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (ApiKeySecret.Parse(presented) is not var (id, secret))
        {
            return null;
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(
            "SELECT id, shop_id AS ShopId, name, salt, hash FROM api_keys WHERE id = @id AND revoked_at IS NULL",
            new { id },
            cancellationToken: cancellationToken));
        if (row is null)
        {
            ApiKeySecret.Matches(secret, DecoySalt, DecoyHash);
            return null;
        }

        if (!ApiKeySecret.Matches(secret, row.Salt, row.Hash))
        {
            return null;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET last_used_at = @now WHERE id = @id", new { id, now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
        return new ApiKeyIdentity(row.Id, row.ShopId, row.Name);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(string shopId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ApiKeyInfo>(new CommandDefinition(
            """
            SELECT id, shop_id AS ShopId, name, created_by AS CreatedBy, created_at AS CreatedAt, revoked_at AS RevokedAt, last_used_at AS LastUsedAt
            FROM api_keys WHERE shop_id = @shopId ORDER BY created_at, id
            """,
            new { shopId },
            cancellationToken: cancellationToken));
        return rows.ToList();
    }

    /// <summary>Revokes the shop's key; false when the shop has no such key (or it was revoked already).</summary>
    public async Task<bool> RevokeAsync(string shopId, string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = @now WHERE id = @id AND shop_id = @shopId AND revoked_at IS NULL",
            new { id, shopId, now = clock.GetUtcNow() },
            cancellationToken: cancellationToken)) == 1;
    }

    private sealed record KeyRow(string Id, string ShopId, string Name, byte[] Salt, byte[] Hash);
}

/// <summary>A key just created: <see cref="Key"/> is shown this once.</summary>
public sealed record NewApiKey(string Id, string ShopId, string Name, string Key, DateTimeOffset CreatedAt);

public sealed record ApiKeyIdentity(string Id, string ShopId, string Name);

public sealed record ApiKeyInfo(string Id, string ShopId, string Name, string CreatedBy, DateTime CreatedAt, DateTime? RevokedAt, DateTime? LastUsedAt);
