using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Npgsql;
using Pgvector;

namespace ChatBuddy.Grains.Catalog.Embeddings;

/// <summary>
/// Keeps product embeddings current for one model: only products whose embedding text changed are
/// embedded, in batches, and texts already embedded once (by model and hash) come from the cache.
/// </summary>
public sealed partial class EmbeddingIndexer(NpgsqlDataSource db, IEmbeddingGenerator<string, Embedding<float>> generator)
{
    public const int BatchSize = 256;

    public string Model { get; } = generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId
        ?? throw new InvalidOperationException("The embedding generator does not name its model.");

    public int Dimensions { get; } = generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelDimensions
        ?? throw new InvalidOperationException("The embedding generator does not state its dimensions.");

    /// <summary>Embeds every product (of one shop, or all) whose text has no current embedding; returns how many were written.</summary>
    public async Task<EmbeddingRun> RefreshAsync(string? shopId = null, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        await EnsureIndexAsync(cancellationToken);
        var total = await CountStaleAsync(shopId, cancellationToken);
        var done = 0;
        var fromCache = 0;
        long lastId = 0;
        while (true)
        {
            var batch = await StaleBatchAsync(shopId, lastId, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            lastId = batch[^1].Id;
            var cached = await CachedAsync(batch.Select(b => b.Hash).Distinct().ToArray(), cancellationToken);
            var missing = batch.Where(b => !cached.ContainsKey(b.Hash)).DistinctBy(b => b.Hash).ToList();
            if (missing.Count > 0)
            {
                var generated = await generator.GenerateAsync(missing.Select(m => m.Text), cancellationToken: cancellationToken);
                for (var i = 0; i < missing.Count; i++)
                {
                    cached[missing[i].Hash] = new Vector(generated[i].Vector);
                }

                await CacheAsync(missing.Select(m => (m.Hash, cached[m.Hash])).ToList(), cancellationToken);
            }

            fromCache += batch.Count - missing.Count;
            await WriteAsync(batch, cached, cancellationToken);
            done += batch.Count;
            progress?.Report((done, total));
        }

        return new EmbeddingRun(Model, done, fromCache);
    }

    /// <summary>Creates the model's partial HNSW index (cosine) on first use; vectors of other models never share it.</summary>
    public async Task EnsureIndexAsync(CancellationToken cancellationToken = default)
    {
        if (!SafeModelName().IsMatch(Model) || Dimensions is < 1 or > 2000)
        {
            throw new InvalidOperationException($"Embedding model '{Model}' ({Dimensions} dimensions) cannot be indexed.");
        }

        var indexName = "product_embeddings_hnsw_" + Regex.Replace(Model, "[^a-z0-9]", "", RegexOptions.None, TimeSpan.FromSeconds(1)) + "_idx";
        await using var command = db.CreateCommand(
            $"CREATE INDEX IF NOT EXISTS {indexName} ON product_embeddings USING hnsw ((embedding::vector({Dimensions})) vector_cosine_ops) WHERE model = '{Model}'");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<int> CountStaleAsync(string? shopId, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(
            """
            SELECT count(*) FROM products p
            LEFT JOIN product_embeddings e ON e.product_id = p.id AND e.model = $1
            WHERE ($2::text IS NULL OR p.shop_id = $2) AND p.is_active
              AND (e.product_id IS NULL OR e.text_hash <> md5(product_embedding_text(p)))
            """);
        command.Parameters.AddWithValue(Model);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)shopId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<StaleProduct>> StaleBatchAsync(string? shopId, long afterId, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(
            """
            SELECT p.id, p.shop_id, product_embedding_text(p), md5(product_embedding_text(p)) FROM products p
            LEFT JOIN product_embeddings e ON e.product_id = p.id AND e.model = $1
            WHERE ($2::text IS NULL OR p.shop_id = $2) AND p.is_active AND p.id > $3
              AND (e.product_id IS NULL OR e.text_hash <> md5(product_embedding_text(p)))
            ORDER BY p.id LIMIT $4
            """);
        command.Parameters.AddWithValue(Model);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)shopId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.AddWithValue(afterId);
        command.Parameters.AddWithValue(BatchSize);
        var rows = new List<StaleProduct>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new StaleProduct(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    private async Task<Dictionary<string, Vector>> CachedAsync(string[] hashes, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("SELECT text_hash, embedding FROM embedding_cache WHERE model = $1 AND text_hash = ANY($2)");
        command.Parameters.AddWithValue(Model);
        command.Parameters.AddWithValue(hashes);
        var found = new Dictionary<string, Vector>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetString(0)] = await reader.GetFieldValueAsync<Vector>(1, cancellationToken);
        }

        return found;
    }

    private async Task CacheAsync(List<(string Hash, Vector Embedding)> entries, CancellationToken cancellationToken)
    {
        await using var batch = db.CreateBatch();
        foreach (var (hash, embedding) in entries)
        {
            var command = new NpgsqlBatchCommand("INSERT INTO embedding_cache (model, text_hash, embedding) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING");
            command.Parameters.AddWithValue(Model);
            command.Parameters.AddWithValue(hash);
            command.Parameters.AddWithValue(embedding);
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task WriteAsync(List<StaleProduct> products, Dictionary<string, Vector> embeddings, CancellationToken cancellationToken)
    {
        await using var batch = db.CreateBatch();
        foreach (var product in products)
        {
            var command = new NpgsqlBatchCommand(
                """
                INSERT INTO product_embeddings (product_id, shop_id, model, dimensions, text_hash, embedding)
                VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (product_id, model) DO UPDATE SET text_hash = excluded.text_hash, embedding = excluded.embedding,
                    dimensions = excluded.dimensions, updated_at = now()
                """);
            command.Parameters.AddWithValue(product.Id);
            command.Parameters.AddWithValue(product.ShopId);
            command.Parameters.AddWithValue(Model);
            command.Parameters.AddWithValue(Dimensions);
            command.Parameters.AddWithValue(product.Hash);
            command.Parameters.AddWithValue(embeddings[product.Hash]);
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")]
    private static partial Regex SafeModelName();

    private sealed record StaleProduct(long Id, string ShopId, string Text, string Hash);
}

/// <summary>What an embedding refresh did: the model, products embedded, and how many came from the cache.</summary>
public sealed record EmbeddingRun(string Model, int Embedded, int FromCache);
