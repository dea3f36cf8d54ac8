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

    /// <summary>
    /// The same settings as the first command of an <see cref="NpgsqlBatch"/>: a batch runs as one implicit
    /// transaction, so they hold for the commands after it, and the whole batch is one round trip.
    /// </summary>
    public static NpgsqlBatchCommand BatchCommand(string shopId, long? customerId = null)
    {
        var command = new NpgsqlBatchCommand("SELECT set_config('chatbuddy.shop_id', $1, true), set_config('chatbuddy.customer_id', $2, true)");
        command.Parameters.AddWithValue(shopId);
        command.Parameters.AddWithValue(customerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        return command;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction as the non-owner role <c>chatbuddy_app</c>, with the
    /// shop (and customer) set: Row Level Security, not the query's WHERE clause, decides what it may see.
    /// </summary>
    public static async Task<T> AsAppAsync<T>(
        NpgsqlDataSource db, string shopId, long? customerId, Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var role = new NpgsqlCommand("SET LOCAL ROLE chatbuddy_app", connection, transaction))
        {
            await role.ExecuteNonQueryAsync(cancellationToken);
        }

        await ApplyAsync(connection, transaction, shopId, customerId, cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
