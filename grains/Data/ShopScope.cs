using Npgsql;

namespace ChatBuddy.Grains.Data;

/// <summary>Sets the shop (and optionally the customer) a transaction acts for; Row Level Security reads them.</summary>
public static class ShopScope
{
    public static async Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string shopId, long? customerId = null, CancellationToken cancellationToken = default)
    {
        await using var command = new NpgsqlCommand(
            "SELECT set_config('chatbuddy.shop_id', $1, true), set_config('chatbuddy.customer_id', $2, true)",
            connection,
            transaction);
        command.Parameters.AddWithValue(shopId);
        command.Parameters.AddWithValue(customerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
