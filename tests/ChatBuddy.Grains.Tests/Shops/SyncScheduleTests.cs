using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Shops.Sync;
using ChatBuddy.Tests.Emulators.Shops;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ChatBuddy.Grains.Tests.Shops;

[Collection(ClusterCollection.Name)]
public sealed class SyncScheduleTests(ClusterFixture fixture)
{
    [Fact]
    public async Task TheClusteredPostgresScheduleStartsASyncForAConnectedShop()
    {
        await using var emulator = await ShoprenterEmulator.StartAsync(ShopSeed.Generate(products: 50, orders: 10, DateTimeOffset.UtcNow));
        var shop = fixture.Cluster.Client.GetGrain<IShopTenantGrain>("sr-scheduled");
        await shop.ConfigureSyncAsync(new ShopSyncSettings(Adapters.Shoprenter(emulator)));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatBuddy:Sync:JobStore"] = "postgres",
            ["ChatBuddy:Sync:SweepSeconds"] = "3600",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IGrainFactory>(fixture.Cluster.Client)
            .AddSingleton(new SyncSettingsStore(fixture.Database.DataSource))
            .AddShopSyncSchedule(configuration, fixture.Database.ConnectionString);
        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);

        await scheduler.Start(TestContext.Current.CancellationToken);
        var status = await shop.GetSyncStatusAsync();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (status.LastReport is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            status = await shop.GetSyncStatusAsync();
        }

        await scheduler.Shutdown(waitForJobsToComplete: true, TestContext.Current.CancellationToken);
        Assert.True(status.LastReport?.Succeeded, status.LastReport?.Error ?? "no sync ran");
        Assert.Equal(SyncKind.Full, status.LastReport!.Kind);
        Assert.Equal(1, await fixture.Database.ScalarAsync<int>("SELECT count(*) FROM qrtz_job_details WHERE job_name = 'shop-sync-sweep'"));
        Assert.False(await shop.SyncIfDueAsync());
    }
}
