using System.ClientModel;
using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Catalog.Embeddings;
using ChatBuddy.Grains.Catalog.Search;
using ChatBuddy.Grains.Tenants;
using ChatBuddy.Tests.Emulators;
using ChatBuddy.Tests.Infrastructure;

namespace ChatBuddy.Grains.Tests.Catalog;

/// <summary>OpenAI embeddings by configuration, against a local emulator of the OpenAI wire protocol.</summary>
public sealed class OpenAiEmbeddingTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Shop = "openai-shop";
    private OpenAiEmulator _emulator = null!;

    public async ValueTask InitializeAsync()
    {
        _emulator = await OpenAiEmulator.StartAsync();
        await new ShopRepository(db.DataSource).EnsureAsync(Shop, "OpenAI bolt");
        await using var catalog = File.OpenRead("TestData/search-catalog.jsonl");
        await new ProductImporter(db.DataSource).ImportAsync(Shop, catalog);
    }

    public async ValueTask DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task ProductsAreEmbeddedWithTheConfiguredModelBesideTheLocalOneAndSearchUsesThem()
    {
        var openAi = EmbeddingGeneratorFactory.Create(Options(OpenAiEmulator.ApiKey));
        // The class shares one database: start from no embeddings whichever test ran before.
        await db.ScalarAsync<int>("DELETE FROM product_embeddings WHERE shop_id = $1", Shop);

        var local = await new EmbeddingIndexer(db.DataSource, new HashedNgramEmbeddingGenerator()).RefreshAsync(Shop, cancellationToken: TestContext.Current.CancellationToken);
        var remote = await new EmbeddingIndexer(db.DataSource, openAi).RefreshAsync(Shop, cancellationToken: TestContext.Current.CancellationToken);
        var response = await new ProductSearch(db.DataSource, openAi, TimeProvider.System).SearchAsync(Shop, "kávéfőző", 5, TestContext.Current.CancellationToken);

        Assert.Equal(("text-embedding-3-small", 18), (remote.Model, remote.Embedded));
        Assert.Equal(18, local.Embedded);
        Assert.Equal(1536, await db.ScalarAsync<int>("SELECT DISTINCT dimensions FROM product_embeddings WHERE model = 'text-embedding-3-small'"));
        Assert.Equal(18, await db.ScalarAsync<int>("SELECT count(*) FROM product_embeddings WHERE model = 'hashgram-384-v1' AND shop_id = $1", Shop));
        Assert.NotNull(await db.ScalarAsync<string>("SELECT indexname FROM pg_indexes WHERE indexname = 'product_embeddings_hnsw_textembedding3small_idx'"));
        Assert.StartsWith("S-KF-", response.Results[0].Sku);
    }

    [Fact]
    public async Task EmbeddingsAlreadyComputedComeFromTheCacheNotTheApi()
    {
        var openAi = EmbeddingGeneratorFactory.Create(Options(OpenAiEmulator.ApiKey));
        await new EmbeddingIndexer(db.DataSource, openAi).RefreshAsync(Shop, cancellationToken: TestContext.Current.CancellationToken);
        await db.ScalarAsync<int>("DELETE FROM product_embeddings WHERE model = 'text-embedding-3-small'");
        var requestsBefore = _emulator.Requests;

        var again = await new EmbeddingIndexer(db.DataSource, openAi).RefreshAsync(Shop, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(18, again.FromCache);
        Assert.Equal(requestsBefore, _emulator.Requests);
    }

    [Fact]
    public async Task AWrongKeyFailsClearlyAndWritesNothing()
    {
        var openAi = EmbeddingGeneratorFactory.Create(Options("sk-wrong"));
        await db.ScalarAsync<int>("DELETE FROM product_embeddings WHERE model = 'text-embedding-3-small'");
        await db.ScalarAsync<int>("DELETE FROM embedding_cache WHERE model = 'text-embedding-3-small'");

        var error = await Assert.ThrowsAsync<ClientResultException>(() =>
            new EmbeddingIndexer(db.DataSource, openAi).RefreshAsync(Shop, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(401, error.Status);
        Assert.Equal(0, await db.ScalarAsync<int>("SELECT count(*) FROM product_embeddings WHERE model = 'text-embedding-3-small'"));
    }

    private EmbeddingOptions Options(string key) => new()
    {
        Provider = "openai",
        Model = "text-embedding-3-small",
        Dimensions = 1536,
        ApiKey = key,
        Endpoint = _emulator.BaseUrl.ToString(),
    };
}
