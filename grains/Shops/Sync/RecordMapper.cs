using System.Text.Json;
using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Import;
using ChatBuddy.Grains.Orders;

namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>Turns unified platform records into the rows the importers write, with the importers' limits.</summary>
public static class RecordMapper
{
    public static ProductRecord Product(Product product, IReadOnlyDictionary<string, string> categoryPaths, DateTimeOffset now)
    {
        if (product.Sku.Length is 0 or > 64 || product.Sku.Any(char.IsWhiteSpace))
        {
            throw new ImportFieldException($"SKU '{product.Sku}' is empty, longer than 64 characters or contains spaces");
        }

        var normal = product.NormalPrice ?? (product.Prices.Count > 0 ? product.Prices[0] : null) ?? throw new ImportFieldException($"product {product.Sku} has no price");
        var price = Money(normal.Gross);
        var sale = product.SalePriceAt(now) is { } s ? Money(s.Gross) : (int?)null;
        var category = product.CategoryIds.Select(id => categoryPaths.GetValueOrDefault(id)).FirstOrDefault(p => p is not null);
        var attributes = product.ParentExternalId is null ? "{}" : JsonSerializer.Serialize(new SortedDictionary<string, object>(StringComparer.Ordinal) { ["variant_of"] = product.ParentExternalId });
        return new ProductRecord(
            Sku: product.Sku,
            Name: Clip(product.Name, 300),
            Description: Clip(product.Description, ProductRecord.MaxDescriptionLength),
            Category: category,
            Brand: product.Brand is { Length: > 0 } brand ? Clip(brand, 120) : null,
            Price: price,
            SalePrice: sale < price ? sale : null,
            Currency: normal.Currency.Length == 3 ? normal.Currency.ToUpperInvariant() : "HUF",
            Stock: product.TotalStock,
            Url: product.Url,
            ImageUrl: product.ImageUrl,
            AttributesJson: attributes);
    }

    /// <summary>An order without status (an abandoned cart) or without product lines is not an order to show; null then.</summary>
    public static OrderRecord? Order(Order order)
    {
        if (order.Status is null)
        {
            return null;
        }

        var items = order.Items
            .Where(i => i.Kind == OrderItemKind.Product && i.Quantity > 0)
            .Select(i => new OrderItemRecord(Clip(i.Sku, 64), Clip(i.Name, 300), i.Quantity, Money(i.UnitGross)))
            .ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var shipping = order.Items.Where(i => i.Kind == OrderItemKind.Shipping).Sum(i => i.UnitGross * i.Quantity);
        return new OrderRecord(
            Number: Clip(order.Number, 64),
            Email: order.Email,
            Phone: order.Phone,
            CustomerName: order.CustomerName,
            Status: Status(order.Status.Category),
            StatusText: order.Status.Name,
            CreatedAt: order.CreatedAt,
            UpdatedAt: order.UpdatedAt,
            Items: items,
            ShippingFee: Money(Math.Max(0, shipping)),
            Total: Money(Math.Max(0, order.TotalGross)),
            Currency: order.Currency,
            ShippingMethod: order.ShippingMethod,
            TrackingNumber: order.TrackingNumber,
            TrackingUrl: order.TrackingUrl,
            PaymentMethod: order.PaymentMethod,
            PaymentStatus: order.PaymentStatus,
            ExpectedDelivery: null);
    }

    public static string Status(OrderStatusCategory category) => category switch
    {
        OrderStatusCategory.Pending => "pending",
        OrderStatusCategory.Shipped => "shipped",
        OrderStatusCategory.Delivered => "delivered",
        OrderStatusCategory.Cancelled => "cancelled",
        OrderStatusCategory.Returned => "returned",
        _ => "processing",
    };

    /// <summary>Category paths ("A > B") from the platform's flat list with parent links.</summary>
    public static Dictionary<string, string> CategoryPaths(IReadOnlyCollection<Category> categories)
    {
        var byId = categories.GroupBy(c => c.ExternalId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var category in byId.Values)
        {
            var names = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var current = category; current is not null && seen.Add(current.ExternalId) && names.Count < CategoryPath.MaxDepth; current = current.ParentId is { } parent ? byId.GetValueOrDefault(parent) : null)
            {
                names.Insert(0, current.Name.Replace(">", "-", StringComparison.Ordinal).Trim() is { Length: > 0 } name ? name : current.ExternalId);
            }

            paths[category.ExternalId] = string.Join(CategoryPath.Separator, names);
        }

        return paths;
    }

    private static int Money(decimal value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
