using ChatBuddy.Grains.Notifications;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>
/// Turns a shop's new <c>stock_alerts</c> rows into mails in the outbox, one per product crossing the
/// threshold, and marks the rows notified in the same transaction: a run that dies before this
/// leaves them for the next run, and none is mailed twice. Alerts older than a day are not mailed
/// (an alert address configured later does not flood the owner with history).
/// </summary>
public sealed class StockAlertMailer(NpgsqlDataSource db, EmailOutbox outbox)
{
    public const string Kind = "stock_alert";

    public async Task<int> QueueAsync(string shopId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var shop = await connection.QuerySingleOrDefaultAsync<(string? AlertEmail, string Name, string Locale)>(new CommandDefinition(
            "SELECT s.alert_email, sh.name, sh.locale FROM shop_sync_settings s JOIN shops sh ON sh.id = s.shop_id WHERE s.shop_id = @shopId",
            new { shopId },
            transaction,
            cancellationToken: cancellationToken));
        if (shop.AlertEmail is not { Length: > 0 } to)
        {
            return 0;
        }

        var alerts = (await connection.QueryAsync<StockAlert>(new CommandDefinition(
            """
            SELECT id AS Id, sku AS Sku, name AS Name, old_stock AS OldStock, new_stock AS NewStock, threshold AS Threshold
            FROM stock_alerts
            WHERE shop_id = @shopId AND notified_at IS NULL AND created_at > now() - interval '1 day'
            ORDER BY id
            FOR UPDATE SKIP LOCKED
            """,
            new { shopId },
            transaction,
            cancellationToken: cancellationToken))).ToList();
        var queued = 0;
        foreach (var alert in alerts)
        {
            var message = StockAlertEmail.Compose(to, shop.Name, shop.Locale, alert);
            if (await outbox.QueueAsync(connection, transaction, shopId, Kind, $"stock-alert:{alert.Id}", message, cancellationToken))
            {
                queued++;
            }
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE stock_alerts SET notified_at = now() WHERE id = ANY(@ids)",
            new { ids = alerts.Select(a => a.Id).ToArray() },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return queued;
    }
}
