using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Catalog.Embeddings;
using ChatBuddy.Grains.Import;
using ChatBuddy.Grains.Orders;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>
/// One sync run of one shop: categories (always whole), then products, customers and orders, each
/// from its own watermark minus an overlap (so a change written while the previous run read is not
/// missed) and de-duplicated by external id. Rows go through the importers, so the platform's fields
/// are overwritten while local-only columns stay. A watermark moves only after its resource is read
/// to the end, so a run that dies half-way is simply read again: upserts make that harmless.
/// </summary>
public sealed class ShopSynchronizer(NpgsqlDataSource db, ProductImporter products, OrderImporter orders, EmbeddingIndexer embeddings, StockAlertMailer alertMails, TimeProvider clock)
{
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    public async Task<SyncReport> RunAsync(string shopId, ShopPlatform platform, IShopAdapter adapter, SyncKind kind, SyncWatermarks watermarks, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var startedAt = clock.GetUtcNow();
        var counts = new SyncCounts();
        var source = Source(platform);
        var runId = await StartRunAsync(shopId, source, kind, startedAt, cancellationToken);
        var dbStart = await DatabaseNowAsync(cancellationToken);
        string? error = null;
        DateTimeOffset? retryAt = null;
        try
        {
            var paths = await CategoriesAsync(adapter, counts, progress, cancellationToken);
            await ProductsAsync(shopId, source, adapter, kind, paths, watermarks, counts, progress, cancellationToken);
            await CustomersAsync(shopId, source, adapter, kind, watermarks, counts, progress, cancellationToken);
            await OrdersAsync(shopId, source, adapter, kind, watermarks, counts, progress, cancellationToken);
        }
        catch (ShopApiException ex)
        {
            error = ex.Message;
            retryAt = ex.RetryAt;
        }
        catch (ImportFieldException ex)
        {
            error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error = Describe(ex);
        }

        try
        {
            if (counts["products_changed"] > 0)
            {
                progress?.Report(new SyncProgress("embeddings", 0, 0, null));
                counts.Add("embedded", (await embeddings.RefreshAsync(shopId, cancellationToken: cancellationToken)).Embedded);
            }

            await CountEventsAsync(shopId, dbStart, counts, cancellationToken);
            counts.Add("alert_emails", await alertMails.QueueAsync(shopId, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error ??= Describe(ex);
        }

        var report = new SyncReport(kind, startedAt, clock.GetUtcNow(), counts.ToDictionary(), adapter.Calls, error, retryAt);
        await FinishRunAsync(runId, report, cancellationToken);
        return report;
    }

    /// <summary>Writes orders fetched outside a run (a webhook's re-fetch).</summary>
    public async Task<int> UpsertOrdersAsync(string shopId, ShopPlatform platform, IReadOnlyList<Order> fetched, CancellationToken cancellationToken = default)
    {
        var counts = new SyncCounts();
        await WriteOrdersAsync(shopId, Source(platform), fetched, counts, cancellationToken);
        return counts["orders"];
    }

    /// <summary>The platform id and last sync time of an order that came from this platform, if any.</summary>
    public async Task<SyncedOrder?> FindSyncedOrderAsync(string shopId, string source, string number, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SyncedOrder>(new CommandDefinition(
            "SELECT external_id AS ExternalId, synced_at AS SyncedAt FROM orders WHERE shop_id = @shopId AND number = @number AND source = @source AND external_id IS NOT NULL AND synced_at IS NOT NULL",
            new { shopId, number, source },
            cancellationToken: cancellationToken));
    }

    /// <summary>An unexpected failure with its innermost cause, for the run report (no stack, no secrets: messages only).</summary>
    private static string Describe(Exception ex) =>
        $"the sync failed: {ex.GetType().Name}: {ex.Message}" + (ex.GetBaseException() is { } root && root != ex ? $" ({root.GetType().Name}: {root.Message})" : "");

    public static string Source(ShopPlatform platform) => platform.ToString().ToLowerInvariant();

    private static async Task<Dictionary<string, string>> CategoriesAsync(IShopAdapter adapter, SyncCounts counts, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var all = new List<Category>();
        var page = 0;
        await foreach (var batch in adapter.CategoriesAsync(cancellationToken))
        {
            all.AddRange(batch.Items);
            progress?.Report(new SyncProgress("categories", all.Count, ++page, batch.Pages));
        }

        counts.Add("categories", all.Count);
        return RecordMapper.CategoryPaths(all);
    }

    private async Task ProductsAsync(string shopId, string source, IShopAdapter adapter, SyncKind kind, Dictionary<string, string> paths, SyncWatermarks watermarks, SyncCounts counts, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var key = source + ".products";
        var since = kind == SyncKind.Full ? null : await watermarks.GetAsync(key) - Overlap;
        var seen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var categories = new CategoryCache(shopId);
        var report = new ImportReport();
        var newest = since;
        var page = 0;
        var now = clock.GetUtcNow();
        await foreach (var batch in adapter.ProductsAsync(since, cancellationToken))
        {
            // Overlapping windows and shifting pages can repeat a product: keep each one's newest version once.
            var fresh = batch.Items.Where(p => !seen.TryGetValue(p.ExternalId, out var at) || p.UpdatedAt > at).GroupBy(p => p.ExternalId).Select(g => g.MaxBy(p => p.UpdatedAt)!).ToList();
            var records = new List<(Product Product, ProductRecord Record)>();
            foreach (var product in fresh)
            {
                seen[product.ExternalId] = product.UpdatedAt;
                newest = newest is { } n && n > product.UpdatedAt ? n : product.UpdatedAt;
                try
                {
                    records.Add((product, RecordMapper.Product(product, paths, now)));
                }
                catch (ImportFieldException ex)
                {
                    counts.Reject($"product {product.ExternalId}: {ex.Message}");
                }
            }

            var changed = await ChangedProductsAsync(shopId, records.Select(r => r.Record).ToList(), cancellationToken);
            await products.UpsertAsync(shopId, records.Select(r => r.Record).ToList(), categories, report, cancellationToken);
            await MarkProductsAsync(shopId, source, records, cancellationToken);
            counts.Add("variants", await VariantWriter.WriteAsync(db, shopId, source, records.Select(r => r.Product).ToList(), cancellationToken));
            counts.Add("products", records.Count);
            counts.Add("products_changed", changed);
            progress?.Report(new SyncProgress("products", seen.Count, ++page, batch.Pages));
        }

        foreach (var rejected in report.Errors)
        {
            counts.Reject($"product row {rejected.Line}: {rejected.Reason}");
        }

        if (kind == SyncKind.Full)
        {
            counts.Add("products_deactivated", await DeactivateMissingAsync(shopId, source, seen.Keys.ToArray(), cancellationToken));
        }
        else if (since is { } from)
        {
            var deleted = await adapter.DeletedProductIdsAsync(from, cancellationToken);
            counts.Add("products_deactivated", await DeactivateAsync(shopId, source, deleted.ToArray(), cancellationToken));
        }

        if (counts["products_changed"] > 0)
        {
            await products.RefreshSearchTermsAsync(shopId, cancellationToken);
        }

        if (newest is { } watermark)
        {
            await watermarks.AdvanceAsync(key, watermark);
        }
    }

    private async Task CustomersAsync(string shopId, string source, IShopAdapter adapter, SyncKind kind, SyncWatermarks watermarks, SyncCounts counts, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var key = source + ".customers";
        var since = kind == SyncKind.Full ? null : await watermarks.GetAsync(key) - Overlap;
        var newest = since;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var page = 0;
        await foreach (var batch in adapter.CustomersAsync(since, cancellationToken))
        {
            var fresh = batch.Items.Where(c => seen.Add(c.ExternalId) && c.Email is not null).ToList();
            foreach (var customer in batch.Items)
            {
                newest = newest is { } n && n > customer.UpdatedAt ? n : customer.UpdatedAt;
            }

            await CustomerWriter.UpsertAsync(db, shopId, fresh, cancellationToken);
            counts.Add("customers", fresh.Count);
            progress?.Report(new SyncProgress("customers", seen.Count, ++page, batch.Pages));
        }

        if (newest is { } watermark)
        {
            await watermarks.AdvanceAsync(key, watermark);
        }
    }

    private async Task OrdersAsync(string shopId, string source, IShopAdapter adapter, SyncKind kind, SyncWatermarks watermarks, SyncCounts counts, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var key = source + ".orders";
        var since = kind == SyncKind.Full ? null : await watermarks.GetAsync(key) - Overlap;
        var newest = since;
        var seen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var page = 0;
        await foreach (var batch in adapter.OrdersAsync(since, cancellationToken))
        {
            var fresh = batch.Items.Where(o => !seen.TryGetValue(o.ExternalId, out var at) || o.UpdatedAt > at).GroupBy(o => o.ExternalId).Select(g => g.MaxBy(o => o.UpdatedAt)!).ToList();
            foreach (var order in fresh)
            {
                seen[order.ExternalId] = order.UpdatedAt;
                newest = newest is { } n && n > order.UpdatedAt ? n : order.UpdatedAt;
            }

            await WriteOrdersAsync(shopId, source, fresh, counts, cancellationToken);
            progress?.Report(new SyncProgress("orders", seen.Count, ++page, batch.Pages));
        }

        if (newest is { } watermark)
        {
            await watermarks.AdvanceAsync(key, watermark);
        }
    }

    private async Task WriteOrdersAsync(string shopId, string source, IReadOnlyList<Order> fetched, SyncCounts counts, CancellationToken cancellationToken)
    {
        var records = new List<(Order Order, OrderRecord Record)>();
        foreach (var order in fetched)
        {
            if (RecordMapper.Order(order) is { } record)
            {
                records.Add((order, record));
            }
            else
            {
                counts.Add("orders_skipped", 1);
            }
        }

        var report = new ImportReport();
        await orders.UpsertAsync(shopId, records.Select(r => r.Record).ToList(), report, cancellationToken);
        foreach (var rejected in report.Errors)
        {
            counts.Reject($"order row {rejected.Line}: {rejected.Reason}");
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE orders o SET source = @source, external_id = r.external_id, synced_at = now(),
                shipping_address = CASE WHEN erased_subject_at(@shopId, r.email) >= o.created_at THEN NULL ELSE r.shipping::jsonb END,
                billing_address = CASE WHEN erased_subject_at(@shopId, r.email) >= o.created_at THEN NULL ELSE r.billing::jsonb END
            FROM unnest(@numbers, @ids, @shipping, @billing, @emails) AS r(number, external_id, shipping, billing, email)
            WHERE o.shop_id = @shopId AND o.number = r.number
            """,
            new
            {
                shopId,
                source,
                numbers = records.Select(r => r.Record.Number).ToArray(),
                ids = records.Select(r => r.Order.ExternalId).ToArray(),
                shipping = records.Select(r => AddressJson.Serialize(r.Order.Shipping)).ToArray(),
                billing = records.Select(r => AddressJson.Serialize(r.Order.Billing)).ToArray(),
                emails = records.Select(r => r.Record.Email).ToArray(),
            },
            cancellationToken: cancellationToken));
        counts.Add("orders", records.Count - report.Errors.Count);
    }

    /// <summary>How many of these rows are new or differ from what is stored (the rest the upsert leaves alone).</summary>
    private async Task<int> ChangedProductsAsync(string shopId, List<ProductRecord> records, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var unchanged = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            """
            SELECT count(*) FROM products p JOIN unnest(@skus, @hashes) AS r(sku, content_hash) ON p.sku = r.sku
            WHERE p.shop_id = @shopId AND p.content_hash = r.content_hash
            """,
            new { shopId, skus = records.Select(r => r.Sku).ToArray(), hashes = records.Select(r => r.ContentHash).ToArray() },
            cancellationToken: cancellationToken));
        return records.Count - unchanged;
    }

    private async Task MarkProductsAsync(string shopId, string source, List<(Product Product, ProductRecord Record)> records, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var parameters = new
        {
            shopId,
            source,
            skus = records.Select(r => r.Record.Sku).ToArray(),
            ids = records.Select(r => r.Product.ExternalId).ToArray(),
            active = records.Select(r => r.Product.Active).ToArray(),
        };

        // A product whose SKU changed on the platform leaves its old row behind: retire it first.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE products p SET external_id = NULL, is_active = false, updated_at = now()
            FROM unnest(@skus, @ids) AS r(sku, external_id)
            WHERE p.shop_id = @shopId AND p.source = @source AND p.external_id = r.external_id AND p.sku <> r.sku
            """,
            parameters,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE products p SET source = @source, external_id = r.external_id, is_active = r.active
            FROM unnest(@skus, @ids, @active) AS r(sku, external_id, active)
            WHERE p.shop_id = @shopId AND p.sku = r.sku
              AND (p.source <> @source OR p.external_id IS DISTINCT FROM r.external_id OR p.is_active <> r.active)
            """,
            parameters,
            cancellationToken: cancellationToken));
    }

    private async Task<int> DeactivateMissingAsync(string shopId, string source, string[] seen, CancellationToken cancellationToken)
    {
        // The difference is taken here: an anti-join against a 20,000-element array parameter is planned
        // as a nested loop (the planner guesses 10 elements) and ran past the command timeout.
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var stored = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT external_id FROM products WHERE shop_id = @shopId AND source = @source AND is_active AND external_id IS NOT NULL",
            new { shopId, source },
            cancellationToken: cancellationToken));
        var missing = stored.Except(seen, StringComparer.Ordinal).ToArray();
        return await DeactivateAsync(shopId, source, missing, cancellationToken);
    }

    private async Task<int> DeactivateAsync(string shopId, string source, string[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return 0;
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE products SET is_active = false, updated_at = now() WHERE shop_id = @shopId AND source = @source AND is_active AND external_id = ANY(@ids)",
            new { shopId, source, ids },
            cancellationToken: cancellationToken));
    }

    private async Task CountEventsAsync(string shopId, DateTime since, SyncCounts counts, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var (prices, alerts) = await connection.QuerySingleAsync<(int, int)>(new CommandDefinition(
            """
            SELECT (SELECT count(*)::int FROM price_history WHERE shop_id = @shopId AND changed_at >= @since),
                   (SELECT count(*)::int FROM stock_alerts WHERE shop_id = @shopId AND created_at >= @since)
            """,
            new { shopId, since },
            cancellationToken: cancellationToken));
        counts.Add("price_changes", prices);
        counts.Add("stock_alerts", alerts);
    }

    /// <summary>Events are stamped by the database clock, so they are counted from the database's "now".</summary>
    private async Task<DateTime> DatabaseNowAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<DateTime>(new CommandDefinition("SELECT clock_timestamp()", cancellationToken: cancellationToken));
    }

    private async Task<long> StartRunAsync(string shopId, string source, SyncKind kind, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO shop_sync_runs (shop_id, platform, kind, started_at, status) VALUES (@shopId, @source, @kind, @startedAt, 'running') RETURNING id",
            new { shopId, source, kind = kind.ToString().ToLowerInvariant(), startedAt },
            cancellationToken: cancellationToken));
    }

    private async Task FinishRunAsync(long runId, SyncReport report, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE shop_sync_runs SET finished_at = @finishedAt, status = @status, counts = @counts::jsonb, error = @error WHERE id = @runId",
            new
            {
                runId,
                finishedAt = report.FinishedAt,
                status = report.Succeeded ? "succeeded" : "failed",
                counts = System.Text.Json.JsonSerializer.Serialize(report.Counts),
                error = report.Error,
            },
            cancellationToken: cancellationToken));
    }
}
