using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Catalog.Embeddings;
using ChatBuddy.Grains.Catalog.Search;
using ChatBuddy.Grains.Tenants;
using ChatBuddy.Tests.Infrastructure;

namespace ChatBuddy.Grains.Tests.Catalog;

/// <summary>The hybrid search on real PostgreSQL, over a small catalogue imported and embedded for real.</summary>
public sealed class ProductSearchTests(ProductSearchTests.SearchFixture fixture) : IClassFixture<ProductSearchTests.SearchFixture>
{
    private const string Shop = "search-shop";

    [Theory]
    [InlineData("kávéfőző", "S-KF-")]
    [InlineData("kavefozo", "S-KF-")]
    [InlineData("kávéfőzőt keresek", "S-KF-")]
    [InlineData("kavefozore", "S-KF-")]
    [InlineData("kávéfözö", "S-KF-")]
    [InlineData("futocipot", "S-FC-")]
    [InlineData("Futócipő", "S-FC-")]
    [InlineData("futócipők", "S-FC-")]
    [InlineData("sátrakat", "S-ST-")]
    [InlineData("sator", "S-ST-")]
    [InlineData("fejhalgato", "S-FH-")]
    [InlineData("mobil", "S-TEL-")]
    [InlineData("coffee machine", "S-KF-")]
    [InlineData("tent for camping", "S-ST-")]
    public async Task TheRightProductsComeFirstHoweverTheShopperTypes(string query, string skuPrefix)
    {
        var response = await Search(query);

        Assert.NotEmpty(response.Results);
        Assert.StartsWith(skuPrefix, response.Results[0].Sku);
    }

    [Fact]
    public async Task PriceAndGenderFilterWhileColourAndSizeMatchesComeFirst()
    {
        var response = await Search("van kék női futócipő 37-es méretben 40 ezer alatt?");

        Assert.Equal("S-FC-2", response.Results[0].Sku);
        Assert.All(response.Results, r => Assert.True((r.SalePrice ?? r.Price) <= 40000));
        Assert.DoesNotContain(response.Results, r => r.Name.Contains("férfi", StringComparison.Ordinal));
        Assert.Equal((40000, "női", "kék", "37"), (response.Filters.MaxPrice, response.Filters.Gender, response.Filters.Colours[0], response.Filters.Sizes[0]));
    }

    [Theory]
    [InlineData("kávéfőző 30 ezer alatt", 30000)]
    [InlineData("sátor max 50000 Ft", 50000)]
    [InlineData("fejhallgató 15e Ft-ig", 15000)]
    public async Task EveryResultRespectsAStatedPriceLimit(string query, int max)
    {
        var response = await Search(query);

        Assert.NotEmpty(response.Results);
        Assert.All(response.Results, r => Assert.True((r.SalePrice ?? r.Price) <= max, $"{r.Sku} costs {r.SalePrice ?? r.Price}"));
    }

    [Fact]
    public async Task OnSaleAndInStockFilter()
    {
        var onSale = await Search("akciós kávéfőző");
        var inStock = await Search("raktáron lévő futócipő");

        Assert.All(onSale.Results, r => Assert.NotNull(r.SalePrice));
        Assert.DoesNotContain(inStock.Results, r => !r.InStock);
    }

    [Fact]
    public async Task FiltersWithoutProductWordsListWhatPassesThem()
    {
        var blue = await Search("és kékben is van?");
        var onSale = await Search("akciós");

        Assert.Equal(["S-FC-2", "S-ST-2", "S-TEL-2"], blue.Results.Select(r => r.Sku).Order(StringComparer.Ordinal));
        Assert.Equal(["S-FC-1", "S-FH-2", "S-KF-1", "S-ST-2"], onSale.Results.Select(r => r.Sku));
    }

    [Fact]
    public async Task CheapPutsCheaperRelevantProductsFirst()
    {
        var response = await Search("olcsó kávéfőző");

        Assert.Equal("S-KF-3", response.Results[0].Sku);
    }

    [Theory]
    [InlineData("🙂🙂🙂")]
    [InlineData("'; DROP TABLE products; --")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("a & b | !c :* <-> (")]
    public async Task HostileOrMeaninglessQueriesReturnQuietly(string query)
    {
        var response = await Search(query);

        Assert.NotNull(response.Results);
        Assert.Equal(18, await fixture.Database.ScalarAsync<int>("SELECT count(*) FROM products WHERE shop_id = $1", Shop));
    }

    [Fact]
    public async Task ProductsOfAnotherShopNeverAppear()
    {
        var response = await fixture.Search.SearchAsync("other-search-shop", "kávéfőző", 10, TestContext.Current.CancellationToken);

        Assert.Empty(response.Results);
    }

    [Fact]
    public async Task OnlyChangedProductsAreReEmbedded()
    {
        var indexer = new EmbeddingIndexer(fixture.Database.DataSource, new HashedNgramEmbeddingGenerator());

        var unchanged = await indexer.RefreshAsync(Shop, cancellationToken: TestContext.Current.CancellationToken);
        await fixture.Database.ScalarAsync<int>("UPDATE products SET name = name || ' (új)' WHERE shop_id = $1 AND sku = 'S-VF-1'", Shop);
        var changed = await indexer.RefreshAsync(Shop, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, unchanged.Embedded);
        Assert.Equal(1, changed.Embedded);
    }

    private Task<SearchResponse> Search(string query) => fixture.Search.SearchAsync(Shop, query, 10, TestContext.Current.CancellationToken);

    public sealed class SearchFixture : IAsyncLifetime
    {
        public TestDatabase Database { get; } = new();

        public ProductSearch Search { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            await Database.InitializeAsync();
            await new ShopRepository(Database.DataSource).EnsureAsync(Shop, "Kereső bolt");
            await using (var catalog = File.OpenRead("TestData/search-catalog.jsonl"))
            {
                await new ProductImporter(Database.DataSource).ImportAsync(Shop, catalog);
            }

            var generator = new HashedNgramEmbeddingGenerator();
            await new EmbeddingIndexer(Database.DataSource, generator).RefreshAsync(Shop);
            Search = new ProductSearch(Database.DataSource, generator, TimeProvider.System);
        }

        public async ValueTask DisposeAsync() => await Database.DisposeAsync();
    }
}
