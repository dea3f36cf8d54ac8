using System.Globalization;
using ChatBuddy.Grains.Tenants;

namespace ChatBuddy.Grains.Demo;

/// <summary>
/// A realistic Hungarian general webshop for demos: products, orders and policies in the import formats.
/// The same seed gives byte-identical output on every machine.
/// </summary>
public static class DemoShopGenerator
{
    public const string ShopId = "demo";
    public const string ShopName = "Hétköznapi Bolt";
    public const string Domain = "demo.chatbuddy.hu";

    public static DemoShop Generate(int seed = 20261120)
    {
        // Interpolated numbers follow the current culture; pin it so no host setting can leak into the text.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            // Separate streams, so extending the catalogue does not reshuffle the customers.
            var products = ProductCatalog.Generate(new DemoRandom(seed));
            var customers = DemoPeople.Create(new DemoRandom(unchecked(seed + 1)), 260);
            var orders = new OrderGenerator(new DemoRandom(unchecked(seed + 2)), products, customers).Generate();
            return new DemoShop(products.Select(DemoJson.ProductLine).ToList(), orders, DemoPolicies.All);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}

/// <summary>The generated demo shop: one JSON object per product and per order line, plus the policy pages.</summary>
public sealed record DemoShop(
    IReadOnlyList<string> ProductLines,
    IReadOnlyList<string> OrderLines,
    IReadOnlyList<ShopPolicy> Policies);
