using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Security.Gdpr;
using ChatBuddy.Tests.Emulators.Shops;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ChatBuddy.Grains.Tests.Shops;

[Collection(ClusterCollection.Name)]
public sealed class ShopSyncTests(ClusterFixture fixture) : IAsyncLifetime
{
    private ShoprenterEmulator _shoprenter = null!;

    public async ValueTask InitializeAsync() =>
        _shoprenter = await ShoprenterEmulator.StartAsync(ShopSeed.Generate(products: 600, orders: 150, DateTimeOffset.UtcNow));

    public async ValueTask DisposeAsync() => await _shoprenter.DisposeAsync();

    [Fact]
    public async Task AFullSyncLandsTheWholeShopAndAnIncrementalOneOnlyItsChanges()
    {
        var shop = await ConnectAsync("sr-sync", Adapters.Shoprenter(_shoprenter));

        var full = await SyncAsync(shop, SyncKind.Full);

        Assert.True(full.Succeeded, full.Error);
        Assert.Equal(600, full.Count("products"));
        Assert.Equal(600, await Scalar("SELECT count(*) FROM products WHERE shop_id = 'sr-sync' AND source = 'shoprenter' AND external_id IS NOT NULL AND is_active"));
        Assert.Equal(150, full.Count("orders"));
        Assert.Equal(150, await Scalar("SELECT count(*) FROM orders WHERE shop_id = 'sr-sync' AND source = 'shoprenter'"));
        Assert.Equal(await Scalar("SELECT count(*) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.shop_id = 'sr-sync'"), _shoprenter.Shop.Orders.Sum(o => o.Items.Count));
        Assert.Equal(50, full.Count("customers"));
        Assert.Equal(600, full.Count("embedded"));

        // The client throttle spaces requests when it lets them go; the emulator counts them when they
        // arrive, and a stalled thread pool can deliver two spaced batches together. One 429 is then
        // retried (and the sync still succeeds); an adapter without its throttle gets many.
        Assert.InRange(_shoprenter.RateLimited, 0, 1);

        // A local-only field survives the platform's changes to the same product.
        var noted = _shoprenter.Shop.Products[0];
        await fixture.Database.ScalarAsync<int>("UPDATE products SET assistant_notes = 'ajánld télire' WHERE shop_id = 'sr-sync' AND sku = $1", noted.Sku);
        var changed = _shoprenter.Shop.ChangeProducts(30, DateTimeOffset.UtcNow);
        Assert.Contains(noted, changed);

        var incremental = await SyncAsync(shop, SyncKind.Incremental);

        Assert.True(incremental.Succeeded, incremental.Error);
        Assert.Equal(30, incremental.Count("products_changed"));
        Assert.Equal(10, incremental.Count("price_changes"));
        Assert.Equal(10, incremental.Count("embedded"));
        Assert.InRange(incremental.Count("stock_alerts"), 1, 10);
        Assert.True(incremental.ApiCalls < 12, $"{incremental.ApiCalls} calls");
        Assert.Equal("ajánld télire", await fixture.Database.ScalarAsync<string>("SELECT assistant_notes FROM products WHERE shop_id = 'sr-sync' AND sku = $1", noted.Sku));
        Assert.Equal((int)noted.Gross(noted.NetPrice), await Scalar($"SELECT price FROM products WHERE shop_id = 'sr-sync' AND sku = '{noted.Sku}'"));
        Assert.Equal(10, await Scalar("SELECT count(*) FROM price_history WHERE shop_id = 'sr-sync'"));
        Assert.Equal(600, await Scalar("SELECT count(*) FROM products WHERE shop_id = 'sr-sync'"));
    }

    [Fact]
    public async Task AFullSyncRetiresProductsTheShopDeleted()
    {
        var shop = await ConnectAsync("sr-deletes", Adapters.Shoprenter(_shoprenter));
        Assert.True((await SyncAsync(shop, SyncKind.Full)).Succeeded);
        var gone = _shoprenter.Shop.Products[5];
        gone.Deleted = true;

        var report = await SyncAsync(shop, SyncKind.Full);

        Assert.Equal(1, report.Count("products_deactivated"));
        Assert.Equal(0, await Scalar($"SELECT count(*) FROM products WHERE shop_id = 'sr-deletes' AND sku = '{gone.Sku}' AND is_active"));
        gone.Deleted = false;
    }

