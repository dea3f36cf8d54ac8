using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChatBuddy.Grains.Demo;

/// <summary>The import-format lines. Property order is declaration order; names become snake_case.</summary>
internal static class DemoJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string ProductLine(DemoProduct p) => JsonSerializer.Serialize(
        new ProductLine(p.Sku, p.Name, p.Description, p.Category, p.Brand, p.Price, p.SalePrice, "HUF", p.Stock, p.Url, p.ImageUrl, p.Attributes),
        Options);

    public static string OrderLine(OrderLine order) => JsonSerializer.Serialize(order, Options);
}

internal sealed record ProductLine(
    string Sku,
    string Name,
    string Description,
    string Category,
    string Brand,
    int Price,
    int? SalePrice,
    string Currency,
    int Stock,
    string Url,
    string ImageUrl,
    OrderedDictionary<string, object> Attributes);

internal sealed record OrderLine(
    string Number,
    string Email,
    string Phone,
    string CustomerName,
    string Status,
    string StatusText,
    string CreatedAt,
    string UpdatedAt,
    IReadOnlyList<OrderItemLine> Items,
    int ShippingFee,
    int Total,
    string Currency,
    string ShippingMethod,
    string? TrackingNumber,
    string? TrackingUrl,
    string PaymentMethod,
    string PaymentStatus,
    string? ExpectedDelivery);

internal sealed record OrderItemLine(string Sku, string Name, int Quantity, int UnitPrice);
