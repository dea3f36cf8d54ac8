using System.Diagnostics;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Tests.Emulators.Shops;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Frontend.Tests.Cli;

[Collection(FrontendCollection.Name)]
public sealed class SyncCommandTests(FrontendFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASyncWhoseProcessIsKilledHalfWayIsCompletedByTheNextRunWithoutDuplicates()
    {
        await using var shoprenter = await ShoprenterEmulator.StartAsync(ShopSeed.Generate(products: 2000, orders: 300, DateTimeOffset.UtcNow));
        string[] arguments = ["sync", "--platform", "shoprenter", "--base-url", shoprenter.BaseUrl.ToString(), "--client-id", ShoprenterEmulator.ClientId, "--shop", "killed-shop"];

        using (var first = Start([.. arguments, "--full"]))
        {
            // Kill the process (and its silo) once part of the catalogue has landed.
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (await Products() < 400 && !first.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, Ct);
            }

            Assert.False(first.HasExited, "the sync finished before it could be killed");
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(Ct);
        }

        var landed = await Products();
        Assert.InRange(landed, 400, 1999);

        using var second = Start(arguments);
        var output = await second.StandardOutput.ReadToEndAsync(Ct);
        await second.WaitForExitAsync(Ct);

        Assert.True(second.ExitCode == 0, output + await second.StandardError.ReadToEndAsync(Ct));
        Assert.Contains("sync of shop killed-shop from Shoprenter finished", output);
        Assert.Equal(2000, await Products());
        Assert.Equal(300, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM orders WHERE shop_id = 'killed-shop'"));
        Assert.Equal(shoprenter.Shop.Orders.Sum(o => o.Items.Count), await factory.Database.ScalarAsync<long>("SELECT count(*) FROM order_items WHERE shop_id = 'killed-shop'"));
    }

    [Fact]
    public async Task TheServersScheduledSyncWaitsForACliSyncOfTheSameShopInsteadOfCollidingWithIt()
    {
        // The CLI runs its own private silo on the server's database, so the shop's tenant grain is
        // active twice: once in the CLI, once in the server whose schedule finds the shop due.
        await using var shoprenter = await ShoprenterEmulator.StartAsync(ShopSeed.Generate(products: 2000, orders: 300, DateTimeOffset.UtcNow));
        using var cli = Start(["sync", "--platform", "shoprenter", "--base-url", shoprenter.BaseUrl.ToString(), "--client-id", ShoprenterEmulator.ClientId, "--shop", "twice-shop", "--full"]);
        var cliOutput = cli.StandardOutput.ReadToEndAsync(Ct);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await Products("twice-shop") < 200 && !cli.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, Ct);
        }

        Assert.False(cli.HasExited, "the CLI sync finished before the server's could start");
        var server = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IShopTenantGrain>("twice-shop");
        Assert.True(await server.SyncIfDueAsync());

        var sawWaiting = false;
        while (!cli.HasExited)
        {
            sawWaiting |= (await server.GetSyncStatusAsync()).Resource == "waiting for another sync of this shop";
            await Task.Delay(50, Ct);
        }

        await cli.WaitForExitAsync(Ct);
        Assert.True(cli.ExitCode == 0, await cliOutput + await cli.StandardError.ReadToEndAsync(Ct));
        Assert.Contains("sync of shop twice-shop from Shoprenter finished", await cliOutput);
        Assert.True(sawWaiting, "the server's sync did not wait for the CLI's");

        var status = await server.GetSyncStatusAsync();
        for (deadline = DateTime.UtcNow.AddMinutes(3); status.Running && DateTime.UtcNow < deadline; status = await server.GetSyncStatusAsync())
        {
            await Task.Delay(200, Ct);
        }

        Assert.False(status.Running, "the server's sync did not finish");
        Assert.True(status.LastReport!.Succeeded, status.LastReport.Error);
        Assert.Equal(2000, await Products("twice-shop"));
        Assert.Equal(300, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM orders WHERE shop_id = 'twice-shop'"));
        Assert.Equal(shoprenter.Shop.Orders.Sum(o => o.Items.Count), await factory.Database.ScalarAsync<long>("SELECT count(*) FROM order_items WHERE shop_id = 'twice-shop'"));
    }

    [Fact]
    public async Task BadSyncArgumentsAreExplainedNotThrown()
    {
        using var process = Start(["sync", "--platform", "woocommerce", "--base-url", "not a url"]);
        var output = await process.StandardOutput.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--platform must be 'shoprenter' or 'unas'", output);
        Assert.Contains("--base-url must be an absolute URL", output);
    }

    private Task<long> Products(string shopId = "killed-shop") =>
        factory.Database.ScalarAsync<long>($"SELECT count(*) FROM products WHERE shop_id = '{shopId}' AND is_active");

    private Process Start(string[] arguments) => CliProcess.Start(arguments, new Dictionary<string, string>
    {
        ["CHATBUDDY_DATABASE"] = factory.Database.ConnectionString,
        ["CHATBUDDY_SHOPRENTER_CLIENT_SECRET"] = ShoprenterEmulator.ClientSecret,
    });
}
