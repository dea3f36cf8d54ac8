using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Catalog;

/// <summary>Reads products of one shop for grains and agents.</summary>
public sealed class CatalogReader(NpgsqlDataSource db)
{
    public async Task<ProductSummary?> FindAsync(string shopId, string sku, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ProductSummary>(new CommandDefinition(
            """
            SELECT sku, name, price, sale_price AS SalePrice, currency, stock, url
            FROM products WHERE shop_id = @shopId AND sku = @sku AND is_active
            """,
            new { shopId, sku },
            cancellationToken: cancellationToken));
    }
}

/// <summary>What a cart or a reply needs to know about a product.</summary>
public sealed record ProductSummary(string Sku, string Name, int Price, int? SalePrice, string Currency, int Stock, string? Url)
{
    public int EffectivePrice => SalePrice ?? Price;
}
