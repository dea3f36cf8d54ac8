using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using ChatBuddy.Bench;
using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Catalog.Embeddings;
using ChatBuddy.Grains.Catalog.Search;
using ChatBuddy.Grains.Data;
using ChatBuddy.Grains.Demo;
using ChatBuddy.Grains.Tenants;
using Npgsql;
using Pgvector;

// Search latency at catalogue sizes given on the command line (default 10000 and 100000), next to a
// raw pgvector kNN query on the same data in the same run, plus local embedding throughput.
if (args is ["sync", .. var syncArgs])
{
    Environment.ExitCode = await SyncBench.RunAsync(syncArgs);
    return;
}

if (args is ["realtime", .. var realtimeArgs])
{
    Environment.ExitCode = await RealtimeBench.RunAsync(realtimeArgs);
    return;
}

if (args is ["emulate", var platform, .. var emulateArgs])
{
    Environment.ExitCode = await SyncBench.EmulateAsync(platform, emulateArgs);
    return;
}

if (args is ["chat", .. var chatArgs])
{
    Environment.ExitCode = await ChatBench.RunAsync(chatArgs);
    return;
}

if (args is ["embeddings"])
{
    var compare = DatabaseOptions.FromEnvironment(Environment.GetEnvironmentVariable);
    compare.DatabaseName = "chatbuddy_bench_embeddings";
    await DropAsync(compare.Resolve());
    await DatabaseMigrator.MigrateAsync(compare.Resolve());
    await EmbeddingComparison.RunAsync(compare.Resolve(), Path.Combine(AppContext.BaseDirectory, "search-eval.jsonl"));
    await DropAsync(compare.Resolve());
    return;
}

var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [10_000, 100_000];
var queries = await QuerySet.LoadAsync(Path.Combine(AppContext.BaseDirectory, "search-eval.jsonl"));
var generator = new HashedNgramEmbeddingGenerator();
var demo = DemoShopGenerator.Generate();

var throughput = Stopwatch.StartNew();
var texts = demo.ProductLines.Select(l => JsonNode.Parse(l)!["name"]!.GetValue<string>() + " " + JsonNode.Parse(l)!["description"]!.GetValue<string>()).ToList();
for (var i = 0; i < 10; i++)
{
    await generator.GenerateAsync(texts);
}

Console.WriteLine($"local embedding ({HashedNgramEmbeddingGenerator.ModelId}): {10 * texts.Count / throughput.Elapsed.TotalSeconds:0} products/s");

foreach (var size in sizes)
{
    var options = DatabaseOptions.FromEnvironment(Environment.GetEnvironmentVariable);
    options.DatabaseName = $"chatbuddy_bench_{size}";
    var connectionString = options.Resolve();
    var keep = Environment.GetEnvironmentVariable("BENCH_KEEP_DB") == "1";
    if (keep && await IsLoadedAsync(connectionString, size))
    {
        await DatabaseMigrator.MigrateAsync(connectionString);
        Console.WriteLine($"\n== {size} products: kept from an earlier run (BENCH_KEEP_DB=1), not imported again");
    }
    else
    {
        await DropAsync(connectionString);
        await DatabaseMigrator.MigrateAsync(connectionString);
        await LoadAsync(connectionString, demo.ProductLines, size, generator);
    }

    await using var db = ChatBuddyDataSource.Create(connectionString);

    var search = new ProductSearch(db, generator, TimeProvider.System);
    var hybrid = await Latency.MeasureAsync(queries, q => search.SearchAsync("bench", q, 10));
    var vectors = queries.Select(q => new Vector(HashedNgramEmbeddingGenerator.Embed(QueryParser.Parse(q, ShopLexicon.Empty).SemanticText))).ToList();
    var knn = await Latency.MeasureAsync(Enumerable.Range(0, queries.Count).ToList(), i => RawKnnAsync(db, vectors[i]));
    var filters = new List<SearchFilters>();
    foreach (var query in queries)
    {
        filters.Add((await search.SearchAsync("bench", query, 10)).Filters);
    }

    var filtered = await Latency.MeasureAsync(Enumerable.Range(0, queries.Count).ToList(), i => FilteredKnnAsync(db, vectors[i], filters[i]));
    Console.WriteLine($"   hybrid search: p50 {hybrid.P50:0.00} ms, p95 {hybrid.P95:0.00} ms, p99 {hybrid.P99:0.00} ms ({queries.Count} queries × {Latency.Rounds} rounds)");
    Console.WriteLine($"   raw pgvector kNN (HNSW, LIMIT 10): p50 {knn.P50:0.00} ms, p95 {knn.P95:0.00} ms, p99 {knn.P99:0.00} ms");
    Console.WriteLine(
        $"   raw pgvector kNN with each query's hard filters ({filters.Count(HasHardFilter)} of {queries.Count} queries have one; HNSW iterative scan, LIMIT 10): " +
        $"p50 {filtered.P50:0.00} ms, p95 {filtered.P95:0.00} ms, p99 {filtered.P99:0.00} ms");
    Console.WriteLine($"   ratio hybrid/kNN at p95: {hybrid.P95 / knn.P95:0.00}×; filtered kNN/kNN at p95: {filtered.P95 / knn.P95:0.00}×");
    await db.DisposeAsync();
    if (!keep)
    {
        await DropAsync(connectionString);
    }
}

