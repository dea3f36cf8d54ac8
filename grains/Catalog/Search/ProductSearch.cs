using System.Collections.Concurrent;
using System.Text;
using ChatBuddy.Grains.Catalog.Embeddings;
using Microsoft.Extensions.AI;
using Npgsql;
using NpgsqlTypes;
using Pgvector;

namespace ChatBuddy.Grains.Catalog.Search;

/// <summary>
/// Hybrid product search inside PostgreSQL: Hungarian full text, accent-folded prefix full text,
/// trigram similarity for typos and pgvector kNN, each filtered in SQL and fused by reciprocal rank.
/// </summary>
public sealed class ProductSearch(NpgsqlDataSource db, IEmbeddingGenerator<string, Embedding<float>> embeddings, TimeProvider clock)
{
    public const int MaxLimit = 50;

    /// <summary>
    /// How many full-text matches are scored per query (the first ones the index finds, for all text
    /// lists together). A word common to thousands of products would otherwise be ranked row by row;
    /// the fused lists and filters decide the order past this window.
    /// </summary>
    public const int TextWindow = 150;
    private static readonly TimeSpan LexiconLifetime = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, (ShopLexicon Lexicon, bool MostOfCatalogue, DateTimeOffset LoadedAt)> _lexicons = new(StringComparer.Ordinal);
    private readonly string _model = SafeModel(embeddings.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? HashedNgramEmbeddingGenerator.ModelId);
    private readonly int _dimensions = embeddings.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelDimensions ?? HashedNgramEmbeddingGenerator.Dimensions;

    public SearchWeights Weights { get; init; } = SearchWeights.Default;