    [Fact]
    public async Task ATruncatedResponseStopsTheSyncWithAClearErrorAndKeepsTheWatermarkAndData()
    {
        var shop = await ConnectAsync("sr-broken", Adapters.Shoprenter(_shoprenter));
        Assert.True((await SyncAsync(shop, SyncKind.Full)).Succeeded);
        var watermark = await shop.GetWatermarkAsync("shoprenter.products");
        var prices = await Scalar("SELECT sum(price) FROM products WHERE shop_id = 'sr-broken'");
        _shoprenter.Shop.ChangeProducts(5, DateTimeOffset.UtcNow);
        _shoprenter.TruncateNextResponse();

        var broken = await SyncAsync(shop, SyncKind.Incremental);

        Assert.False(broken.Succeeded);
        Assert.Contains("malformed or truncated", broken.Error);
        Assert.Equal(watermark, await shop.GetWatermarkAsync("shoprenter.products"));
        Assert.Equal(prices, await Scalar("SELECT sum(price) FROM products WHERE shop_id = 'sr-broken'"));

        // The next run reads the same window again and catches up.
        var retried = await SyncAsync(shop, SyncKind.Incremental);
        Assert.True(retried.Succeeded, retried.Error);
        Assert.Equal(5, retried.Count("products_changed"));
    }

