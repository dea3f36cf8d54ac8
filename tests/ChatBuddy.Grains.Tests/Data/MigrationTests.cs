using ChatBuddy.Grains.Data;
using ChatBuddy.Tests.Infrastructure;

namespace ChatBuddy.Grains.Tests.Data;

public sealed class MigrationTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly string[] PlanTables =
    [
        "users", "user_profiles", "user_preferences", "products", "product_categories", "orders", "order_items",
        "chat_sessions", "chat_messages", "audit_logs", "user_consents",
    ];

    private static readonly string[] ProductTables =
    [
        "shops", "shop_policies", "product_embeddings", "promotions", "discount_codes", "carts", "cart_items", "channel_identities",
        "orleansquery", "orleansstorage", "orleansreminderstable", "orleansmembershiptable",
    ];

    [Fact]
    public async Task MigrationCreatesThePlanTablesAndWhatTheProductNeeds()
    {
        foreach (var table in PlanTables.Concat(ProductTables))
        {
            Assert.True(await db.ScalarAsync<bool>("SELECT to_regclass($1) IS NOT NULL", table), $"table {table} is missing");
        }
    }

    [Fact]
    public async Task EveryShopOwnedTableCarriesShopId()
    {
        var missing = await db.ScalarAsync<string>(
            """
            SELECT string_agg(t.table_name, ', ') FROM information_schema.tables t
            WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
              AND t.table_name NOT IN ('shops', 'schemaversions', 'audit_logs', 'audit_chain_heads', 'ip_blocks', 'embedding_cache', 'app_secrets') AND t.table_name NOT LIKE 'orleans%'
              AND t.table_name NOT LIKE 'qrtz%'
              AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
                              WHERE c.table_name = t.table_name AND c.column_name = 'shop_id')
            """);
        Assert.Null(missing);
    }

    [Fact]
    public async Task ExtensionsAndHungarianSearchAreAvailable()
    {
        Assert.Equal("0.8.0", await db.ScalarAsync<string>("SELECT extversion FROM pg_extension WHERE extname = 'vector'"));
        Assert.True(await db.ScalarAsync<bool>("SELECT count(*) = 2 FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent')"));
        Assert.Equal("'cipő':1", await db.ScalarAsync<string>("SELECT to_tsvector('hungarian', 'cipőkről')::text"));
        Assert.Equal("kavefozo", await db.ScalarAsync<string>("SELECT f_unaccent('kávéfőző')"));
    }

    [Fact]
    public async Task TheDefaultEmbeddingModelHasAnHnswCosineIndex()
    {
        var definition = await db.ScalarAsync<string>("SELECT indexdef FROM pg_indexes WHERE indexname = 'product_embeddings_hnsw_hashgram384v1_idx'");
        Assert.Contains("USING hnsw", definition);
        Assert.Contains("vector_cosine_ops", definition);
    }

    [Fact]
    public async Task ProductEmbeddingsRecordModelAndDimensionAndRefuseMixedVectors()
    {
        var product = await db.ScalarAsync<long>(
            "INSERT INTO shops (id, name) VALUES ('emb-shop', 'E') ON CONFLICT DO NOTHING; " +
            "INSERT INTO products (shop_id, sku, name, price) VALUES ('emb-shop', 'E-1', 'x', 1) RETURNING id");

        await db.ScalarAsync<int>(
            "INSERT INTO product_embeddings (product_id, shop_id, model, dimensions, text_hash, embedding) VALUES ($1, 'emb-shop', 'm3', 3, 'h', '[1,2,3]')",
            product);
        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.ScalarAsync<int>(
            "INSERT INTO product_embeddings (product_id, shop_id, model, dimensions, text_hash, embedding) VALUES ($1, 'emb-shop', 'm4', 4, 'h', '[1,2,3]')",
            product));

        Assert.Equal(Npgsql.PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task MigratingAgainAppliesNothingAndJournalsEveryScriptOnce()
    {
        var again = await DatabaseMigrator.MigrateAsync(db.ConnectionString);

        Assert.Empty(again.Applied);
        Assert.Equal(DatabaseMigrator.AllScripts.Count, await db.ScalarAsync<int>("SELECT count(*) FROM schemaversions"));
        Assert.StartsWith("sql.orleans.001", DatabaseMigrator.AllScripts[0]);
    }

    [Fact]
    public async Task AuditLogRefusesUpdatesAndDeletes()
    {
        await db.ScalarAsync<long>("SELECT audit_append(NULL, 'test', 'created', NULL, '{}')");

        var update = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.ScalarAsync<int>("UPDATE audit_logs SET action = 'edited'"));
        var delete = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.ScalarAsync<int>("DELETE FROM audit_logs"));

        Assert.Contains("append-only", update.MessageText);
        Assert.Contains("append-only", delete.MessageText);
    }
}
