using System.Text.Json;
using ChatBuddy.GrainInterfaces.Tenants;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Tenants;

/// <summary>The <c>shops</c> and <c>shop_policies</c> tables.</summary>
public sealed class ShopRepository(NpgsqlDataSource db)
{
    public async Task<string?> FindNameAsync(string shopId)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<string>("SELECT name FROM shops WHERE id = @shopId", new { shopId });
    }

    public async Task EnsureAsync(string shopId, string name, string? domain = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO shops (id, name, domain) VALUES (@shopId, @name, @domain)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, domain = coalesce(excluded.domain, shops.domain), updated_at = now()
            """,
            new { shopId, name, domain },
            cancellationToken: cancellationToken));
    }

    public async Task UpsertAsync(string shopId, ShopSettings settings)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO shops (id, name, locale, currency, settings) VALUES (@shopId, @Name, @Locale, @Currency, @json::jsonb)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, locale = excluded.locale, currency = excluded.currency,
                settings = excluded.settings, updated_at = now()
            """,
            new { shopId, settings.Name, settings.Locale, settings.Currency, json = JsonSerializer.Serialize(settings) });
    }

    public async Task UpsertPolicyAsync(string shopId, ShopPolicy policy, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO shop_policies (shop_id, kind, title, body, url) VALUES (@shopId, @Kind, @Title, @Body, @Url)
            ON CONFLICT (shop_id, kind) DO UPDATE SET title = excluded.title, body = excluded.body, url = excluded.url, updated_at = now()
            """,
            new { shopId, policy.Kind, policy.Title, policy.Body, policy.Url },
            cancellationToken: cancellationToken));
    }

    public async Task<ShopPolicy?> FindPolicyAsync(string shopId, string kind, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ShopPolicy>(new CommandDefinition(
            "SELECT kind, title, body, url FROM shop_policies WHERE shop_id = @shopId AND kind = @kind",
            new { shopId, kind },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ShopPolicy>> ListPoliciesAsync(string shopId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ShopPolicy>(new CommandDefinition(
            "SELECT kind, title, body, url FROM shop_policies WHERE shop_id = @shopId ORDER BY kind",
            new { shopId },
            cancellationToken: cancellationToken));
        return rows.AsList();
    }
}
