using System.Diagnostics;
using ChatBuddy.Grains.Data;
using ChatBuddy.Grains.Import;
using Npgsql;
using NpgsqlTypes;

namespace ChatBuddy.Grains.Orders;

/// <summary>
/// Upserts orders (and their customers and items) from JSON Lines by order number. Same shape as the
/// product import: per-line validation, batched statements, row-by-row retry of a refused batch.
/// </summary>
public sealed class OrderImporter(NpgsqlDataSource db)
{
    public const int BatchSize = 500;

    public async Task<ImportReport> ImportAsync(string shopId, Stream jsonLines, IProgress<int>? linesRead = null, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        var clock = Stopwatch.StartNew();
        var batch = new Dictionary<string, (int Line, OrderRecord Record)>(StringComparer.Ordinal);
        await foreach (var line in JsonLinesReader.ReadAsync(jsonLines, cancellationToken: cancellationToken))
        {
            report.CountRead();
            linesRead?.Report(line.Number);
            if (JsonLineParser.Parse(line, report, OrderRecord.Parse) is { } record)
            {
                batch[record.Number] = (line.Number, record);
            }

            if (batch.Count >= BatchSize)
            {
                await FlushAsync(shopId, batch, report, cancellationToken);
            }
        }

        await FlushAsync(shopId, batch, report, cancellationToken);
        report.Elapsed = clock.Elapsed;
        return report;
    }

    /// <summary>Upserts already-validated orders (a platform sync) with the same batching and row-by-row fallback as a file.</summary>
    public async Task UpsertAsync(string shopId, IReadOnlyList<OrderRecord> records, ImportReport report, CancellationToken cancellationToken = default)
    {
        var batch = new Dictionary<string, (int Line, OrderRecord Record)>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            batch[records[i].Number] = (i + 1, records[i]);
            if (batch.Count >= BatchSize)
            {
                await FlushAsync(shopId, batch, report, cancellationToken);
            }
        }

