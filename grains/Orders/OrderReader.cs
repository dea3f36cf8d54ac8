using ChatBuddy.Grains.Assistant.Tools;
using ChatBuddy.Grains.Data;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Orders;

/// <summary>Reads one order with its items and the contact details it may be verified against.</summary>
public sealed class OrderReader(NpgsqlDataSource db)
{
    /// <summary>Runs as the application role with the shop set: Row Level Security, not only the WHERE clause, keeps other shops' orders out.</summary>
    public Task<(OrderFact Order, string? Email, string? Phone)?> FindAsync(string shopId, string number, CancellationToken cancellationToken = default) =>
        ShopScope.AsAppAsync(db, shopId, null, (connection, transaction) => FindAsync(connection, transaction, shopId, number, cancellationToken), cancellationToken);

    private static async Task<(OrderFact Order, string? Email, string? Phone)?> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string shopId, string number, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<OrderRow>(new CommandDefinition(
            """
            SELECT id, number, status, status_text AS StatusText, created_at AS CreatedAt, expected_delivery AS ExpectedDelivery,
                   shipping_method AS ShippingMethod, tracking_number AS TrackingNumber, tracking_url AS TrackingUrl,
                   total, currency, email, phone, shipping_address::text AS ShippingAddress
            FROM orders WHERE shop_id = @shopId AND upper(number) = upper(@number)
            """,
            new { shopId, number },
            transaction,
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var items = await connection.QueryAsync<OrderLine>(new CommandDefinition(
            "SELECT name, quantity, unit_price AS UnitPrice FROM order_items WHERE order_id = @Id ORDER BY line_no",
            new { row.Id },
            transaction,
            cancellationToken: cancellationToken));
        var order = new OrderFact(
            row.Number,
            row.Status,
            row.StatusText,
            DateOnly.FromDateTime(row.CreatedAt),
            row.ExpectedDelivery,
            row.ShippingMethod,
            row.TrackingNumber,
            row.TrackingUrl,
            row.Total,
            row.Currency.Trim(),
            items.ToList(),
            Shops.Sync.AddressJson.Deserialize(row.ShippingAddress)?.ToString() is { Length: > 0 } shipTo ? shipTo : null);
        return (order, row.Email, row.Phone);
    }

    private sealed record OrderRow(
        long Id,
        string Number,
        string Status,
        string? StatusText,
        DateTime CreatedAt,
        DateOnly? ExpectedDelivery,
        string? ShippingMethod,
        string? TrackingNumber,
        string? TrackingUrl,
        int Total,
        string Currency,
        string? Email,
        string? Phone,
        string? ShippingAddress);
}
