using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using StackExchange.Redis;

namespace ChatBuddy.Grains.Tests.Hosting;

/// <summary>
/// Two real silos built by the production configuration code, clustered through the local Redis,
/// with grain state in PostgreSQL: they form one cluster, and a grain survives the loss of its silo.
/// </summary>
public sealed class RedisClusteringTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private readonly string _clusterId = "redis-test-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task TwoSilosFormOneClusterAndAGrainOutlivesItsSilo()
    {
        using var silo1 = await StartSiloAsync();
        using var silo2 = await StartSiloAsync();
        using var client = await StartClientAsync();
        var management = client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0);
        await WaitUntilAsync(async () => (await management.GetHosts(onlyActive: true)).Count == 2);

        var shop = client.Services.GetRequiredService<IClusterClient>().GetGrain<IShopTenantGrain>("redis-shop");
        await shop.UpdateSettingsAsync(ShopSettings.Default("Redis bolt") with { FormalRegister = true });
        await silo1.StopAsync(TestContext.Current.CancellationToken);
        await silo2.StopAsync(TestContext.Current.CancellationToken);
        using var silo3 = await StartSiloAsync();
        await WaitUntilAsync(async () => (await management.GetHosts(onlyActive: true)).Count == 1);

        ShopSettings? reloaded = null;
        await WaitUntilAsync(async () => (reloaded = await shop.GetSettingsAsync()) is not null);

        Assert.NotNull(reloaded);
        Assert.True(reloaded.FormalRegister);
        Assert.Equal("Redis bolt", reloaded.Name);
    }

    private async Task<IHost> StartSiloAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(Settings(FreePorts.Next(), FreePorts.Next()));
        builder.UseOrleans(silo => silo.AddChatBuddySilo(builder.Configuration));
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    private async Task<IHost> StartClientAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (_clusterId, _clusterId))
            .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromMilliseconds(500))
            .UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(RedisConnection)));
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    private Dictionary<string, string?> Settings(int siloPort, int gatewayPort) => new()
    {
        ["ChatBuddy:Database:ConnectionString"] = db.ConnectionString,
        ["ChatBuddy:Orleans:Clustering"] = "redis",
        ["ChatBuddy:Orleans:Redis"] = RedisConnection,
        ["ChatBuddy:Orleans:ClusterId"] = _clusterId,
        ["ChatBuddy:Orleans:ServiceId"] = _clusterId,
        ["ChatBuddy:Orleans:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ChatBuddy:Orleans:GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string RedisConnection => Environment.GetEnvironmentVariable("CHATBUDDY_REDIS") is { Length: > 0 } redis ? redis : "127.0.0.1:6379";

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        // While silos come and go the client may briefly have no gateway: such failures mean "not yet".
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is OrleansException or TimeoutException && !timeout.IsCancellationRequested)
            {
            }

            await Task.Delay(200, timeout.Token);
        }
    }
}