    public async Task<SearchResponse> SearchAsync(string shopId, string query, int limit = 10, CancellationToken cancellationToken = default)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        var shop = await ShopAsync(shopId, cancellationToken);
        var parsed = QueryParser.Parse(query, shop.Lexicon);
        var hits = parsed.HasText
            ? await HybridAsync(shopId, parsed, limit, shop.MostOfCatalogue, cancellationToken)
            : await FiltersOnlyAsync(shopId, parsed.Filters, limit, cancellationToken);
        return new SearchResponse(parsed.Original, parsed.Filters, parsed.Language, hits);
    }

    public async Task<ProductHit?> GetAsync(string shopId, string sku, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand(
            "SELECT sku, name, category_path, brand, price, sale_price, currency, stock > 0, url, 1.0 FROM products WHERE shop_id = $1 AND sku = $2 AND is_active");
        command.Parameters.AddWithValue(shopId);
        command.Parameters.AddWithValue(sku);
        var hits = await ReadHitsAsync(command, cancellationToken);
        return hits.Count == 1 ? hits[0] : null;
    }

    /// <summary>Brands and category words of a shop, for the parser; reloaded every few minutes.</summary>
    public async Task<ShopLexicon> LexiconAsync(string shopId, CancellationToken cancellationToken = default) =>
        (await ShopAsync(shopId, cancellationToken)).Lexicon;

    private async Task<(ShopLexicon Lexicon, bool MostOfCatalogue, DateTimeOffset LoadedAt)> ShopAsync(string shopId, CancellationToken cancellationToken)
    {
        if (_lexicons.TryGetValue(shopId, out var cached) && clock.GetUtcNow() - cached.LoadedAt < LexiconLifetime)
        {
            return cached;
        }

        var brands = new Dictionary<string, string>(StringComparer.Ordinal);
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = db.CreateCommand("SELECT DISTINCT brand FROM products WHERE shop_id = $1 AND brand IS NOT NULL"))
        {
            command.Parameters.AddWithValue(shopId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var brand = reader.GetString(0);
                var key = TextFolding.Fold(brand);
                if (!key.Contains(' ', StringComparison.Ordinal) && !SearchVocabulary.StopWords.Contains(key))
                {
                    brands[key] = brand;
                }
            }
        }

        await using (var command = db.CreateCommand("SELECT name, path FROM product_categories WHERE shop_id = $1 AND depth > 0"))
        {
            command.Parameters.AddWithValue(shopId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                foreach (var word in TextFolding.Words(TextFolding.Fold(reader.GetString(0))).Where(w => w.Length >= 4))
                {
                    categories.TryAdd(QueryParser.Stem(word), reader.GetString(1));
                }
            }
        }

        // Whether the shop holds most of the products table (one shop per database, the usual case):
        // then a generic plan, cached per connection, suits it; see SearchSettings.
        bool mostOfCatalogue;
        await using (var command = db.CreateCommand(
            "SELECT count(*) >= 0.5 * (SELECT greatest(reltuples, 1) FROM pg_class WHERE oid = 'products'::regclass) FROM products WHERE shop_id = $1"))
        {
            command.Parameters.AddWithValue(shopId);
            mostOfCatalogue = await command.ExecuteScalarAsync(cancellationToken) is true;
        }

        var shop = (new ShopLexicon(brands, categories), mostOfCatalogue, clock.GetUtcNow());
        _lexicons[shopId] = shop;
        return shop;
    }

    private async Task<List<ProductHit>> HybridAsync(string shopId, ParsedQuery parsed, int limit, bool genericPlan, CancellationToken cancellationToken)
    {
        var vector = (await embeddings.GenerateAsync([parsed.SemanticText], cancellationToken: cancellationToken))[0].Vector;
        var w = Weights;
        var f = parsed.Filters;
        // The hard filters are checked on the rows each list's own index finds (the text index, the HNSW
        // walk). Written as a CASE, they cannot drive a plan: the planner would otherwise walk the price
        // index and filter the text matches or compute every distance, or intersect the text matches
        // with a price-range bitmap of half the catalogue (measured: tens to hundreds of ms at 100k).
        var filter = $"CASE WHEN true {FilterSql("p", f)} THEN true ELSE false END";
        // The same for the shop when it holds most of the rows (generic plan): with a few small shops
        // beside it, the generic plan intersected the text matches with a bitmap of the whole shop (5 ms).
        string Shop(string alias) => genericPlan ? $"CASE WHEN {alias}.shop_id = $1 THEN true ELSE false END" : $"{alias}.shop_id = $1";
        var soft = SoftMatchSql("p", f);
        var exact = soft.Length == 0 ? "" : $"""
            UNION ALL SELECT id, row_number() OVER (ORDER BY exact DESC, id), {Sql(w.FullText)} FROM matches WHERE exact IS NOT NULL
            """;
        var bonus = soft.Length == 0 ? "0" : SoftBonusSql("p", f);
        var needs = parsed.NeedTerms.Count == 0 ? "" : $"""
            UNION ALL SELECT id, row_number() OVER (ORDER BY rank DESC, id), {Sql(w.Need)} FROM (
                SELECT p.id, ts_rank_cd(p.search_tsv, q, 1) AS rank
                FROM products p, websearch_to_tsquery('hungarian', $14) q
                WHERE {Shop("p")} AND p.is_active AND p.search_tsv @@ q AND {filter}
                LIMIT {TextWindow}) needs
            """;

        // One statement: spelling correction, one pass over the full-text matches for all text lists
        // (the first TextWindow allowed rows the index finds, in any text form), the kNN list, fusion.
        var sql = $"""
            WITH
            corrections AS (
                SELECT DISTINCT c.term FROM unnest($6::text[]) AS s(stem)
                CROSS JOIN LATERAL (
                    SELECT t.term FROM search_terms t
                    WHERE t.shop_id = $1 AND NOT EXISTS (SELECT 1 FROM search_terms k WHERE k.shop_id = $1 AND k.term LIKE s.stem || '%')
                      AND t.term % s.stem AND similarity(t.term, s.stem) >= 0.4
                    ORDER BY t.term <-> s.stem, t.products DESC LIMIT 2) c
                WHERE c.term <> ALL($4::text[])),
            query AS MATERIALIZED (
                SELECT websearch_to_tsquery('hungarian', $2) AS hu,
                       to_tsquery('simple', concat_ws(' | ', nullif($3, ''),
                           (SELECT string_agg(CASE WHEN length(term) >= 4 THEN term || ':*' ELSE term END, ' | ') FROM corrections))) AS folded),
            matches AS MATERIALIZED (
                SELECT p.id,
                       CASE WHEN p.search_tsv @@ q.hu THEN ts_rank_cd(p.search_tsv, q.hu, 1) END AS hu,
                       CASE WHEN p.search_folded @@ q.folded THEN ts_rank_cd(p.search_folded, q.folded, 1) END AS folded,
                       {(soft.Length == 0 ? "NULL::real" : $"CASE WHEN {soft} THEN ts_rank_cd(p.search_folded, q.folded, 1) END")} AS exact
                FROM query q, products p
                WHERE {Shop("p")} AND p.is_active AND (p.search_tsv @@ q.hu OR p.search_folded @@ q.folded) AND {filter}
                LIMIT {TextWindow}),
            fts AS (
                SELECT id, row_number() OVER (ORDER BY hu DESC, id) AS r FROM matches WHERE hu IS NOT NULL
                ORDER BY hu DESC, id LIMIT {w.Candidates}),
            folded AS (
                SELECT id, row_number() OVER (ORDER BY folded DESC, id) AS r FROM matches WHERE folded IS NOT NULL
                ORDER BY folded DESC, id LIMIT {w.Candidates}),
            knn AS (
                SELECT e.product_id AS id, row_number() OVER (ORDER BY e.embedding::vector({_dimensions}) <=> $5::vector({_dimensions})) AS r
                FROM product_embeddings e JOIN products p ON p.id = e.product_id
                WHERE e.model = '{_model}' AND {Shop("e")} AND p.is_active AND {filter}
                ORDER BY e.embedding::vector({_dimensions}) <=> $5::vector({_dimensions}) LIMIT {w.Candidates}),
            fused AS (
                SELECT id, sum(weight / ({w.RrfK} + r)) AS score FROM (
                    SELECT id, r, {Sql(w.FullText)} AS weight FROM fts
                    UNION ALL SELECT id, r, {Sql(w.Folded)} FROM folded
                    UNION ALL SELECT id, r, {Sql(w.Vector)} FROM knn
                    {exact}
                    {needs}) lists
                GROUP BY id)
            SELECT p.sku, p.name, p.category_path, p.brand, p.price, p.sale_price, p.currency, p.stock > 0, p.url,
                   f.score + {bonus} + CASE WHEN p.category_path = ANY($7) THEN {Sql(w.CategoryBonus)} ELSE 0 END AS score
            FROM fused f JOIN products p ON p.id = f.id
            ORDER BY score DESC, p.stock > 0 DESC, p.id
            LIMIT {MaxLimit}
            """;
        var search = new NpgsqlBatchCommand(sql);
        search.Parameters.AddWithValue(shopId);
        search.Parameters.AddWithValue(WebSearchQuery(parsed));
        search.Parameters.AddWithValue(PrefixQuery(parsed.FoldedStems));
        search.Parameters.AddWithValue(parsed.FoldedStems.ToArray());
        search.Parameters.AddWithValue(new Vector(vector));
        search.Parameters.AddWithValue(SpellingCandidates(parsed.FoldedStems));
        search.Parameters.AddWithValue(f.Categories.ToArray());
        AddFilterParameters(search.Parameters, f);
        search.Parameters.AddWithValue(string.Join(" or ", parsed.NeedTerms.Select(t => t.Contains(' ', StringComparison.Ordinal) ? $"\"{t}\"" : t)));

        // BEGIN, the settings (for this transaction only), the search and COMMIT: one round trip.
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
        foreach (var setting in SearchSettings)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(setting));
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SET LOCAL plan_cache_mode = {(genericPlan ? "force_generic_plan" : "force_custom_plan")}"));

        batch.BatchCommands.Add(search);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        List<ProductHit> hits;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (reader.FieldCount == 0 && await reader.NextResultAsync(cancellationToken))
            {
            }

            hits = await ReadHitsAsync(reader, cancellationToken);
        }

        var ranked = Rerank(hits, f, limit, w);
        return ranked.Count < limit || ranked.Count(h => h.Category == ranked[0].Category) < limit
            ? await FillFromCategoryAsync(shopId, ranked, f, limit, cancellationToken)
            : ranked;
    }

    /// <summary>
    /// Every candidate list has an index: a sequential scan only looks cheaper to the planner because of
    /// the LIMITs. The HNSW walk keeps going past ef_search while filters reject rows (iterative scan),
    /// so pgvector's default 40 suffices (100 measured slower, same evaluation). The trigram threshold
    /// lets the spelling lookup use its index (<c>%</c>). A shop holding most of the products table gets
    /// a generic plan, planned once per connection (a custom one costs 1–4 ms per query here): the text
    /// queries are computed inside the statement and the filters cannot drive a plan, so it is the same
    /// plan. Any other shop gets a custom plan each time: the generic one made a 40-product shop beside
    /// a 100k-product one walk the shared indexes (210 ms instead of 6 ms measured). JIT and parallel
    /// workers only add start-up time to a 10 ms query.
    /// </summary>
    internal static readonly string[] SearchSettings =
    [
        "SET LOCAL hnsw.iterative_scan = relaxed_order", "SET LOCAL hnsw.ef_search = 40", "SET LOCAL enable_seqscan = off",
        "SET LOCAL max_parallel_workers_per_gather = 0", "SET LOCAL pg_trgm.similarity_threshold = 0.4", "SET LOCAL jit = off",
    ];

    /// <summary>
    /// Query words the catalogue may not know ("fejhalgato", "satttor"): the statement joins them with
    /// the nearest catalogue words (trigram distance over the shop's word list), which the folded list then finds.
    /// </summary>
    private static string[] SpellingCandidates(IReadOnlyList<string> stems) => stems.Where(s => s.Length >= 4 && s.All(char.IsAsciiLetter)).ToArray();

    /// <summary>
    /// Pseudo-relevance feedback: the category that dominates the first hits is what the shopper
    /// means, so its products come first, exact colour and size matches first among them (the whole
    /// part of a score counts the soft matches); with "olcsó", the cheapest of the best come first.
    /// </summary>
    private static List<ProductHit> Rerank(List<ProductHit> hits, SearchFilters filters, int limit, SearchWeights w)
    {
        if (hits.Count == 0)
        {
            return hits;
        }

        // Judged on text relevance alone (the fractional part): a colour match must not make blue
        // shoes the category of "kék sátor".
        var dominant = hits.OrderByDescending(h => h.Score - Math.Floor(h.Score)).Take(5)
            .GroupBy(h => h.Category).OrderByDescending(g => g.Sum(h => h.Score - Math.Floor(h.Score))).First().Key;
        int Tier(ProductHit h) => (h.Category == dominant ? 10 : 0) + (int)Math.Floor(h.Score);
        var best = Tier(hits.MaxBy(Tier)!);
        return hits
            .Select(h => h with { Score = Math.Round(h.Score + (h.Category == dominant ? w.CategoryBonus : 0), 6) })
            .OrderByDescending(h => filters.Cheap && Tier(h) == best)
            .ThenBy(h => filters.Cheap && Tier(h) == best ? h.SalePrice ?? h.Price : 0)
            .ThenByDescending(Tier)
            .ThenByDescending(h => h.Score)
            .Take(limit)
            .ToList();
    }

    /// <summary>
    /// When fewer products match than were asked for, more of the category the shopper means follow
    /// the matches (before other categories), as an assistant would offer "more tents" after the blue ones.
    /// </summary>
    private async Task<List<ProductHit>> FillFromCategoryAsync(string shopId, List<ProductHit> ranked, SearchFilters f, int limit, CancellationToken cancellationToken)
    {
        var category = ranked.Count > 0 ? ranked[0].Category : null;
        if (category is null)
        {
            return ranked;
        }

        var inCategory = ranked.Count(h => h.Category == category);
        await using var command = db.CreateCommand($"""
            SELECT p.sku, p.name, p.category_path, p.brand, p.price, p.sale_price, p.currency, p.stock > 0, p.url, 0.0
            FROM products p WHERE p.shop_id = $1 AND p.is_active AND p.category_path = $2 AND NOT (p.sku = ANY($3)) {FilterSql("p", f)}
            ORDER BY p.stock > 0 DESC, p.id LIMIT {limit - inCategory}
            """);
        command.Parameters.AddWithValue(shopId);
        command.Parameters.AddWithValue(category);
        command.Parameters.AddWithValue(ranked.Select(h => h.Sku).ToArray());
        for (var i = 0; i < 4; i++)
        {
            command.Parameters.AddWithValue(string.Empty);
        }

        AddFilterParameters(command.Parameters, f);
        var more = await ReadHitsAsync(command, cancellationToken);
        return ranked.Where(h => h.Category == category).Concat(more).Concat(ranked.Where(h => h.Category != category)).Take(limit).ToList();
    }

    private async Task<List<ProductHit>> FiltersOnlyAsync(string shopId, SearchFilters filters, int limit, CancellationToken cancellationToken)
    {
        if (filters.IsEmpty)
        {
            return [];
        }

        var soft = SoftMatchSql("p", filters);

        var order = filters.Cheap ? "p.effective_price, p.id"
            : filters.OnSale ? "(p.price - p.sale_price)::float / greatest(p.price, 1) DESC, p.id"
            : "p.stock > 0 DESC, p.id";
        await using var command = db.CreateCommand($"""
            SELECT p.sku, p.name, p.category_path, p.brand, p.price, p.sale_price, p.currency, p.stock > 0, p.url, 1.0
            FROM products p WHERE p.shop_id = $1 AND p.is_active {FilterSql("p", filters)} {(soft.Length > 0 ? "AND " + soft : "")}
            ORDER BY {order} LIMIT {limit}
            """);
        command.Parameters.AddWithValue(shopId);
        for (var i = 0; i < 6; i++)
        {
            command.Parameters.AddWithValue(string.Empty);
        }

        AddFilterParameters(command.Parameters, filters);
        return await ReadHitsAsync(command, cancellationToken);
    }

    /// <summary>
    /// Colour and size are soft: exact matches rank first (a whole point above the rest), and the same
    /// product in another colour or size may follow, as a shop assistant would offer it.
    /// </summary>
    private static string SoftMatchSql(string p, SearchFilters f)
    {
        var parts = new List<string>();
        if (f.Colours.Count > 0)
        {
            parts.Add($"{p}.colour_folded LIKE ANY($10)");
        }

        if (f.Sizes.Count > 0)
        {
            parts.Add($"{p}.attributes->'méret' ?| $11");
        }

        return string.Join(" AND ", parts);
    }

    private static string SoftBonusSql(string p, SearchFilters f)
    {
        var parts = new List<string>();
        if (f.Colours.Count > 0)
        {
            parts.Add($"CASE WHEN {p}.colour_folded LIKE ANY($10) THEN 1 ELSE 0 END");
        }

        if (f.Sizes.Count > 0)
        {
            parts.Add($"CASE WHEN {p}.attributes->'méret' ?| $11 THEN 1 ELSE 0 END");
        }

        return string.Join(" + ", parts);
    }

    /// <summary>The hard filters every candidate list shares: price, gender, brand, stock and sale. Values are parameters $8…$13.</summary>
    internal static string FilterSql(string p, SearchFilters f)
    {
        var sql = new StringBuilder();
        if (f.MinPrice is not null)
        {
            sql.Append($" AND {p}.effective_price >= $8");
        }

        if (f.MaxPrice is not null)
        {
            sql.Append($" AND {p}.effective_price <= $9");
        }

        if (f.Gender is not null)
        {
            sql.Append($" AND (NOT {p}.attributes ? 'nem' OR {p}.attributes->'nem' ?| $12)");
        }

        if (f.Brands.Count > 0)
        {
            sql.Append($" AND {p}.brand = ANY($13)");
        }

        if (f.InStock)
        {
            sql.Append($" AND {p}.stock > 0");
        }

        if (f.OnSale)
        {
            sql.Append($" AND {p}.sale_price IS NOT NULL");
        }

        return sql.ToString();
    }

    internal static void AddFilterParameters(NpgsqlParameterCollection p, SearchFilters f)
    {
        p.Add(new NpgsqlParameter { Value = (object?)f.MinPrice ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        p.Add(new NpgsqlParameter { Value = (object?)f.MaxPrice ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        p.AddWithValue(f.Colours.Select(c => "%" + TextFolding.Fold(c) + "%").ToArray());
        p.AddWithValue(f.Sizes.ToArray());
        p.AddWithValue(f.Gender is null ? Array.Empty<string>() : new[] { f.Gender, "unisex" });
        p.AddWithValue(f.Brands.ToArray());
    }

    /// <summary>Numbers written into SQL text must not follow the machine's culture ("0,8" on a Hungarian system).</summary>
    private static string Sql(double value) => value.ToString("0.0###", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The model name is written into the SQL (so the model's partial index can be used by a prepared plan): letters, digits, '.', '-', '_' only.</summary>
    private static string SafeModel(string model) =>
        model.Length is > 0 and <= 63 && model.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            ? model
            : throw new InvalidOperationException($"Embedding model name '{model}' is not usable.");

    private static string WebSearchQuery(ParsedQuery parsed) =>
        string.Join(" or ", parsed.Terms.Concat(parsed.Expansions).Distinct(StringComparer.Ordinal).Select(t => t.Contains(' ', StringComparison.Ordinal) ? $"\"{t}\"" : t));

    private static string PrefixQuery(IEnumerable<string> stems) =>
        string.Join(" | ", stems.Where(s => s.Length >= 2 && s.All(char.IsAsciiLetterOrDigit)).Select(s => s.Length >= 4 ? s + ":*" : s));

    private static async Task<List<ProductHit>> ReadHitsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadHitsAsync(reader, cancellationToken);
    }

    private static async Task<List<ProductHit>> ReadHitsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var hits = new List<ProductHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new ProductHit(
                reader.GetString(0),
                reader.GetString(1),
                await reader.IsDBNullAsync(2, cancellationToken) ? null : reader.GetString(2),
                await reader.IsDBNullAsync(3, cancellationToken) ? null : reader.GetString(3),
                reader.GetInt32(4),
                await reader.IsDBNullAsync(5, cancellationToken) ? null : reader.GetInt32(5),
                reader.GetString(6),
                reader.GetBoolean(7),
                await reader.IsDBNullAsync(8, cancellationToken) ? null : reader.GetString(8),
                Math.Round(Convert.ToDouble(reader.GetValue(9), System.Globalization.CultureInfo.InvariantCulture), 6)));
        }

        return hits;
    }
}
