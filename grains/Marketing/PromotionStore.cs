using ChatBuddy.Grains.Assistant.Tools;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Marketing;

/// <summary>The shop's running promotions.</summary>
public sealed class PromotionStore(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<PromotionFact>> ListActiveAsync(string shopId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PromotionRow>(new CommandDefinition(
            """
            SELECT name, description, kind, value, min_basket AS MinBasket, code, ends_at AS EndsAt
            FROM promotions
            WHERE shop_id = @shopId AND is_active AND starts_at <= @now AND (ends_at IS NULL OR ends_at > @now)
            ORDER BY ends_at NULLS LAST, name
            LIMIT 10
            """,
            new { shopId, now },
            cancellationToken: cancellationToken));
        return rows.Select(r => new PromotionFact(
            r.Name, r.Description, r.Kind, r.Value, r.MinBasket, r.Code, r.EndsAt is { } end ? DateOnly.FromDateTime(end) : null)).ToList();
    }

    public async Task AddAsync(string shopId, PromotionFact promotion, DateTimeOffset startsAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO promotions (shop_id, name, description, kind, value, min_basket, code, starts_at, ends_at)
            SELECT @shopId, @Name, @Description, @Kind, @Value, @MinBasket, @Code, @startsAt, @endsAt
            WHERE NOT EXISTS (SELECT 1 FROM promotions WHERE shop_id = @shopId AND name = @Name)
            """,
            new
            {
                shopId,
                promotion.Name,
                promotion.Description,
                promotion.Kind,
                promotion.Value,
                promotion.MinBasket,
                promotion.Code,
                startsAt,
                endsAt = promotion.EndsOn?.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Utc),
            },
            cancellationToken: cancellationToken));
    }

    private sealed record PromotionRow(string Name, string Description, string Kind, int Value, int MinBasket, string? Code, DateTime? EndsAt);
}
