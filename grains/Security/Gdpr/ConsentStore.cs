using ChatBuddy.Grains.Data;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Security.Gdpr;

/// <summary>A consent record as the admin API shows it: purpose, granted or withdrawn, the text version shown, when and through which channel.</summary>
public sealed record ConsentRecord(long Id, string Purpose, bool Granted, string TextVersion, string Channel, DateTime RecordedAt);

/// <summary>The <c>user_consents</c> records of one customer: appended, never overwritten (the chat's newsletter consent writes here too).</summary>
public sealed class ConsentStore(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<ConsentRecord>> ListAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        await ShopScope.AsAppAsync(db, subject.ShopId, null, async (c, t) =>
        {
            var userId = await FindUserAsync(c, t, subject, cancellationToken);
            if (userId is null)
            {
                return (IReadOnlyList<ConsentRecord>)[];
            }

            return (await c.QueryAsync<ConsentRecord>(new CommandDefinition(
                """
                SELECT id AS Id, purpose AS Purpose, granted AS Granted, text_version AS TextVersion, channel AS Channel, recorded_at AS RecordedAt
                FROM user_consents WHERE user_id = @userId ORDER BY id
                """,
                new { userId },
                t,
                cancellationToken: cancellationToken))).ToList();
        }, cancellationToken);

    /// <summary>Appends one consent record; a subject known only by e-mail becomes a customer row first.</summary>
    public async Task<ConsentRecord?> RecordAsync(DataSubject subject, string purpose, bool granted, string textVersion, string channel, CancellationToken cancellationToken = default) =>
        await ShopScope.AsAppAsync(db, subject.ShopId, null, async (c, t) =>
        {
            var userId = await FindUserAsync(c, t, subject, cancellationToken);
            if (userId is null && subject.NormalizedEmail is { } email)
            {
                userId = await c.ExecuteScalarAsync<long>(new CommandDefinition(
                    """
                    INSERT INTO users (shop_id, email) VALUES (@shopId, @email)
                    ON CONFLICT (shop_id, lower(email)) WHERE email IS NOT NULL DO UPDATE SET updated_at = now()
                    RETURNING id
                    """,
                    new { shopId = subject.ShopId, email },
                    t,
                    cancellationToken: cancellationToken));
            }

            if (userId is null)
            {
                return null;
            }

            return await c.QuerySingleAsync<ConsentRecord>(new CommandDefinition(
                """
                INSERT INTO user_consents (shop_id, user_id, purpose, granted, text_version, channel)
                VALUES (@shopId, @userId, @purpose, @granted, @textVersion, @channel)
                RETURNING id AS Id, purpose AS Purpose, granted AS Granted, text_version AS TextVersion, channel AS Channel, recorded_at AS RecordedAt
                """,
                new { shopId = subject.ShopId, userId, purpose, granted, textVersion, channel },
                t,
                cancellationToken: cancellationToken));
        }, cancellationToken);

    private static async Task<long?> FindUserAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DataSubject subject, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            SELECT id FROM users
            WHERE (@uid::bigint IS NOT NULL AND id = @uid) OR (@email::text IS NOT NULL AND lower(email) = @email)
            ORDER BY (id = @uid) DESC NULLS LAST LIMIT 1
            """,
            new { uid = subject.CustomerId, email = subject.NormalizedEmail },
            transaction,
            cancellationToken: cancellationToken));
}
