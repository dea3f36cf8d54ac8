using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Tests.Emulators.Shops;
using ChatBuddy.Tests.Infrastructure;
using Orleans.TestingHost;

namespace ChatBuddy.Grains.Tests.Shops;

/// <summary>
/// A two-silo cluster of its own (real PostgreSQL storage): the silo running a shop's sync is killed
/// half-way, and the next scheduled run on the surviving silo finishes it with no duplicates and nothing lost.
/// </summary>
public sealed class SiloTakeoverTests : IAsyncLifetime
{
    private const string ConnectionStringKey = "ChatBuddyTests:ConnectionString";
    private readonly TestDatabase _database = new();
    private TestCluster _cluster = null!;
    private ShoprenterEmulator _shoprenter = null!;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        var builder = new TestClusterBuilder(2);
        builder.Properties[ConnectionStringKey] = _database.ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        _shoprenter = await ShoprenterEmulator.StartAsync(ShopSeed.Generate(products: 1600, orders: 400, DateTimeOffset.UtcNow, seed: 3));
    }

    public async ValueTask DisposeAsync()
    {
        await _shoprenter.DisposeAsync();
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ASyncWhoseSiloIsKilledHalfWayIsFinishedOnTheOtherSiloWithoutDuplicatesOrLoss()
    {
        var shop = _cluster.Client.GetGrain<IShopTenantGrain>("takeover");
        await shop.ConfigureSyncAsync(new ShopSyncSettings(Adapters.Shoprenter(_shoprenter)));
        Assert.True(await shop.SyncIfDueAsync());
        var status = await WaitAsync(shop, s => s.Running && s.Resource == "products" && s.Done >= 400);
        Assert.True(status.Running, "the sync finished before its silo could be killed");

        var management = _cluster.Client.GetGrain<IManagementGrain>(0);
        var running = await management.GetActivationAddress(shop);
        var doomed = _cluster.Silos.Single(s => s.SiloAddress.Equals(running));
        await _cluster.KillSiloAsync(doomed);
        var halfWay = await Scalar("SELECT count(*) FROM products WHERE shop_id = 'takeover'");
        Assert.InRange(halfWay, 1, 1599);
        await _cluster.WaitForLivenessToStabilizeAsync();

        // The schedule's next visit (what the Quartz sweep job calls) activates the shop on the surviving silo.
        Assert.True(await shop.SyncIfDueAsync());
        var survivor = await management.GetActivationAddress(shop);
        Assert.NotNull(survivor);
        Assert.NotEqual(running, survivor);
        var finished = await WaitAsync(shop, s => !s.Running && s.LastReport is not null);

        var report = finished.LastReport!;
        Assert.True(report.Succeeded, report.Error);
        Assert.Equal(SyncKind.Full, report.Kind);
        Assert.Equal(1600, await Scalar("SELECT count(*) FROM products WHERE shop_id = 'takeover'"));
        Assert.Equal(1600, await Scalar("SELECT count(DISTINCT external_id) FROM products WHERE shop_id = 'takeover' AND source = 'shoprenter'"));
        Assert.Equal(_shoprenter.Shop.Products.Sum(p => p.Stocks.Sum()), await Scalar("SELECT sum(stock) FROM products WHERE shop_id = 'takeover'"));
        Assert.Equal(400, await Scalar("SELECT count(*) FROM orders WHERE shop_id = 'takeover'"));
        Assert.Equal(_shoprenter.Shop.Orders.Sum(o => o.Items.Count), await Scalar("SELECT count(*) FROM order_items WHERE shop_id = 'takeover'"));
        Assert.Equal(_shoprenter.Shop.Customers.Count, await Scalar("SELECT count(*) FROM users WHERE shop_id = 'takeover'"));
        Assert.Equal(1, await Scalar("SELECT count(*) FROM shop_sync_runs WHERE shop_id = 'takeover' AND status = 'succeeded'"));
        Assert.Equal(1, await Scalar("SELECT count(*) FROM shop_sync_runs WHERE shop_id = 'takeover' AND status = 'running'"));
        Assert.NotNull(await shop.GetWatermarkAsync("shoprenter.orders"));
    }

    private static async Task<SyncStatus> WaitAsync(IShopTenantGrain shop, Func<SyncStatus, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        var status = await shop.GetSyncStatusAsync();
        while (!condition(status) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25, TestContext.Current.CancellationToken);
            status = await shop.GetSyncStatusAsync();
        }

        return status;
    }

    private async Task<long> Scalar(string sql) => await _database.ScalarAsync<long>(sql);

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.AddChatBuddyStorage(siloBuilder.Configuration[ConnectionStringKey]!);
    }
}
