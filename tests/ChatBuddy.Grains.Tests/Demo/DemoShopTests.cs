using System.Text.Json;
using ChatBuddy.Grains.Demo;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Grains.Tests.Demo;

public sealed class DemoShopTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly DemoShop Shop = DemoShopGenerator.Generate();

    [Fact]
    public void TheGeneratorIsDeterministicAndTheCommittedFilesAreItsOutput()
    {
        var again = DemoShopGenerator.Generate();

        Assert.Equal(Shop.ProductLines, again.ProductLines);
        Assert.Equal(Shop.OrderLines, again.OrderLines);
        Assert.Equal(Shop.ProductLines, File.ReadAllLines("demo/products.jsonl"));
        Assert.Equal(Shop.OrderLines, File.ReadAllLines("demo/orders.jsonl"));
        foreach (var policy in Shop.Policies)
        {
            Assert.Contains(policy.Body.Trim(), File.ReadAllText($"demo/policies/{policy.Kind}.md"));
        }
    }

    [Fact]
    public void TheDemoShopIsAsLargeAndVariedAsAShopperExpects()
    {
        var products = Shop.ProductLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var orders = Shop.OrderLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.True(products.Count >= 1000, $"{products.Count} products");
        Assert.True(products.Select(p => p.GetProperty("category").GetString()).Distinct().Count() >= 15);
        Assert.Contains(products, p => p.GetProperty("sale_price").ValueKind == JsonValueKind.Number);
        Assert.Contains(products, p => p.GetProperty("stock").GetInt32() == 0);
        Assert.True(orders.Select(o => o.GetProperty("email").GetString()).Distinct().Count() >= 200);
        Assert.True(orders.Count >= 500);
        Assert.Equal(
            ["cancelled", "delivered", "on_hold", "pending", "processing", "refunded", "returned", "shipped"],
            orders.Select(o => o.GetProperty("status").GetString()).Distinct().Order());
        Assert.Equal(["contact", "payment", "returns", "shipping", "warranty"], Shop.Policies.Select(p => p.Kind).Order());
    }

    [Fact]
    public async Task TheDemoShopLoadsThroughTheImportWithoutASingleRejectedLine()
    {
        await using var services = new ServiceCollection().AddChatBuddyData(db.ConnectionString).BuildServiceProvider();

        var (products, orders) = await services.GetRequiredService<DemoShopLoader>().LoadAsync(Shop, TestContext.Current.CancellationToken);

        Assert.Empty(products.Errors);
        Assert.Empty(orders.Errors);
        Assert.Equal(Shop.ProductLines.Count, await db.ScalarAsync<int>("SELECT count(*) FROM products WHERE shop_id = 'demo'"));
        Assert.Equal(Shop.ProductLines.Count, await db.ScalarAsync<int>("SELECT count(*) FROM product_embeddings WHERE shop_id = 'demo'"));
        Assert.Equal("shipped", await db.ScalarAsync<string>("SELECT status FROM orders WHERE shop_id = 'demo' AND number = 'HB-20001'"));
    }
}
