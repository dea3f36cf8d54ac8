using System.Text.Json.Nodes;

namespace ChatBuddy.Bench;

/// <summary>Scales the demo catalogue up: copies with new SKUs, varied prices and stock, so the benchmark has realistic rows.</summary>
internal static class Catalogue
{
    public static IEnumerable<string> ScaleUp(IReadOnlyList<string> products, int target)
    {
        var random = new Random(42);
        for (var i = 0; i < target; i++)
        {
            var product = JsonNode.Parse(products[i % products.Count])!.AsObject();
            var copy = i / products.Count;
            if (copy > 0)
            {
                product["sku"] = $"{product["sku"]}-X{copy}";
                product["name"] = $"{product["name"]} ({copy + 1}. változat)";
                var price = Math.Max(490, product["price"]!.GetValue<int>() + (random.Next(-20, 21) * 100));
                product["price"] = price;
                if (product["sale_price"] is JsonValue sale)
                {
                    product["sale_price"] = Math.Min(price, sale.GetValue<int>());
                }

                product["stock"] = random.Next(0, 121);
            }

            yield return product.ToJsonString();
        }
    }
}
