namespace ChatBuddy.Grains.Shops;

/// <summary>A platform order status and what it means for ChatBuddy's order states.</summary>
public sealed record OrderStatus(string ExternalId, string Name, OrderStatusCategory Category);

public enum OrderStatusCategory
{
    Pending,
    Processing,
    Shipped,
    Delivered,
    Cancelled,
    Returned,
}
