namespace ChatBuddy.Grains.Shops;

/// <summary>Shoprenter order statuses carry only a shop-chosen name; these Hungarian and English word stems say what it means.</summary>
public static class OrderStatusNames
{
    private static readonly (string Stem, OrderStatusCategory Category)[] Stems =
    [
        ("törl", OrderStatusCategory.Cancelled), ("törö", OrderStatusCategory.Cancelled), ("sztornó", OrderStatusCategory.Cancelled),
        ("visszautas", OrderStatusCategory.Cancelled), ("cancel", OrderStatusCategory.Cancelled),
        ("visszaküld", OrderStatusCategory.Returned), ("return", OrderStatusCategory.Returned),
        ("teljesít", OrderStatusCategory.Delivered), ("kézbesít", OrderStatusCategory.Delivered), ("átvé", OrderStatusCategory.Delivered),
        ("complete", OrderStatusCategory.Delivered), ("deliver", OrderStatusCategory.Delivered),
        ("szállít", OrderStatusCategory.Shipped), ("futár", OrderStatusCategory.Shipped), ("postáz", OrderStatusCategory.Shipped), ("ship", OrderStatusCategory.Shipped),
        ("függő", OrderStatusCategory.Pending), ("új", OrderStatusCategory.Pending), ("pending", OrderStatusCategory.Pending),
    ];

    public static OrderStatusCategory Categorise(string name)
    {
        var lower = name.ToLowerInvariant();
        foreach (var (stem, category) in Stems)
        {
            if (lower.Contains(stem, StringComparison.Ordinal))
            {
                return category;
            }
        }

        return OrderStatusCategory.Processing;
    }
}
