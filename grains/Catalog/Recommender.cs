using ChatBuddy.Grains.Catalog.Search;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Catalog;

/// <summary>
/// Recommendations from the shop's own data: similar products (same category, close in price),
/// complementary ones (bought together in real orders), gifts (best sellers across categories within
/// a budget) and picks for a customer's history (best sellers of the categories they buy from).
/// </summary>
public sealed class Recommender(NpgsqlDataSource db)
{
    private const string Columns =
        "p.sku, p.name, c.path AS Category, p.brand, p.price, p.sale_price AS SalePrice, p.currency, p.stock > 0 AS InStock, p.url, 1.0::float8 AS Score";

    public async Task<IReadOnlyList<ProductHit>> SimilarAsync(string shopId, string sku, int? maxPrice, int limit, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            $"""
            WITH target AS (SELECT category_id, coalesce(sale_price, price) AS price FROM products WHERE shop_id = @shopId AND sku = @sku)
            SELECT {Columns}
            FROM products p LEFT JOIN product_categories c ON c.id = p.category_id, target t
            WHERE p.shop_id = @shopId AND p.is_active AND p.sku <> @sku AND p.category_id = t.category_id
              AND (@maxPrice::int IS NULL OR coalesce(p.sale_price, p.price) <= @maxPrice)
            ORDER BY p.stock > 0 DESC, abs(coalesce(p.sale_price, p.price) - t.price), p.sku
            LIMIT @limit
            """,
            new { shopId, sku, maxPrice, limit },
            cancellationToken);

    public async Task<IReadOnlyList<ProductHit>> ComplementaryAsync(string shopId, string sku, int limit, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            $"""
            WITH target AS (SELECT category_id FROM products WHERE shop_id = @shopId AND sku = @sku),
                 baskets AS (
                     SELECT DISTINCT i.order_id FROM order_items i
                     JOIN products b ON b.shop_id = i.shop_id AND b.sku = i.sku
                     WHERE i.shop_id = @shopId AND b.category_id = (SELECT category_id FROM target)),
                 together AS (
                     SELECT i.sku, count(*) AS times FROM order_items i JOIN baskets USING (order_id)
                     WHERE i.shop_id = @shopId GROUP BY i.sku)
            SELECT {Columns}
            FROM together g JOIN products p ON p.shop_id = @shopId AND p.sku = g.sku
            LEFT JOIN product_categories c ON c.id = p.category_id
            WHERE p.is_active AND p.category_id IS DISTINCT FROM (SELECT category_id FROM target)
            ORDER BY p.stock > 0 DESC, g.times DESC, p.sku
            LIMIT @limit
            """,
            new { shopId, sku, limit },
            cancellationToken);

    public async Task<IReadOnlyList<ProductHit>> BestSellersAsync(string shopId, int? maxPrice, int? minPrice, int limit, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            $"""
            WITH sales AS (SELECT sku, sum(quantity) AS sold FROM order_items WHERE shop_id = @shopId GROUP BY sku),
                 ranked AS (
                     SELECT p.*, coalesce(s.sold, 0) AS sold,
                            row_number() OVER (PARTITION BY p.category_id ORDER BY coalesce(s.sold, 0) DESC, p.sku) AS in_category
                     FROM products p LEFT JOIN sales s ON s.sku = p.sku
                     WHERE p.shop_id = @shopId AND p.is_active AND p.stock > 0
                       AND (@maxPrice::int IS NULL OR coalesce(p.sale_price, p.price) <= @maxPrice)
                       AND (@minPrice::int IS NULL OR coalesce(p.sale_price, p.price) >= @minPrice))
            SELECT {Columns}
            FROM ranked p LEFT JOIN product_categories c ON c.id = p.category_id
            WHERE p.in_category = 1
            ORDER BY p.sold DESC, p.sku
            LIMIT @limit
            """,
            new { shopId, maxPrice, minPrice, limit },
            cancellationToken);

    public async Task<IReadOnlyList<ProductHit>> ForCustomerAsync(string shopId, string email, int limit, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            $"""
            WITH bought AS (
                     SELECT DISTINCT i.sku, p.category_id FROM orders o
                     JOIN order_items i ON i.order_id = o.id
                     JOIN products p ON p.shop_id = i.shop_id AND p.sku = i.sku
                     WHERE o.shop_id = @shopId AND lower(o.email) = lower(@email)),
                 sales AS (SELECT sku, sum(quantity) AS sold FROM order_items WHERE shop_id = @shopId GROUP BY sku)
            SELECT {Columns}
            FROM products p LEFT JOIN product_categories c ON c.id = p.category_id LEFT JOIN sales s ON s.sku = p.sku
            WHERE p.shop_id = @shopId AND p.is_active AND p.stock > 0
              AND p.category_id IN (SELECT category_id FROM bought) AND p.sku NOT IN (SELECT sku FROM bought)
            ORDER BY coalesce(s.sold, 0) DESC, p.sku
            LIMIT @limit
            """,
            new { shopId, email, limit },
            cancellationToken);

    private async Task<IReadOnlyList<ProductHit>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<HitRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => new ProductHit(r.Sku, r.Name, r.Category, r.Brand, r.Price, r.SalePrice, r.Currency.Trim(), r.InStock, r.Url, r.Score)).ToList();
    }

    private sealed record HitRow(string Sku, string Name, string? Category, string? Brand, int Price, int? SalePrice, string Currency, bool InStock, string? Url, double Score);
}