        await FlushAsync(shopId, batch, report, cancellationToken);
    }

    private async Task FlushAsync(string shopId, Dictionary<string, (int Line, OrderRecord Record)> batch, ImportReport report, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var rows = batch.Values.ToList();
        batch.Clear();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        try
        {
            report.CountUpserted(await UpsertAsync(connection, shopId, rows.Select(r => r.Record).ToList(), cancellationToken));
        }
        catch (PostgresException)
        {
            foreach (var (line, record) in rows)
            {
                try
                {
                    report.CountUpserted(await UpsertAsync(connection, shopId, [record], cancellationToken));
                }
                catch (PostgresException ex)
                {
                    report.Reject(line, $"rejected by the database: {ex.MessageText}");
                }
            }
        }
    }

    private static async Task<int> UpsertAsync(NpgsqlConnection connection, string shopId, List<OrderRecord> orders, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ShopScope.ApplyAsync(connection, transaction, shopId, cancellationToken: cancellationToken);
        var customers = await UpsertCustomersAsync(connection, transaction, shopId, orders, cancellationToken);
        var orderIds = await UpsertOrdersAsync(connection, transaction, shopId, orders, customers, cancellationToken);
        await ReplaceItemsAsync(connection, transaction, shopId, orders, orderIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return orders.Count;
    }

    private static async Task<Dictionary<string, long>> UpsertCustomersAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string shopId, List<OrderRecord> orders, CancellationToken cancellationToken)
    {
        // The newest order carries the customer's current name and phone.
        var customers = orders.Where(o => o.Email is not null)
            .GroupBy(o => o.Email!, StringComparer.Ordinal)
            .Select(g => g.MaxBy(o => o.UpdatedAt)!)
            .ToList();
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        if (customers.Count == 0)
        {
            return ids;
        }

        await using var command = new NpgsqlCommand(
            """
            WITH upserted AS (
                INSERT INTO users AS u (shop_id, email, phone, name)
                SELECT $1, email, phone, name FROM unnest($2::text[], $3::text[], $4::text[]) AS r(email, phone, name)
                WHERE erased_subject_at($1, email) IS NULL
                ON CONFLICT (shop_id, lower(email)) WHERE email IS NOT NULL DO UPDATE SET
                    phone = coalesce(excluded.phone, u.phone), name = coalesce(excluded.name, u.name), updated_at = now()
                RETURNING id, email, name
            ), profiles AS (
                INSERT INTO user_profiles (user_id, shop_id, last_name, first_name)
                SELECT id, $1, split_part(name, ' ', 1), nullif(substr(name, length(split_part(name, ' ', 1)) + 2), '')
                FROM upserted WHERE name IS NOT NULL
                ON CONFLICT (user_id) DO NOTHING
            )
            SELECT id, email FROM upserted
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue(shopId);
        command.Parameters.AddWithValue(customers.Select(c => c.Email!).ToArray());
        command.Parameters.Add(new NpgsqlParameter { Value = customers.Select(c => c.Phone).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = customers.Select(c => c.CustomerName).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[reader.GetString(1).ToLowerInvariant()] = reader.GetInt64(0);
        }

        return ids;
    }

    private static async Task<Dictionary<string, long>> UpsertOrdersAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string shopId, IReadOnlyList<OrderRecord> orders, Dictionary<string, long> customers, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO orders AS o (shop_id, number, user_id, email, phone, customer_name, status, status_text, created_at, updated_at,
                                     shipping_fee, total, currency, shipping_method, tracking_number, tracking_url,
                                     payment_method, payment_status, expected_delivery)
            SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                                     $9::timestamptz[], $10::timestamptz[], $11::int[], $12::int[], $13::text[], $14::text[],
                                     $15::text[], $16::text[], $17::text[], $18::text[], $19::date[])
            ON CONFLICT (shop_id, number) DO UPDATE SET
                user_id = excluded.user_id, email = excluded.email, phone = excluded.phone, customer_name = excluded.customer_name,
                status = excluded.status, status_text = excluded.status_text, created_at = excluded.created_at,
                updated_at = excluded.updated_at, shipping_fee = excluded.shipping_fee, total = excluded.total,
                currency = excluded.currency, shipping_method = excluded.shipping_method, tracking_number = excluded.tracking_number,
                tracking_url = excluded.tracking_url, payment_method = excluded.payment_method,
                payment_status = excluded.payment_status, expected_delivery = excluded.expected_delivery
            RETURNING id, number
            """,
            connection,
            transaction);
        var p = command.Parameters;
        p.AddWithValue(shopId);
        p.AddWithValue(orders.Select(o => o.Number).ToArray());
        p.Add(new NpgsqlParameter { Value = orders.Select(o => o.Email is { } e && customers.TryGetValue(e, out var id) ? id : (long?)null).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        AddTexts(p, orders.Select(o => o.Email));
        AddTexts(p, orders.Select(o => o.Phone));
        AddTexts(p, orders.Select(o => o.CustomerName));
        AddTexts(p, orders.Select(o => (string?)o.Status));
        AddTexts(p, orders.Select(o => o.StatusText));
        p.AddWithValue(orders.Select(o => o.CreatedAt.UtcDateTime).ToArray());
        p.AddWithValue(orders.Select(o => o.UpdatedAt.UtcDateTime).ToArray());
        p.AddWithValue(orders.Select(o => o.ShippingFee).ToArray());
        p.AddWithValue(orders.Select(o => o.Total).ToArray());
        AddTexts(p, orders.Select(o => (string?)o.Currency));
        AddTexts(p, orders.Select(o => o.ShippingMethod));
        AddTexts(p, orders.Select(o => o.TrackingNumber));
        AddTexts(p, orders.Select(o => o.TrackingUrl));
        AddTexts(p, orders.Select(o => o.PaymentMethod));
        AddTexts(p, orders.Select(o => o.PaymentStatus));
        p.Add(new NpgsqlParameter { Value = orders.Select(o => o.ExpectedDelivery).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });

        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[reader.GetString(1)] = reader.GetInt64(0);
        }

        return ids;
    }

    private static async Task ReplaceItemsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string shopId, IReadOnlyList<OrderRecord> orders, Dictionary<string, long> orderIds, CancellationToken cancellationToken)
    {
        await using (var delete = new NpgsqlCommand("DELETE FROM order_items WHERE order_id = ANY($1)", connection, transaction))
        {
            delete.Parameters.AddWithValue(orderIds.Values.ToArray());
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        var lines = orders.SelectMany(o => o.Items.Select((item, index) => (OrderId: orderIds[o.Number], LineNo: index + 1, item))).ToList();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO order_items (shop_id, order_id, line_no, sku, name, quantity, unit_price)
            SELECT $1, * FROM unnest($2::bigint[], $3::int[], $4::text[], $5::text[], $6::int[], $7::int[])
            """,
            connection,
            transaction);
        var p = command.Parameters;
        p.AddWithValue(shopId);
        p.AddWithValue(lines.Select(l => l.OrderId).ToArray());
        p.AddWithValue(lines.Select(l => l.LineNo).ToArray());
        p.AddWithValue(lines.Select(l => l.item.Sku).ToArray());
        p.AddWithValue(lines.Select(l => l.item.Name).ToArray());
        p.AddWithValue(lines.Select(l => l.item.Quantity).ToArray());
        p.AddWithValue(lines.Select(l => l.item.UnitPrice).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddTexts(NpgsqlParameterCollection parameters, IEnumerable<string?> values) =>
        parameters.Add(new NpgsqlParameter { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
}
