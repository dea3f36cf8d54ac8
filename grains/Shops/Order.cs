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

/// <summary>A postal address as the platform gives it; <see cref="Kind"/> says what a customer uses it for (billing, shipping, default) when the platform says so.</summary>
public sealed record Address(string? Name, string? Company, string? Street, string? City, string? Zip, string? Country, string? TaxNumber, string? Kind = null)
{
    public bool IsEmpty => Street is null && City is null && Zip is null;

    /// <summary>One line for a shopper: "Name, Company, 1011 Budapest, Fő utca 1.".</summary>
    public override string ToString() =>
        string.Join(", ", new[] { Name, Company, string.Join(' ', new[] { Zip, City }.Where(p => !string.IsNullOrWhiteSpace(p))), Street }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
