using ChatBuddy.Tests.Infrastructure;
using Npgsql;

namespace ChatBuddy.Grains.Tests.Data;

/// <summary>Runs raw SQL as the non-owner application role and proves it cannot read across shops or customers.</summary>
public sealed class RowLevelSecurityTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private long _annaId;
    private long _belaId;

    public async ValueTask InitializeAsync()
    {
        // xUnit builds the class per test while the database is shared: seed idempotently.
        await db.ScalarAsync<int>("INSERT INTO shops (id, name) VALUES ('shop-a', 'A'), ('shop-b', 'B') ON CONFLICT DO NOTHING");
        await db.ScalarAsync<int>(
            """
            INSERT INTO users (shop_id, email) VALUES ('shop-a', 'anna@example.hu'), ('shop-a', 'bela@example.hu'), ('shop-b', 'carla@example.hu')
            ON CONFLICT DO NOTHING
            """);
        _annaId = await db.ScalarAsync<long>("SELECT id FROM users WHERE email = 'anna@example.hu'");
        _belaId = await db.ScalarAsync<long>("SELECT id FROM users WHERE email = 'bela@example.hu'");
        var carla = await db.ScalarAsync<long>("SELECT id FROM users WHERE email = 'carla@example.hu'");
        await db.ScalarAsync<int>(
            """
            INSERT INTO orders (shop_id, number, user_id, email, status, total, created_at, updated_at) VALUES
              ('shop-a', 'A-1', $1, 'anna@example.hu', 'shipped', 1000, now(), now()),
              ('shop-a', 'A-2', $2, 'bela@example.hu', 'pending', 2000, now(), now()),
              ('shop-b', 'B-1', $3, 'carla@example.hu', 'delivered', 3000, now(), now())
            ON CONFLICT DO NOTHING
            """,
            _annaId,
            _belaId,
            carla);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task WithoutAShopTheApplicationRoleSeesNoCustomerData()
    {
        Assert.Empty(await AsAppAsync(null, null, "SELECT number FROM orders"));
        Assert.Empty(await AsAppAsync(null, null, "SELECT email FROM users"));
    }

    [Fact]
    public async Task AShopSeesOnlyItsOwnOrders()
    {
        Assert.Equal(["A-1", "A-2"], await AsAppAsync("shop-a", null, "SELECT number FROM orders ORDER BY number"));
        Assert.Equal(["B-1"], await AsAppAsync("shop-b", null, "SELECT number FROM orders"));
        Assert.Empty(await AsAppAsync("shop-a", null, "SELECT number FROM orders WHERE shop_id = 'shop-b'"));
    }

    [Fact]
    public async Task ACustomerSeesOnlyTheirOwnOrdersAndProfile()
    {
        Assert.Equal(["A-1"], await AsAppAsync("shop-a", _annaId, "SELECT number FROM orders"));
        Assert.Equal(["anna@example.hu"], await AsAppAsync("shop-a", _annaId, "SELECT email FROM users"));
        Assert.Empty(await AsAppAsync("shop-a", _annaId, $"SELECT number FROM orders WHERE user_id = {_belaId}"));
    }

    [Fact]
    public async Task WritingIntoAnotherShopIsRefused()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            AsAppAsync("shop-a", null, "INSERT INTO users (shop_id, email) VALUES ('shop-b', 'mallory@example.hu') RETURNING email"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task TheApplicationRoleIsNotTheOwnerAndCannotBypassPolicies()
    {
        Assert.Equal(["false"], await AsAppAsync("shop-a", null, "SELECT rolbypassrls::text FROM pg_roles WHERE rolname = current_user"));
        Assert.Equal(["chatbuddy_app"], await AsAppAsync("shop-a", null, "SELECT current_user::text"));
    }

    private async Task<List<string>> AsAppAsync(string? shop, long? customer, string sql)
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var role = new NpgsqlCommand("SET LOCAL ROLE chatbuddy_app", connection, transaction))
        {
            await role.ExecuteNonQueryAsync();
        }

        if (shop is not null)
        {
            await ChatBuddy.Grains.Data.ShopScope.ApplyAsync(connection, transaction, shop, customer);
        }

        var rows = new List<string>();
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }

        await transaction.RollbackAsync();
        return rows;
    }
}
