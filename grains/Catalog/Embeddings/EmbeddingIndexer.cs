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
    public const int BulkThreshold = 5_000;

    public string Model { get; } = generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId
        ?? throw new InvalidOperationException("The embedding generator does not name its model.");

    public int Dimensions { get; } = generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelDimensions
        ?? throw new InvalidOperationException("The embedding generator does not state its dimensions.");

    /// <summary>Embeds every product (of one shop, or all) whose text has no current embedding; returns how many were written.</summary>
    public async Task<EmbeddingRun> RefreshAsync(string? shopId = null, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        await EnsureIndexAsync(cancellationToken);

        // One pass finds every stale product; embedding texts are short, so even 100k fit in memory.
        var stale = await StaleAsync(shopId, cancellationToken);

        // Inserting into an HNSW graph row by row costs milliseconds each; a bulk load is far faster
        // written without the index and the graph built once afterwards.
        var bulk = stale.Count >= BulkThreshold;
        if (bulk)
        {
            await ExecuteAsync($"DROP INDEX IF EXISTS {IndexName}", cancellationToken);
        }

        var done = 0;
        var fromCache = 0;
        foreach (var batch in stale.Chunk(BatchSize))
        {
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

            fromCache += batch.Length - missing.Count;
            await WriteAsync(batch, cached, cancellationToken);
            done += batch.Length;
            progress?.Report((done, stale.Count));
        }

        if (bulk)
        {
            await EnsureIndexAsync(cancellationToken);
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

        await ExecuteAsync(
            $"SET maintenance_work_mem = '256MB'; CREATE INDEX IF NOT EXISTS {IndexName} ON product_embeddings USING hnsw ((embedding::vector({Dimensions})) vector_cosine_ops) WHERE model = '{Model}'",
            cancellationToken);
    }

    private string IndexName => "product_embeddings_hnsw_" + Regex.Replace(Model.ToLowerInvariant(), "[^a-z0-9]", "", RegexOptions.None, TimeSpan.FromSeconds(1)) + "_idx";

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<StaleProduct>> StaleAsync(string? shopId, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(
            """
            SELECT id, shop_id, text, md5(text) FROM (
                SELECT p.id, p.shop_id, product_embedding_text(p) AS text, e.text_hash
                FROM products p LEFT JOIN product_embeddings e ON e.product_id = p.id AND e.model = $1
                WHERE ($2::text IS NULL OR p.shop_id = $2) AND p.is_active) candidates
            WHERE text_hash IS DISTINCT FROM md5(text)
            ORDER BY id
            """);
        command.Parameters.AddWithValue(Model);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)shopId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
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

    private async Task WriteAsync(StaleProduct[] products, Dictionary<string, Vector> embeddings, CancellationToken cancellationToken)
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
