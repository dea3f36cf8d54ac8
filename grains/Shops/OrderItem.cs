namespace ChatBuddy.Grains.Shops;

/// <summary>One order line; unit prices per piece.</summary>
public sealed record OrderItem(string Sku, string Name, int Quantity, decimal UnitNet, decimal UnitGross, decimal TaxRate, OrderItemKind Kind);

public enum OrderItemKind
{
    Product,
    Shipping,
    Fee,
    Discount,
}
