using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.Grains.Shops.Shoprenter;
using ChatBuddy.Grains.Shops.Unas;

namespace ChatBuddy.Grains.Shops;

/// <summary>Builds the adapter for a shop's platform on the shared, resilient HTTP clients.</summary>
public sealed class ShopAdapterFactory(IHttpClientFactory clients, TimeProvider clock)
{
    public const string ShoprenterClient = "shoprenter";
    public const string UnasClient = "unas";

    // The UNAS budget is the shop's call ledger, carried from run to run so the hourly limits hold across runs.
    public IShopAdapter Create(ShopConnection connection, UnasCallBudget? unasBudget = null) => connection.Platform switch
    {
        ShopPlatform.Shoprenter => new ShoprenterAdapter(new ShoprenterApi(clients.CreateClient(ShoprenterClient), connection, clock)),
        ShopPlatform.Unas => new UnasAdapter(new UnasApi(clients.CreateClient(UnasClient), connection, unasBudget ?? new UnasCallBudget(connection.Package, clock), clock)),
        _ => throw new ArgumentOutOfRangeException(nameof(connection), connection.Platform, "unknown platform"),
    };
}