    [Fact]
    public async Task AnOrderWebhookRefetchesThatOrderFromThePlatform()
    {
        var shop = await ConnectAsync("sr-hooks", Adapters.Shoprenter(_shoprenter));
        Assert.True((await SyncAsync(shop, SyncKind.Full)).Succeeded);
        var order = _shoprenter.Shop.Orders.First(o => o.StatusId != 5);
        await _shoprenter.ChangeOrderStatusAsync(order.Id, 5);

        await shop.HandleShopEventAsync(new ShopEvent(ShopPlatform.Shoprenter, "order_status_change", ShoprenterEmulator.EncodeId("order", order.Id)));

        Assert.Equal("cancelled", await fixture.Database.ScalarAsync<string>("SELECT status FROM orders WHERE shop_id = 'sr-hooks' AND number = $1", order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task AnOrderOlderThanTheAllowedAgeIsRefreshedLiveBeforeItIsShown()
    {
        var shop = await ConnectAsync("sr-live", Adapters.Shoprenter(_shoprenter));
        Assert.True((await SyncAsync(shop, SyncKind.Full)).Succeeded);
        var order = _shoprenter.Shop.Orders.First(o => o.StatusId == 1);
        var number = order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        lock (_shoprenter.Shop.Sync)
        {
            order.StatusId = 4;
        }

        Assert.False(await shop.RefreshOrderAsync(number, TimeSpan.FromHours(1)));
        Assert.Equal("pending", await fixture.Database.ScalarAsync<string>("SELECT status FROM orders WHERE shop_id = 'sr-live' AND number = $1", number));

        Assert.True(await shop.RefreshOrderAsync(number, TimeSpan.Zero));
        Assert.Equal("delivered", await fixture.Database.ScalarAsync<string>("SELECT status FROM orders WHERE shop_id = 'sr-live' AND number = $1", number));
        Assert.False(await shop.RefreshOrderAsync("no-such-order", TimeSpan.Zero));
    }

    [Fact]
    public async Task AUnasShopSyncsWithinItsHourlyBudget()
    {
        await using var unas = await UnasEmulator.StartAsync(ShopSeed.Generate(products: 1200, orders: 600, DateTimeOffset.UtcNow), vip: false);
        var shop = await ConnectAsync("unas-sync", Adapters.Unas(unas, package: "premium"));

        var full = await SyncAsync(shop, SyncKind.Full);

        Assert.True(full.Succeeded, full.Error);
        Assert.Equal(1200, await Scalar("SELECT count(*) FROM products WHERE shop_id = 'unas-sync' AND source = 'unas'"));
        Assert.Equal(600, await Scalar("SELECT count(*) FROM orders WHERE shop_id = 'unas-sync' AND source = 'unas'"));
        Assert.Equal(2, unas.CallsInHour("getProduct:many"));
        Assert.Equal(2, unas.CallsInHour("getOrder:many"));
        Assert.Equal(1, unas.Logins);

        unas.Shop.ChangeProducts(60, DateTimeOffset.UtcNow);
        var incremental = await SyncAsync(shop, SyncKind.Incremental);

        Assert.True(incremental.Succeeded, incremental.Error);
        Assert.Equal(60, incremental.Count("products_changed"));
        Assert.Equal(20, incremental.Count("price_changes"));
    }

    [Fact]
    public async Task SettingsWithoutASecretAreRefused()
    {
        var shop = fixture.Cluster.Client.GetGrain<IShopTenantGrain>("sr-invalid");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => shop.ConfigureSyncAsync(new ShopSyncSettings(Adapters.Shoprenter(_shoprenter, secret: " "))));

        Assert.Contains("client secret is required", error.Message);
    }

    [Fact]
    public async Task AShopperErasedHereIsNotRestoredByTheNextSyncButTheirLaterOrdersAreStored()
    {
        var shop = await ConnectAsync("sr-erased", Adapters.Shoprenter(_shoprenter));
        Assert.True((await SyncAsync(shop, SyncKind.Full)).Succeeded);
        var customer = _shoprenter.Shop.CustomerOf(_shoprenter.Shop.Orders[0]);
        var theirOrders = _shoprenter.Shop.Orders.Count(o => o.CustomerId == customer.Id);
        Assert.True(await MentionsAsync(customer) > theirOrders, "the customer and their orders were not synced");

        var silo = ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services;
        await silo.GetRequiredService<PersonalDataService>().EraseAsync(
            new DataSubject("sr-erased", customer.Email, null), "admin:test", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(0, await MentionsAsync(customer));

        // The platform still holds them: a full sync reads the customer and every order again.
        var again = await SyncAsync(shop, SyncKind.Full);

        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(0, await MentionsAsync(customer));
        Assert.Equal(theirOrders, await Scalar(
            "SELECT count(*) FROM orders WHERE shop_id = 'sr-erased' AND email IS NULL AND phone IS NULL AND customer_name IS NULL AND shipping_address IS NULL AND billing_address IS NULL"));

        var later = new SeedOrder { Id = 99_001, Number = "WS-99001", CustomerId = customer.Id, StatusId = 1, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, Items = _shoprenter.Shop.Orders[0].Items };
        _shoprenter.Shop.Orders.Add(later);

        Assert.True((await SyncAsync(shop, SyncKind.Incremental)).Succeeded);
        Assert.Equal(customer.Email, await fixture.Database.ScalarAsync<string>("SELECT email FROM orders WHERE shop_id = 'sr-erased' AND number LIKE '%99001'"));
    }

    private async Task<long> MentionsAsync(SeedCustomer customer) => await fixture.Database.ScalarAsync<long>(
        """
        SELECT (SELECT count(*) FROM users WHERE shop_id = 'sr-erased' AND (lower(email) = lower($1) OR phone = $2))
             + (SELECT count(*) FROM orders WHERE shop_id = 'sr-erased' AND (lower(email) = lower($1) OR phone = $2))
        """,
        customer.Email,
        customer.Phone);

    private async Task<IShopTenantGrain> ConnectAsync(string shopId, ShopConnection connection)
    {
        var shop = fixture.Cluster.Client.GetGrain<IShopTenantGrain>(shopId);
        await shop.ConfigureSyncAsync(new ShopSyncSettings(connection, LowStockThreshold: 5));
        return shop;
    }

    internal static async Task<SyncReport> SyncAsync(IShopTenantGrain shop, SyncKind kind)
    {
        var before = (await shop.GetSyncStatusAsync()).LastReport;
        var status = await shop.StartSyncAsync(kind);

        // The run continues in the grain; wait for its report (real HTTP and database work, no fake clock to advance).
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while ((status.Running || status.LastReport == before) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            status = await shop.GetSyncStatusAsync();
        }

        return status.LastReport ?? throw new TimeoutException("the sync did not finish");
    }

    private async Task<long> Scalar(string sql) => await fixture.Database.ScalarAsync<long>(sql);
}