static async Task LoadAsync(string connectionString, IReadOnlyList<string> products, int size, HashedNgramEmbeddingGenerator generator)
{
    await using var db = ChatBuddyDataSource.Create(connectionString);
    await new ShopRepository(db).EnsureAsync("bench", "Bench");
    await using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', Catalogue.ScaleUp(products, size)))))
    {
        var report = await new ProductImporter(db).ImportAsync("bench", stream);
        Console.WriteLine($"\n== {size} products: imported {report.Upserted} in {report.Elapsed.TotalSeconds:0.0} s ({report.Upserted / report.Elapsed.TotalSeconds:0}/s)");
    }

    var embed = Stopwatch.StartNew();
    var run = await new EmbeddingIndexer(db, generator).RefreshAsync("bench");
    Console.WriteLine($"   embedded {run.Embedded} in {embed.Elapsed.TotalSeconds:0.0} s ({run.Embedded / embed.Elapsed.TotalSeconds:0}/s, {run.FromCache} from cache)");
    await using var analyze = db.CreateCommand("VACUUM ANALYZE");
    await analyze.ExecuteNonQueryAsync();
}

// A database kept by an earlier run (BENCH_KEEP_DB=1) with every product of this size embedded.
static async Task<bool> IsLoadedAsync(string connectionString, int size)
{
    var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
    await using (var connection = new NpgsqlConnection(admin.ConnectionString))
    {
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(new NpgsqlConnectionStringBuilder(connectionString).Database!);
        if (await exists.ExecuteScalarAsync() is null)
        {
            return false;
        }
    }

    await using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
    await db.OpenAsync();
    await using var count = new NpgsqlCommand(
        $"SELECT (SELECT count(*) FROM products WHERE shop_id = 'bench') = $1 AND (SELECT count(*) FROM product_embeddings WHERE shop_id = 'bench' AND model = '{HashedNgramEmbeddingGenerator.ModelId}') = $1",
        db);
    count.Parameters.AddWithValue((long)size);
    return await count.ExecuteScalarAsync() is true;
}

static async Task RawKnnAsync(NpgsqlDataSource db, Vector vector)
{
    await using var command = db.CreateCommand(
        $"SELECT product_id FROM product_embeddings WHERE model = '{HashedNgramEmbeddingGenerator.ModelId}' AND shop_id = 'bench' " +
        $"ORDER BY embedding::vector({HashedNgramEmbeddingGenerator.Dimensions}) <=> $1::vector({HashedNgramEmbeddingGenerator.Dimensions}) LIMIT 10");
    command.Parameters.AddWithValue(vector);
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
    }
}

// The floor of any search that applies the query's filters in SQL: the ten nearest products that pass them,
// with the search's own filter SQL and settings (the iterative HNSW scan goes on while filters reject rows).
static async Task FilteredKnnAsync(NpgsqlDataSource db, Vector vector, SearchFilters filters)
{
    var dimensions = HashedNgramEmbeddingGenerator.Dimensions;
    var knn = new NpgsqlBatchCommand(
        $"SELECT e.product_id FROM product_embeddings e JOIN products p ON p.id = e.product_id " +
        $"WHERE e.model = '{HashedNgramEmbeddingGenerator.ModelId}' AND e.shop_id = $1 AND p.is_active {ProductSearch.FilterSql("p", filters)} " +
        $"ORDER BY e.embedding::vector({dimensions}) <=> $5::vector({dimensions}) LIMIT 10");
    knn.Parameters.AddWithValue("bench");
    knn.Parameters.AddWithValue("");
    knn.Parameters.AddWithValue("");
    knn.Parameters.AddWithValue("");
    knn.Parameters.AddWithValue(vector);
    knn.Parameters.AddWithValue(Array.Empty<string>());
    knn.Parameters.AddWithValue(Array.Empty<string>());
    ProductSearch.AddFilterParameters(knn.Parameters, filters);

    await using var connection = await db.OpenConnectionAsync();
    await using var batch = new NpgsqlBatch(connection);
    batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
    foreach (var setting in ProductSearch.SearchSettings)
    {
        batch.BatchCommands.Add(new NpgsqlBatchCommand(setting));
    }

    batch.BatchCommands.Add(knn);
    batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
    await using var reader = await batch.ExecuteReaderAsync();
    do
    {
        while (await reader.ReadAsync())
        {
        }
    }
    while (await reader.NextResultAsync());
}

static bool HasHardFilter(SearchFilters f) => f.MinPrice is not null || f.MaxPrice is not null || f.Gender is not null || f.Brands.Count > 0 || f.InStock || f.OnSale;

static async Task DropAsync(string connectionString)
{
    NpgsqlConnection.ClearAllPools();
    var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
    await using var connection = new NpgsqlConnection(admin.ConnectionString);
    await connection.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)", connection);
    await drop.ExecuteNonQueryAsync();
}
