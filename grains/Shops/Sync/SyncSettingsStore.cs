using ChatBuddy.GrainInterfaces.Shops;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>
/// The <c>shop_sync_settings</c> table: what the database needs to know about a shop's sync (the
/// low-stock threshold its trigger reads, which shops the schedule visits). Never the secret.
/// </summary>
public sealed class SyncSettingsStore(NpgsqlDataSource db)
{
    public async Task SaveAsync(string shopId, ShopSyncSettings settings, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO shops (id, name) VALUES (@shopId, @shopId) ON CONFLICT (id) DO NOTHING;
            INSERT INTO shop_sync_settings (shop_id, platform, base_url, low_stock_threshold, interval_minutes, alert_email)
            VALUES (@shopId, @platform, @baseUrl, @threshold, @interval, @alertEmail)
            ON CONFLICT (shop_id) DO UPDATE SET platform = excluded.platform, base_url = excluded.base_url,
                low_stock_threshold = excluded.low_stock_threshold, interval_minutes = excluded.interval_minutes, alert_email = excluded.alert_email,
                enabled = true, updated_at = now()
            """,
            new
            {
                shopId,
                platform = ShopSynchronizer.Source(settings.Connection.Platform),
                baseUrl = settings.Connection.BaseUrl.ToString(),
                threshold = settings.LowStockThreshold,
                interval = settings.IntervalMinutes,
                alertEmail = settings.AlertEmail,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> EnabledShopsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT shop_id FROM shop_sync_settings WHERE enabled ORDER BY shop_id", cancellationToken: cancellationToken))).ToList();
    }
}
