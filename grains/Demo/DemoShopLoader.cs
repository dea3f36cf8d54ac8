using System.Text;
using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Catalog.Embeddings;
using ChatBuddy.Grains.Import;
using ChatBuddy.Grains.Orders;
using ChatBuddy.Grains.Tenants;

namespace ChatBuddy.Grains.Demo;

/// <summary>Loads the generated demo shop through the same import path a real shop's files take.</summary>
public sealed class DemoShopLoader(ShopRepository shops, ProductImporter products, OrderImporter orders, EmbeddingIndexer embeddings, Marketing.PromotionStore promotions)
{
    public async Task<(ImportReport Products, ImportReport Orders)> LoadAsync(DemoShop demo, CancellationToken cancellationToken = default)
    {
        await shops.EnsureAsync(DemoShopGenerator.ShopId, DemoShopGenerator.ShopName, DemoShopGenerator.Domain, cancellationToken);
        foreach (var policy in demo.Policies)
        {
            await shops.UpsertPolicyAsync(DemoShopGenerator.ShopId, policy, cancellationToken);
        }

        foreach (var promotion in DemoPromotions.All)
        {
            await promotions.AddAsync(DemoShopGenerator.ShopId, promotion, DemoPromotions.StartsAt, cancellationToken);
        }

        await using var productStream = AsStream(demo.ProductLines);
        var productReport = await products.ImportAsync(DemoShopGenerator.ShopId, productStream, cancellationToken: cancellationToken);
        await using var orderStream = AsStream(demo.OrderLines);
        var orderReport = await orders.ImportAsync(DemoShopGenerator.ShopId, orderStream, cancellationToken: cancellationToken);
        await embeddings.RefreshAsync(DemoShopGenerator.ShopId, cancellationToken: cancellationToken);
        return (productReport, orderReport);
    }

    /// <summary>Writes the demo shop as files: the committed copy under demo/ is this output.</summary>
    public static async Task WriteAsync(DemoShop demo, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.Combine(directory, "policies"));
        await File.WriteAllTextAsync(Path.Combine(directory, "products.jsonl"), Join(demo.ProductLines), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "orders.jsonl"), Join(demo.OrderLines), cancellationToken);
        foreach (var policy in demo.Policies)
        {
            var page = $"# {policy.Title}\n\n{policy.Body.TrimEnd()}\n";
            await File.WriteAllTextAsync(Path.Combine(directory, "policies", policy.Kind + ".md"), page, cancellationToken);
        }
    }

    private static string Join(IReadOnlyList<string> lines) => string.Join('\n', lines) + "\n";

    private static MemoryStream AsStream(IReadOnlyList<string> lines) => new(Encoding.UTF8.GetBytes(Join(lines)));
}
