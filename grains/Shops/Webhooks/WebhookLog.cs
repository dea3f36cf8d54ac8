using ChatBuddy.GrainInterfaces.Shops;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Shops.Webhooks;

/// <summary>The <c>shop_webhook_events</c> table: each delivery stored once by its de-duplication key.</summary>
public sealed class WebhookLog(NpgsqlDataSource db)
{
    /// <summary>True the first time this key is seen for the shop.</summary>
    public async Task<bool> RecordAsync(string shopId, string dedupeKey, ShopEvent shopEvent, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO shop_webhook_events (shop_id, dedupe_key, platform, event, resource_id)
            VALUES (@shopId, @dedupeKey, @platform, @event, @resource)
            ON CONFLICT DO NOTHING
            """,
            new { shopId, dedupeKey, platform = shopEvent.Platform.ToString().ToLowerInvariant(), @event = shopEvent.Event, resource = shopEvent.OrderId },
            cancellationToken: cancellationToken)) == 1;
    }
}
