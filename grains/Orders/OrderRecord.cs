using System.Net.Mail;
using System.Text.Json;
using ChatBuddy.Grains.Import;

namespace ChatBuddy.Grains.Orders;

/// <summary>One validated order line of the import format (docs/import-format.md).</summary>
public sealed record OrderRecord(
    string Number,
    string? Email,
    string? Phone,
    string? CustomerName,
    string Status,
    string? StatusText,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<OrderItemRecord> Items,
    int ShippingFee,
    int Total,
    string Currency,
    string? ShippingMethod,
    string? TrackingNumber,
    string? TrackingUrl,
    string? PaymentMethod,
    string? PaymentStatus,
    DateOnly? ExpectedDelivery)
{
    public static IReadOnlyList<string> Statuses { get; } =
        ["pending", "processing", "shipped", "delivered", "cancelled", "returned", "refunded", "on_hold"];

    public static OrderRecord Parse(JsonFields f)
    {
        var status = f.RequiredString("status", 20).ToLowerInvariant();
        if (!Statuses.Contains(status))
        {
            throw new ImportFieldException($"'status' must be one of {string.Join(", ", Statuses)}");
        }

        var email = f.OptionalString("email", 254)?.ToLowerInvariant();
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            throw new ImportFieldException("'email' is not a valid e-mail address");
        }

        var phone = f.OptionalString("phone", 32);
        if (email is null && phone is null)
        {
            throw new ImportFieldException("an order needs an 'email' or a 'phone' to be shown to its customer");
        }

        var createdAt = f.OptionalTimestamp("created_at") ?? throw new ImportFieldException("'created_at' is required");
        return new OrderRecord(
            Number: f.RequiredString("number", 64),
            Email: email,
            Phone: phone,
            CustomerName: f.OptionalString("customer_name", 200),
            Status: status,
            StatusText: f.OptionalString("status_text", 500),
            CreatedAt: createdAt,
            UpdatedAt: f.OptionalTimestamp("updated_at") ?? createdAt,
            Items: ParseItems(f),
            ShippingFee: f.OptionalInt("shipping_fee") ?? 0,
            Total: f.RequiredInt("total"),
            Currency: f.Currency(),
            ShippingMethod: f.OptionalString("shipping_method", 200),
            TrackingNumber: f.OptionalString("tracking_number", 100),
            TrackingUrl: f.OptionalUrl("tracking_url"),
            PaymentMethod: f.OptionalString("payment_method", 100),
            PaymentStatus: f.OptionalString("payment_status", 100),
            ExpectedDelivery: f.OptionalDate("expected_delivery"));
    }

    private static List<OrderItemRecord> ParseItems(JsonFields f)
    {
        if (!f.Root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            throw new ImportFieldException("'items' must be a non-empty list");
        }

        if (items.GetArrayLength() > 500)
        {
            throw new ImportFieldException("'items' has more than 500 lines");
        }

        var list = new List<OrderItemRecord>();
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new ImportFieldException("every entry of 'items' must be an object");
            }

            var line = new JsonFields(item);
            try
            {
                list.Add(new OrderItemRecord(
                    line.RequiredString("sku", 64),
                    line.RequiredString("name", 300),
                    line.RequiredInt("quantity", min: 1),
                    line.RequiredInt("unit_price")));
            }
            catch (ImportFieldException ex)
            {
                throw new ImportFieldException($"item {list.Count + 1}: {ex.Message}");
            }
        }

        return list;
    }
}

/// <summary>One line of an order.</summary>
public sealed record OrderItemRecord(string Sku, string Name, int Quantity, int UnitPrice);
