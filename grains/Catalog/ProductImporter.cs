using System.Diagnostics;
using ChatBuddy.Grains.Data;
using ChatBuddy.Grains.Import;
using Npgsql;
using NpgsqlTypes;

namespace ChatBuddy.Grains.Catalog;

/// <summary>
/// Upserts products from JSON Lines by SKU. Lines are validated one by one, good rows are written in
/// batches with one statement each, and a batch the database refuses is retried row by row so a bad
/// row never takes good ones down with it.
/// </summary>
public sealed class ProductImporter(NpgsqlDataSource db)
{
    public const int BatchSize = 1000;

    public async Task<ImportReport> ImportAsync(string shopId, Stream jsonLines, IProgress<int>? linesRead = null, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        var clock = Stopwatch.StartNew();
        var categories = new CategoryCache(shopId);
        var batch = new Dictionary<string, (int Line, ProductRecord Record)>(StringComparer.Ordinal);

        // One batch is written while the next is parsed; batches still land in file order, so the
        // last line for a SKU wins across batches as within one.
        var writing = Task.CompletedTask;
        await foreach (var line in JsonLinesReader.ReadAsync(jsonLines, cancellationToken: cancellationToken))
        {
            report.CountRead();
            linesRead?.Report(line.Number);
            if (JsonLineParser.Parse(line, report, ProductRecord.Parse) is { } record)
            {
                batch[record.Sku] = (line.Number, record);
            }

            if (batch.Count >= BatchSize)
            {
                await writing;
                writing = FlushAsync(shopId, batch.Values.ToList(), categories, report, cancellationToken);
                batch.Clear();
            }
        }

        await writing;
        await FlushAsync(shopId, batch.Values.ToList(), categories, report, cancellationToken);
        await RefreshSearchTermsAsync(shopId, cancellationToken);
        report.Elapsed = clock.Elapsed;
        return report;
    }

    /// <summary>Upserts already-validated products (a platform sync) with the same batching and row-by-row fallback as a file; rows are numbered from 1 in the report.</summary>
    public async Task UpsertAsync(string shopId, IReadOnlyList<ProductRecord> records, CategoryCache categories, ImportReport report, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in records.Select((record, index) => (index + 1, record)).Chunk(BatchSize))
        {
            await FlushAsync(shopId, chunk.ToList(), categories, report, cancellationToken);
        }
    }

    /// <summary>Rebuilds the shop's spelling word list after products changed.</summary>
    public async Task RefreshSearchTermsAsync(string shopId, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("SELECT refresh_search_terms($1)");
        command.Parameters.AddWithValue(shopId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task FlushAsync(string shopId, List<(int Line, ProductRecord Record)> rows, CategoryCache categories, ImportReport report, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // Off the parsing thread: the caller keeps reading lines while this batch is written.
        await Task.Yield();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var categoryIds = await categories.ResolveAsync(connection, rows.Select(r => r.Record.Category), cancellationToken);
        try
        {
            report.CountUpserted(await UpsertAsync(connection, shopId, rows.Select(r => r.Record).ToList(), categoryIds, cancellationToken));
        }
        catch (PostgresException)
        {
            foreach (var (line, record) in rows)
            {
                try
                {
                    report.CountUpserted(await UpsertAsync(connection, shopId, [record], categoryIds, cancellationToken));
                }
                catch (PostgresException ex)
                {
                    report.Reject(line, $"rejected by the database: {ex.MessageText}");
                }
            }
        }
    }

    private static async Task<int> UpsertAsync(NpgsqlConnection connection, string shopId, List<ProductRecord> rows, IReadOnlyDictionary<string, long> categoryIds, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ShopScope.ApplyAsync(connection, transaction, shopId, cancellationToken: cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO products AS p (shop_id, sku, name, description, category_id, category_path, brand, price, sale_price,
                                       currency, stock, url, image_url, attributes, content_hash)
            SELECT $1, sku, name, description, category_id, coalesce(category_path, ''), brand, price, sale_price, currency, stock,
                   url, image_url, attributes::jsonb, content_hash
            FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $15::text[], $6::text[], $7::int[], $8::int[], $9::text[],
                        $10::int[], $11::text[], $12::text[], $13::text[], $14::text[])
                 AS r(sku, name, description, category_id, category_path, brand, price, sale_price, currency, stock, url, image_url,
                      attributes, content_hash)
            ON CONFLICT (shop_id, sku) DO UPDATE SET
                name = excluded.name, description = excluded.description, category_id = excluded.category_id,
                category_path = excluded.category_path,
                brand = excluded.brand, price = excluded.price, sale_price = excluded.sale_price, currency = excluded.currency,
                stock = excluded.stock, url = excluded.url, image_url = excluded.image_url, attributes = excluded.attributes,
                content_hash = excluded.content_hash, is_active = true, updated_at = now()
            WHERE p.content_hash IS DISTINCT FROM excluded.content_hash OR NOT p.is_active
            """,
            connection,
            transaction);
        var p = command.Parameters;
        p.AddWithValue(shopId);
        p.AddWithValue(rows.Select(r => r.Sku).ToArray());
        p.AddWithValue(rows.Select(r => r.Name).ToArray());
        p.AddWithValue(rows.Select(r => r.Description).ToArray());
        p.Add(new NpgsqlParameter { Value = rows.Select(r => r.Category is { } c ? categoryIds[c] : (long?)null).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        p.Add(new NpgsqlParameter { Value = rows.Select(r => r.Brand).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        p.AddWithValue(rows.Select(r => r.Price).ToArray());
        p.Add(new NpgsqlParameter { Value = rows.Select(r => r.SalePrice).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        p.AddWithValue(rows.Select(r => r.Currency).ToArray());
        p.AddWithValue(rows.Select(r => r.Stock).ToArray());
        p.Add(new NpgsqlParameter { Value = rows.Select(r => r.Url).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter { Value = rows.Select(r => r.ImageUrl).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        p.AddWithValue(rows.Select(r => r.AttributesJson).ToArray());
        p.AddWithValue(rows.Select(r => r.ContentHash).ToArray());
        p.Add(new NpgsqlParameter { Value = rows.Select(r => r.Category).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Unchanged rows are skipped by the WHERE clause but were still accepted: count every row.
        return rows.Count;
    }
}
