namespace ChatBuddy.Grains.Shops;

/// <summary>An order with its lines; fees and discounts are lines of their own kind, never products.</summary>
public sealed record Order(
    string ExternalId,
    string Number,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    OrderStatus? Status,
    string Currency,
    decimal TotalGross,
    Customer? Customer,
    string? Email,
    string? Phone,
    string? CustomerName,
    Address? Shipping,
    Address? Billing,
    string? PaymentMethod,
    string? PaymentStatus,
    string? ShippingMethod,
    string? TrackingNumber,
    string? TrackingUrl,
    IReadOnlyList<OrderItem> Items);

/// <summary>A postal address as the platform gives it.</summary>
public sealed record Address(string? Name, string? Company, string? Street, string? City, string? Zip, string? Country, string? TaxNumber);
