using System.Text.Json;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>
/// Stores one page of products' variants in <c>product_variants</c>: every child product as a variant
/// of its parent, and each product's variant combinations, replacing the combinations it no longer has.
/// </summary>
public static class VariantWriter
{
    public static async Task<int> WriteAsync(NpgsqlDataSource db, string shopId, string source, IReadOnlyList<Product> products, CancellationToken cancellationToken)
    {
        var children = products.Select(p => p.AsVariant).OfType<Variant>().ToList();
        var childIds = children.Select(v => v.ExternalId).ToHashSet(StringComparer.Ordinal);
        var combinations = products.SelectMany(p => p.Variants).Where(v => !childIds.Contains(v.ExternalId)).ToList();
        var rows = children.Select(v => (Variant: v, Combination: false))
            .Concat(combinations.Select(v => (Variant: v, Combination: true)))
            .GroupBy(r => r.Variant.ExternalId, StringComparer.Ordinal)
            .Select(g => g.Last())
            .ToList();

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM product_variants
            WHERE shop_id = @shopId AND source = @source AND combination AND parent_ref = ANY(@parents) AND NOT (external_id = ANY(@keep))
            """,
            new { shopId, source, parents = products.Select(p => p.ExternalId).ToArray(), keep = combinations.Select(v => v.ExternalId).ToArray() },
            transaction,
            cancellationToken: cancellationToken));
        if (rows.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO product_variants AS v (shop_id, source, external_id, parent_ref, sku, options, stock, extra_price, combination)
                SELECT @shopId, @source, r.external_id, r.parent_ref, r.sku, r.options::jsonb, r.stock, r.extra_price, r.combination
                FROM unnest(@ids, @parents, @skus, @options, @stocks, @extras, @combinations) AS r(external_id, parent_ref, sku, options, stock, extra_price, combination)
                ON CONFLICT (shop_id, source, external_id) DO UPDATE SET
                    parent_ref = excluded.parent_ref, sku = excluded.sku, options = excluded.options, stock = excluded.stock,
                    extra_price = excluded.extra_price, combination = excluded.combination, updated_at = now()
                """,
                new
                {
                    shopId,
                    source,
                    ids = rows.Select(r => r.Variant.ExternalId).ToArray(),
                    parents = rows.Select(r => r.Variant.ParentExternalId).ToArray(),
                    skus = rows.Select(r => r.Variant.Sku).ToArray(),
                    options = rows.Select(r => JsonSerializer.Serialize(new SortedDictionary<string, string>((IDictionary<string, string>)r.Variant.Options.ToDictionary(o => o.Key, o => o.Value), StringComparer.Ordinal))).ToArray(),
                    stocks = rows.Select(r => r.Variant.Stock).ToArray(),
                    extras = rows.Select(r => (int)Math.Round(r.Variant.ExtraPrice, MidpointRounding.AwayFromZero)).ToArray(),
                    combinations = rows.Select(r => r.Combination).ToArray(),
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }
}
