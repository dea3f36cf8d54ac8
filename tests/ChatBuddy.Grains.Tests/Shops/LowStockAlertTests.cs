using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Notifications;
using ChatBuddy.Grains.Tests.Notifications;
using ChatBuddy.Tests.Emulators.Email;
using ChatBuddy.Tests.Emulators.Shops;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Grains.Tests.Shops;

[Collection(ClusterCollection.Name)]
public sealed class LowStockAlertTests(ClusterFixture fixture) : IAsyncLifetime
{
    private ShoprenterEmulator _shoprenter = null!;
    private SendGridEmulator _sendGrid = null!;

    public async ValueTask InitializeAsync()
    {
        _shoprenter = await ShoprenterEmulator.StartAsync(ShopSeed.Generate(products: 60, orders: 12, DateTimeOffset.UtcNow, seed: 11));
        _sendGrid = await SendGridEmulator.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _sendGrid.DisposeAsync();
        await _shoprenter.DisposeAsync();
    }

    [Fact]
    public async Task ASyncThatDropsAProductBelowTheThresholdSendsExactlyOneCorrectEmail()
    {
        var shop = await ConnectAsync("alert-hu", "raktar@example.hu");
        Assert.True((await ShopSyncTests.SyncAsync(shop, SyncKind.Full)).Succeeded);
        var product = WellStocked(10);
        SetStock(product, 2);

        var report = await ShopSyncTests.SyncAsync(shop, SyncKind.Incremental);

        Assert.True(report.Succeeded, report.Error);
        Assert.Equal(1, report.Count("stock_alerts"));
        Assert.Equal(1, report.Count("alert_emails"));

        // The cluster has no provider configured: the mail waits in the outbox.
        Assert.Equal("pending", await fixture.Database.ScalarAsync<string>("SELECT status FROM email_outbox WHERE shop_id = 'alert-hu'"));
        Assert.Equal(0, await fixture.Database.ScalarAsync<int>("SELECT attempts FROM email_outbox WHERE shop_id = 'alert-hu'"));

        await using var services = EmailOutboxTests.SendGridServices(fixture.Database, _sendGrid);
        var dispatcher = services.GetRequiredService<EmailDispatcher>();
        // The outbox is shared with the other tests of the cluster: other shops' mails may go out too.
        Assert.True(await dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken) >= 1);
        var mail = Assert.Single(_sendGrid.Sent, m => m.To == "raktar@example.hu");
        Assert.Equal("raktar@example.hu", mail.To);
        Assert.Equal($"Alacsony készlet: {product.Name} ({product.Sku})", mail.Subject);
        Assert.Contains($"A(z) {product.Name} (cikkszám: {product.Sku}) készlete", mail.Text);
        Assert.Contains("darabról 2 darabra csökkent", mail.Text);
        Assert.Contains("5 darabos készletküszöböt", mail.Text);

        // Falling further below the threshold is not a new crossing: no second mail.
        SetStock(product, 1);
        var again = await ShopSyncTests.SyncAsync(shop, SyncKind.Incremental);
        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(0, again.Count("alert_emails"));
        await dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken);
        Assert.Single(_sendGrid.Sent, m => m.To == "raktar@example.hu");
        Assert.Equal(1, await fixture.Database.ScalarAsync<int>("SELECT count(*) FROM email_outbox WHERE shop_id = 'alert-hu'"));
        Assert.Equal(0, await fixture.Database.ScalarAsync<int>("SELECT count(*) FROM stock_alerts WHERE shop_id = 'alert-hu' AND notified_at IS NULL"));
    }

    [Fact]
    public async Task AnEnglishShopGetsItsAlertInEnglishAndAShopWithoutAnAddressGetsNone()
    {
        var english = await ConnectAsync("alert-en", "stock@example.com");
        await english.UpdateSettingsAsync(ShopSettings.Default("Example Store") with { Locale = "en" });
        var silent = await ConnectAsync("alert-none", null);
        Assert.True((await ShopSyncTests.SyncAsync(english, SyncKind.Full)).Succeeded);
        Assert.True((await ShopSyncTests.SyncAsync(silent, SyncKind.Full)).Succeeded);
        var product = WellStocked(20);
        SetStock(product, 0);

        Assert.Equal(1, (await ShopSyncTests.SyncAsync(english, SyncKind.Incremental)).Count("alert_emails"));
        var silentReport = await ShopSyncTests.SyncAsync(silent, SyncKind.Incremental);

        Assert.Equal(1, silentReport.Count("stock_alerts"));
        Assert.Equal(0, silentReport.Count("alert_emails"));
        Assert.Equal(0, await fixture.Database.ScalarAsync<int>("SELECT count(*) FROM email_outbox WHERE shop_id = 'alert-none'"));
        Assert.Equal($"Low stock: {product.Name} ({product.Sku})", await fixture.Database.ScalarAsync<string>("SELECT subject FROM email_outbox WHERE shop_id = 'alert-en'"));
        Assert.Contains("fell from", await fixture.Database.ScalarAsync<string>("SELECT text_body FROM email_outbox WHERE shop_id = 'alert-en'"));
        Assert.Equal("stock@example.com", await fixture.Database.ScalarAsync<string>("SELECT to_address FROM email_outbox WHERE shop_id = 'alert-en'"));
    }

    [Fact]
    public async Task AnInvalidAlertAddressIsRefused()
    {
        var shop = fixture.Cluster.Client.GetGrain<IShopTenantGrain>("alert-invalid");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => shop.ConfigureSyncAsync(new ShopSyncSettings(Adapters.Shoprenter(_shoprenter), AlertEmail: "raktar")));

        Assert.Contains("alert address must be an e-mail address", error.Message);
    }

    private SeedProduct WellStocked(int skip) =>
        _shoprenter.Shop.Products.Where(p => p.ParentId is null && p.Stocks.Sum() > 5).Skip(skip).First();

    /// <summary>Sets a product's stock on the platform, as a shop owner's change.</summary>
    private void SetStock(SeedProduct product, int stock)
    {
        lock (_shoprenter.Shop.Sync)
        {
            product.Stocks[0] = stock;
            product.Stocks[1] = product.Stocks[2] = product.Stocks[3] = 0;
            product.UpdatedAt = DateTimeOffset.UtcNow;
        }
    }

    private async Task<IShopTenantGrain> ConnectAsync(string shopId, string? alertEmail)
    {
        var shop = fixture.Cluster.Client.GetGrain<IShopTenantGrain>(shopId);
        await shop.ConfigureSyncAsync(new ShopSyncSettings(Adapters.Shoprenter(_shoprenter), LowStockThreshold: 5, AlertEmail: alertEmail));
        return shop;
    }
}
