using System.Text;
using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Catalog.Feeds;
using ChatBuddy.Grains.Tenants;
using ChatBuddy.Tests.Infrastructure;

namespace ChatBuddy.Grains.Tests.Catalog;

public sealed class FeedImportTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Shop = "feed-shop";

    public async ValueTask InitializeAsync() => await new ShopRepository(db.DataSource).EnsureAsync(Shop, "Feed shop");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task AGoogleMerchantFeedLandsItsGoodItemsAndNamesTheBadOnes()
    {
        await using var feed = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "google-feed.xml"));

        var report = await Importer().ImportAsync(Shop, feed, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(5, report.Read);
        Assert.Equal(3, report.Upserted);
        Assert.Equal([3, 4], report.Errors.Select(e => e.Line));
        Assert.Contains("g:price is required", report.Errors[0].Reason);
        Assert.Contains("g:availability 'sometimes'", report.Errors[1].Reason);
        Assert.Equal(5990, await db.ScalarAsync<int>("SELECT price FROM products WHERE shop_id = $1 AND sku = 'FEED-1'", Shop));
        Assert.Equal(4990, await db.ScalarAsync<int>("SELECT sale_price FROM products WHERE shop_id = $1 AND sku = 'FEED-1'", Shop));
        Assert.Equal(12, await db.ScalarAsync<int>("SELECT stock FROM products WHERE shop_id = $1 AND sku = 'FEED-1'", Shop));
        Assert.Equal("Meleg gyapjú sapka télre.", await db.ScalarAsync<string>("SELECT description FROM products WHERE shop_id = $1 AND sku = 'FEED-1'", Shop));
        Assert.Equal("Ruházat > Kiegészítők > Sapkák", await db.ScalarAsync<string>("SELECT category_path FROM products WHERE shop_id = $1 AND sku = 'FEED-1'", Shop));
        Assert.Equal("5991234567890", await db.ScalarAsync<string>("SELECT attributes->>'gtin' FROM products WHERE shop_id = $1 AND sku = 'FEED-1'", Shop));
        Assert.Equal(12990, await db.ScalarAsync<int>("SELECT price FROM products WHERE shop_id = $1 AND sku = 'FEED-2'", Shop));
        Assert.Equal(0, await db.ScalarAsync<int>("SELECT stock FROM products WHERE shop_id = $1 AND sku = 'FEED-2'", Shop));
    }

    [Fact]
    public async Task APriceChangeInTheFeedIsRecordedInThePriceHistory()
    {
        const string Feed = """
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
            <item><g:id>HIST-1</g:id><title>Kulacs</title><g:price>{0} HUF</g:price><g:availability>in stock</g:availability></item>
            </channel></rss>
            """;
        await Importer().ImportAsync(Shop, new MemoryStream(Encoding.UTF8.GetBytes(Feed.Replace("{0}", "3990", StringComparison.Ordinal))), cancellationToken: TestContext.Current.CancellationToken);

        await Importer().ImportAsync(Shop, new MemoryStream(Encoding.UTF8.GetBytes(Feed.Replace("{0}", "3490", StringComparison.Ordinal))), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3990, await db.ScalarAsync<int>("SELECT old_price FROM price_history WHERE shop_id = $1 AND sku = 'HIST-1'", Shop));
        Assert.Equal(3490, await db.ScalarAsync<int>("SELECT new_price FROM price_history WHERE shop_id = $1 AND sku = 'HIST-1'", Shop));
    }

    [Fact]
    public async Task AFeedThatIsNotXmlIsReportedNotThrown()
    {
        var report = await Importer().ImportAsync(Shop, new MemoryStream(Encoding.UTF8.GetBytes("<rss><channel><item><g:id>")), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, report.Upserted);
        Assert.Contains("not well-formed XML", Assert.Single(report.Errors).Reason);
    }

    private GoogleFeedImporter Importer() => new(new ProductImporter(db.DataSource));
}
