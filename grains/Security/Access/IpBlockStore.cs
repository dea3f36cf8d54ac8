using System.Net;
using Npgsql;

namespace ChatBuddy.Grains.Security.Access;

/// <summary>Blocked client addresses and networks, each until its expiry (or until removed).</summary>
public sealed class IpBlockStore(NpgsqlDataSource db, TimeProvider clock)
{
    /// <summary>Blocks <paramref name="network"/> (a replaced block takes the new reason and expiry).</summary>
    public async Task<IpBlock> AddAsync(IPNetwork network, string reason, DateTimeOffset? expiresAt, string createdBy, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO ip_blocks (network, reason, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (network) DO UPDATE SET reason = excluded.reason, created_by = excluded.created_by,
                created_at = excluded.created_at, expires_at = excluded.expires_at
            """,
            connection);
        var now = clock.GetUtcNow();
        command.Parameters.AddWithValue(network);
        command.Parameters.AddWithValue(reason);
        command.Parameters.AddWithValue(createdBy);
        command.Parameters.AddWithValue(now);
        command.Parameters.AddWithValue((object?)expiresAt ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new IpBlock(network.ToString(), reason, createdBy, now, expiresAt);
    }

    /// <summary>The blocks in force now.</summary>
    public async Task<IReadOnlyList<IpBlock>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT network, reason, created_by, created_at, expires_at FROM ip_blocks WHERE expires_at IS NULL OR expires_at > $1 ORDER BY created_at",
            connection);
        command.Parameters.AddWithValue(clock.GetUtcNow());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var blocks = new List<IpBlock>();
        while (await reader.ReadAsync(cancellationToken))
        {
            blocks.Add(new IpBlock(
                (await reader.GetFieldValueAsync<IPNetwork>(0, cancellationToken)).ToString(),
                await reader.GetFieldValueAsync<string>(1, cancellationToken),
                await reader.GetFieldValueAsync<string>(2, cancellationToken),
                await reader.GetFieldValueAsync<DateTimeOffset>(3, cancellationToken),
                await reader.IsDBNullAsync(4, cancellationToken) ? null : await reader.GetFieldValueAsync<DateTimeOffset>(4, cancellationToken)));
        }

        return blocks;
    }

    public async Task<bool> RemoveAsync(IPNetwork network, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM ip_blocks WHERE network = $1", connection);
        command.Parameters.AddWithValue(network);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}

/// <summary>One block: <see cref="Network"/> is CIDR notation (a single address is /32 or /128).</summary>
public sealed record IpBlock(string Network, string Reason, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);
