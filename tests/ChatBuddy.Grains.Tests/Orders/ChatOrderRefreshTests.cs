using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Tests.Shops;
using ChatBuddy.Tests.Emulators.Shops;

namespace ChatBuddy.Grains.Tests.Orders;

/// <summary>Order status in chat comes from the synced copy, refreshed live from the platform when that copy is older than ChatBuddy:Sync:OrderRefreshAfter (5 minutes here).</summary>
[Collection(ClusterCollection.Name)]
public sealed class ChatOrderRefreshTests(ClusterFixture fixture) : IAsyncLifetime
{
    private UnasEmulator _unas = null!;

    public async ValueTask InitializeAsync() =>
        _unas = await UnasEmulator.StartAsync(ShopSeed.Generate(products: 20, orders: 30, DateTimeOffset.UtcNow, seed: 5));

    public async ValueTask DisposeAsync() => await _unas.DisposeAsync();

    [Fact]
    public async Task AVerifiedShopperAskingAboutAStaleOrderGetsTheStatusItHasNowOnThePlatform()
    {
        var (shopId, order, email) = await SyncedShopAsync("live-stale");
        await AgeAsync(shopId, order.Number);
        SetStatus(order, 3);

        var reply = await AskAsync(shopId, $"Hol tart a {order.Number} rendelésem? {email}");

        Assert.Equal("order_status", reply.Agent);
        Assert.Contains("Szállítás alatt", reply.Text);
        Assert.Contains("Szállítási cím: ", reply.Text);
        Assert.Contains(_unas.Shop.ShippingAddressOf(order).City, reply.Text);
        Assert.Equal("shipped", await fixture.Database.ScalarAsync<string>("SELECT status FROM orders WHERE shop_id = $1 AND number = $2", shopId, order.Number));
    }

    [Fact]
    public async Task AFreshlySyncedOrderIsShownWithoutAskingThePlatform()
    {
        var (shopId, order, email) = await SyncedShopAsync("live-fresh");
        SetStatus(order, 3);
        var requests = _unas.Requests;

        var reply = await AskAsync(shopId, $"Hol tart a {order.Number} rendelésem? {email}");

        Assert.Contains("Függőben", reply.Text);
        Assert.Equal(requests, _unas.Requests);
    }

    [Fact]
    public async Task WhenThePlatformIsDownTheStoredCopyAnswersWithinTheTimeout()
    {
        var (shopId, order, email) = await SyncedShopAsync("live-down");
        await AgeAsync(shopId, order.Number);
        await _unas.DisposeAsync();
        var started = DateTime.UtcNow;

        var reply = await AskAsync(shopId, $"Hol tart a {order.Number} rendelésem? {email}");

        Assert.Contains("Függőben", reply.Text);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15), $"answered after {DateTime.UtcNow - started}");
    }

    [Fact]
    public async Task AnUnverifiedShopperTriggersNoPlatformCall()
    {
        var (shopId, order, _) = await SyncedShopAsync("live-unverified");
        await AgeAsync(shopId, order.Number);
        var requests = _unas.Requests;

        var reply = await AskAsync(shopId, $"Hol tart a {order.Number} rendelésem? nem.en@example.hu");

        Assert.DoesNotContain("Függőben", reply.Text);
        Assert.Equal(requests, _unas.Requests);
    }

    private async Task<(string ShopId, SeedOrder Order, string Email)> SyncedShopAsync(string shopId)
    {
        var shop = fixture.Cluster.Client.GetGrain<IShopTenantGrain>(shopId);
        await shop.ConfigureSyncAsync(new ShopSyncSettings(Adapters.Unas(_unas)));
        var report = await ShopSyncTests.SyncAsync(shop, SyncKind.Full);
        Assert.True(report.Succeeded, report.Error);
        var order = _unas.Shop.Orders.First(o => o.StatusId == 1);
        return (shopId, order, _unas.Shop.CustomerOf(order).Email);
    }

    /// <summary>Makes the synced copy an hour old, as if the last sync of this order was long ago.</summary>
    private Task<int> AgeAsync(string shopId, string number) =>
        fixture.Database.ScalarAsync<int>("UPDATE orders SET synced_at = now() - interval '1 hour' WHERE shop_id = $1 AND number = $2", shopId, number);

    private void SetStatus(SeedOrder order, int statusId)
    {
        lock (_unas.Shop.Sync)
        {
            order.StatusId = statusId;
            order.UpdatedAt = DateTimeOffset.UtcNow;
        }
    }

    private async Task<ChatReply> AskAsync(string shopId, string text)
    {
        var session = fixture.Cluster.Client.GetGrain<IChatSessionGrain>(GrainKeys.ForShop(shopId, Guid.NewGuid().ToString()));
        ChatReply? reply = null;
        await foreach (var chatEvent in session.ChatAsync(new ChatTurn(text, Locale: "hu"), TestContext.Current.CancellationToken))
        {
            reply = chatEvent as ChatReply ?? reply;
        }

        return reply ?? throw new InvalidOperationException("the session gave no reply");
    }
}
