using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.Grains.Shops;
using ChatBuddy.Grains.Shops.Unas;
using ChatBuddy.Tests.Emulators.Shops;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Grains.Tests.Shops;

/// <summary>Builds real adapters (resilient HTTP clients included) pointed at an emulator.</summary>
public static class Adapters
{
    public static ServiceProvider Services(TimeProvider? clock = null) =>
        new ServiceCollection().AddSingleton(clock ?? TimeProvider.System).AddShopAdapters().BuildServiceProvider();

    public static ShopConnection Shoprenter(ShoprenterEmulator emulator, string secret = ShoprenterEmulator.ClientSecret) =>
        new(ShopPlatform.Shoprenter, emulator.BaseUrl, ShoprenterEmulator.ClientId, secret);

    public static ShopConnection Unas(UnasEmulator emulator, string package = "vip", string key = UnasEmulator.ApiKey) =>
        new(ShopPlatform.Unas, emulator.BaseUrl, null, key, package, UnasEmulator.WebhookSecret);

    public static IShopAdapter Create(this ServiceProvider services, ShopConnection connection, UnasCallBudget? budget = null) =>
        services.GetRequiredService<ShopAdapterFactory>().Create(connection, budget);

    public static async Task<List<T>> AllAsync<T>(this IAsyncEnumerable<ShopPage<T>> pages)
    {
        var all = new List<T>();
        await foreach (var page in pages)
        {
            all.AddRange(page.Items);
        }

        return all;
    }
}
