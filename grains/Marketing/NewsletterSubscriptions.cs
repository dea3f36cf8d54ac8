using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Marketing;

/// <summary>Newsletter consent as records: who, which text version, when, through which channel; never overwritten.</summary>
public sealed class NewsletterSubscriptions(NpgsqlDataSource db)
{
    public const string Purpose = "newsletter";
    public const string TextVersion = "newsletter-2026-11";

    /// <summary>Records the consent change; false when it was already in that state.</summary>
    public async Task<bool> SetAsync(string shopId, string email, bool granted, string channel, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var userId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO users (shop_id, email) VALUES (@shopId, @email)
            ON CONFLICT (shop_id, lower(email)) WHERE email IS NOT NULL DO UPDATE SET updated_at = now()
            RETURNING id
            """,
            new { shopId, email },
            transaction,
            cancellationToken: cancellationToken));
        var current = await connection.ExecuteScalarAsync<bool?>(new CommandDefinition(
            "SELECT granted FROM user_consents WHERE shop_id = @shopId AND user_id = @userId AND purpose = @Purpose ORDER BY id DESC LIMIT 1",
            new { shopId, userId, Purpose },
            transaction,
            cancellationToken: cancellationToken)) ?? false;
        if (current == granted)
        {
            await transaction.CommitAsync(cancellationToken);
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO user_consents (shop_id, user_id, purpose, granted, text_version, channel)
            VALUES (@shopId, @userId, @Purpose, @granted, @TextVersion, @channel)
            """,
            new { shopId, userId, Purpose, granted, TextVersion, channel },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
