using System.Globalization;
using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Tests.Emulators.Shops;

namespace ChatBuddy.Grains.Tests.Shops;

[Collection(ClusterCollection.Name)]
public sealed class VariantAndAddressTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ShoprenterChildProductsBecomeVariantsOfTheirParentWithTheirOptions()
    {
        await using var shoprenter = await ShoprenterEmulator.StartAsync(ShopSeed.Generate(products: 60, orders: 12, DateTimeOffset.UtcNow));
        var child = shoprenter.Shop.Products.First(p => p.ParentId is not null);
        var parent = shoprenter.Shop.Products.First(p => p.Id == child.ParentId);
        await using (var services = Adapters.Services())
        await using (var adapter = services.Create(Adapters.Shoprenter(shoprenter)))
        {
            var products = await adapter.ProductsAsync(null, TestContext.Current.CancellationToken).AllAsync();
            var variant = Assert.Single(products.Single(p => p.Sku == parent.Sku).Variants);
            Assert.Equal(child.Sku, variant.Sku);
            Assert.Equal("XL", variant.Options["Méret"]);
            Assert.Equal(child.Stocks.Sum(), variant.Stock);
        }

        var shop = await ConnectAsync("variants-sr", Adapters.Shoprenter(shoprenter));
        var report = await ShopSyncTests.SyncAsync(shop, SyncKind.Full);

        Assert.True(report.Succeeded, report.Error);
        var children = shoprenter.Shop.Products.Count(p => p.ParentId is not null);
        Assert.Equal(children, await Scalar("SELECT count(*) FROM product_variants WHERE shop_id = 'variants-sr' AND NOT combination"));
        Assert.Equal("XL", await fixture.Database.ScalarAsync<string>(
            "SELECT v.options->>'Méret' FROM product_variants v JOIN products p ON p.shop_id = v.shop_id AND p.external_id = v.parent_ref WHERE v.shop_id = 'variants-sr' AND v.sku = $1 AND p.sku = $2", child.Sku, parent.Sku));

        // A second full sync changes nothing and duplicates nothing.
        Assert.True((await ShopSyncTests.SyncAsync(shop, SyncKind.Full)).Succeeded);
        Assert.Equal(children, await Scalar("SELECT count(*) FROM product_variants WHERE shop_id = 'variants-sr'"));
    }

    [Fact]
    public async Task UnasVariantCombinationsAreStoredWithTheirStockAndFollowItsChanges()
    {
        await using var unas = await UnasEmulator.StartAsync(ShopSeed.Generate(products: 60, orders: 12, DateTimeOffset.UtcNow));
        var sized = unas.Shop.Products.First(p => p.HasSizes);
        await using (var services = Adapters.Services())
        await using (var adapter = services.Create(Adapters.Unas(unas)))
        {
            var product = (await adapter.ProductsAsync(null, TestContext.Current.CancellationToken).AllAsync()).Single(p => p.Sku == sized.Sku);
            Assert.Equal(["S", "M", "L"], product.Variants.Select(v => v.Options["Méret"]));
            Assert.Equal(sized.Sizes().Select(s => (int?)s.Stock), product.Variants.Select(v => v.Stock));
            Assert.Equal(product.TotalStock, product.Variants.Sum(v => v.Stock));
        }

        var shop = await ConnectAsync("variants-unas", Adapters.Unas(unas));
        Assert.True((await ShopSyncTests.SyncAsync(shop, SyncKind.Full)).Succeeded);

        var sizedCount = unas.Shop.Products.Count(p => p.HasSizes);
        Assert.Equal(3 * sizedCount, await Scalar("SELECT count(*) FROM product_variants WHERE shop_id = 'variants-unas' AND combination"));
        Assert.Equal(unas.Shop.Products.Count(p => p.ParentId is not null), await Scalar("SELECT count(*) FROM product_variants WHERE shop_id = 'variants-unas' AND NOT combination"));
        Assert.Equal(sized.Sizes()[2].Stock, await fixture.Database.ScalarAsync<int>("SELECT stock FROM product_variants WHERE shop_id = 'variants-unas' AND sku = $1", sized.Sku + ":L"));

        lock (unas.Shop.Sync)
        {
            sized.Stocks[0] = 30;
            sized.Stocks[1] = sized.Stocks[2] = sized.Stocks[3] = 0;
            sized.UpdatedAt = DateTimeOffset.UtcNow;
        }

        Assert.True((await ShopSyncTests.SyncAsync(shop, SyncKind.Incremental)).Succeeded);
        Assert.Equal(10, await fixture.Database.ScalarAsync<int>("SELECT stock FROM product_variants WHERE shop_id = 'variants-unas' AND sku = $1", sized.Sku + ":M"));
        Assert.Equal(3 * sizedCount, await Scalar("SELECT count(*) FROM product_variants WHERE shop_id = 'variants-unas' AND combination"));
    }

    [Theory]
    [InlineData("shoprenter")]
    [InlineData("unas")]
    public async Task BillingAndShippingAddressesOfCustomersAndOrdersAreStored(string platform)
    {
        var seed = ShopSeed.Generate(products: 30, orders: 30, DateTimeOffset.UtcNow);
        await using var shoprenter = platform == "shoprenter" ? await ShoprenterEmulator.StartAsync(seed) : null;
        await using var unas = platform == "unas" ? await UnasEmulator.StartAsync(seed) : null;
        var shopId = "addresses-" + platform;
        var shop = await ConnectAsync(shopId, shoprenter is not null ? Adapters.Shoprenter(shoprenter) : Adapters.Unas(unas!));

        var report = await ShopSyncTests.SyncAsync(shop, SyncKind.Full);

        Assert.True(report.Succeeded, report.Error);
        var toWork = seed.Orders.First(o => o.ShipsToWork);
        var home = seed.Orders.First(o => !o.ShipsToWork && seed.CustomerOf(o).Home.TaxNumber is not null);
        var number = (SeedOrder o) => platform == "shoprenter" ? o.Id.ToString(CultureInfo.InvariantCulture) : o.Number;
        Assert.Equal("Váci út 99.", await OrderAddress(shopId, number(toWork), "shipping_address", "street"));
        Assert.Equal("1138", await OrderAddress(shopId, number(toWork), "shipping_address", "zip"));
        Assert.Equal(seed.CustomerOf(toWork).Home.Street, await OrderAddress(shopId, number(toWork), "billing_address", "street"));
        Assert.Equal(seed.CustomerOf(home).Home.City, await OrderAddress(shopId, number(home), "shipping_address", "city"));
        Assert.Equal(seed.CustomerOf(home).Home.TaxNumber, await OrderAddress(shopId, number(home), "billing_address", "tax_number"));
        Assert.Equal(seed.Orders.Count, await Scalar($"SELECT count(*) FROM orders WHERE shop_id = '{shopId}' AND shipping_address IS NOT NULL AND billing_address IS NOT NULL"));

        var customer = seed.Customers[0];
        Assert.Equal(customer.Home.Street, await fixture.Database.ScalarAsync<string>(
            "SELECT p.shipping_address->>'street' FROM user_profiles p JOIN users u ON u.id = p.user_id WHERE u.shop_id = $1 AND u.email = $2", shopId, customer.Email));
        Assert.Equal(customer.Home.Zip, await fixture.Database.ScalarAsync<string>(
            "SELECT p.billing_address->>'zip' FROM user_profiles p JOIN users u ON u.id = p.user_id WHERE u.shop_id = $1 AND u.email = $2", shopId, customer.Email));
        Assert.Equal(seed.Customers.Count, await Scalar($"SELECT count(*) FROM user_profiles WHERE shop_id = '{shopId}' AND shipping_address IS NOT NULL"));
    }

    private Task<string?> OrderAddress(string shopId, string number, string column, string field) =>
        fixture.Database.ScalarAsync<string>($"SELECT {column}->>'{field}' FROM orders WHERE shop_id = $1 AND number = $2", shopId, number);

    private async Task<IShopTenantGrain> ConnectAsync(string shopId, ShopConnection connection)
    {
        var shop = fixture.Cluster.Client.GetGrain<IShopTenantGrain>(shopId);
        await shop.ConfigureSyncAsync(new ShopSyncSettings(connection));
        return shop;
    }

    private async Task<long> Scalar(string sql) => await fixture.Database.ScalarAsync<long>(sql);
}
