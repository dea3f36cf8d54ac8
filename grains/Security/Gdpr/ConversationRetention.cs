using System.Globalization;
using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Data;
using ChatBuddy.Grains.Security.Audit;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Security.Gdpr;

/// <summary>
/// Deletes conversations idle for longer than each shop's <see cref="ShopSettings.RetentionDays"/>: the
/// session grain's state first (so a live activation cannot write it back), then the session row and,
/// by cascade, its messages. One audit row per shop with counts only.
/// </summary>
public sealed class ConversationRetention(NpgsqlDataSource db, IGrainFactory grains, IAuditTrail audit, PrivacyExportLinks links, TimeProvider clock)
{
    public const string Action = AuditActions.GdprRetention;
    public const string Actor = "system:conversation-retention";
    private const int Batch = 500;

    /// <summary>Runs once over every shop; returns the number of conversations deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await links.PurgeExpiredAsync(cancellationToken);
        var total = 0;
        foreach (var shopId in await ShopsAsync(cancellationToken))
        {
            total += await RunShopAsync(shopId, cancellationToken);
        }

        return total;
    }

    public async Task<int> RunShopAsync(string shopId, CancellationToken cancellationToken = default)
    {
        var settings = await grains.GetGrain<IShopTenantGrain>(shopId).GetSettingsAsync() ?? ShopSettings.Default(shopId);
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(settings.RetentionDays);
        int sessions = 0, messages = 0;
        while (true)
        {
            var due = await ShopScope.AsAppAsync(db, shopId, null, async (c, t) => (await c.QueryAsync<Guid>(new CommandDefinition(
                "SELECT id FROM chat_sessions WHERE last_activity_at < @cutoff ORDER BY last_activity_at LIMIT @Batch",
                new { cutoff, Batch },
                t,
                cancellationToken: cancellationToken))).ToArray(), cancellationToken);
            if (due.Length == 0)
            {
                break;
            }

            foreach (var session in due)
            {
                await grains.GetGrain<IChatSessionGrain>(GrainKeys.ForShop(shopId, session.ToString())).ForgetAsync();
            }

            var (deletedMessages, deletedSessions) = await ShopScope.AsAppAsync(db, shopId, null, async (c, t) =>
            {
                var m = await c.ExecuteAsync(new CommandDefinition("DELETE FROM chat_messages WHERE session_id = ANY(@due)", new { due }, t, cancellationToken: cancellationToken));
                var s = await c.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM chat_sessions WHERE id = ANY(@due) AND last_activity_at < @cutoff", new { due, cutoff }, t, cancellationToken: cancellationToken));
                return (m, s);
            }, cancellationToken);
            messages += deletedMessages;
            sessions += deletedSessions;
            if (due.Length < Batch)
            {
                break;
            }
        }

        if (sessions > 0)
        {
            await audit.RecordAsync(
                new AuditEvent(shopId, Actor, Action, $"shop:{shopId}", new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["sessions"] = sessions.ToString(CultureInfo.InvariantCulture),
                    ["messages"] = messages.ToString(CultureInfo.InvariantCulture),
                    ["retention_days"] = settings.RetentionDays.ToString(CultureInfo.InvariantCulture),
                }),
                cancellationToken);
        }

        return sessions;
    }

    private async Task<IReadOnlyList<string>> ShopsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition("SELECT id FROM shops ORDER BY id", cancellationToken: cancellationToken))).ToList();
    }
}
