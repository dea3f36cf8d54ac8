using ChatBuddy.GrainInterfaces.Tenants;

namespace ChatBuddy.Grains.Tests.Tenants;

[Collection(ClusterCollection.Name)]
public sealed class ShopTenantGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AnUnknownShopHasNoSettings()
    {
        Assert.Null(await fixture.Cluster.Client.GetGrain<IShopTenantGrain>("no-such-shop").GetSettingsAsync());
    }

    [Fact]
    public async Task SettingsArePersistedAndSurviveDeactivation()
    {
        var shop = fixture.Cluster.Client.GetGrain<IShopTenantGrain>("tenant-persist");
        var settings = ShopSettings.Default("Kert és Otthon") with { FormalRegister = true, Discounts = new DiscountPolicy(15, 20_000, true, TimeSpan.FromDays(3)) };

        await shop.UpdateSettingsAsync(settings);
        await fixture.DeactivateAllAsync();
        var reloaded = await shop.GetSettingsAsync();

        Assert.NotNull(reloaded);
        Assert.True(reloaded.FormalRegister);
        Assert.Equal(15, reloaded.Discounts.MaxPercent);
        Assert.Equal("Kert és Otthon", await fixture.Database.ScalarAsync<string>("SELECT name FROM shops WHERE id = 'tenant-persist'"));
    }

    [Fact]
    public async Task InvalidSettingsAreRefused()
    {
        var shop = fixture.Cluster.Client.GetGrain<IShopTenantGrain>("tenant-invalid");
        var settings = ShopSettings.Default("X") with { Discounts = new DiscountPolicy(95, 0, true, TimeSpan.FromDays(1)) };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => shop.UpdateSettingsAsync(settings));

        Assert.Contains("discount cap", error.Message);
    }

    [Fact]
    public async Task WatermarksOnlyMoveForward()
    {
        var shop = fixture.Cluster.Client.GetGrain<IShopTenantGrain>("tenant-watermark");
        var later = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

        await shop.AdvanceWatermarkAsync("products", later);
        await shop.AdvanceWatermarkAsync("products", later.AddHours(-1));
        await fixture.DeactivateAllAsync();

        Assert.Equal(later, await shop.GetWatermarkAsync("products"));
        Assert.Null(await shop.GetWatermarkAsync("orders"));
    }
}
