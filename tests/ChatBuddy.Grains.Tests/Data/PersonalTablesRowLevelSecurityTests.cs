using ChatBuddy.Grains.Data;
using ChatBuddy.Grains.Security.Gdpr;
using ChatBuddy.Grains.Tests.Security;
using ChatBuddy.Tests.Infrastructure;
using Npgsql;

namespace ChatBuddy.Grains.Tests.Data;

/// <summary>
/// Raw SQL as <c>chatbuddy_app</c> on every personal table: without a shop nothing, with a shop only its
/// rows, with a customer only theirs — whatever the WHERE clause asks for.
/// </summary>
public sealed class PersonalTablesRowLevelSecurityTests(PersonalTablesRowLevelSecurityTests.Seeded data) : IClassFixture<PersonalTablesRowLevelSecurityTests.Seeded>
{
    public static TheoryData<string> Tables => new(PersonalDataTables.Personal);

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task WithoutAShopNothingIsVisible(string table) =>
        Assert.Equal(0, await data.CountAsAppAsync(null, null, $"SELECT count(*)::int FROM {table}"));

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task AShopSeesItsOwnRowsAndNoneOfAnotherShop(string table)
    {
        Assert.True(await data.CountAsAppAsync("rls-a", null, $"SELECT count(*)::int FROM {table} t WHERE {Owned(table, data.Anna)}") > 0);
        Assert.Equal(0, await data.CountAsAppAsync("rls-a", null, $"SELECT count(*)::int FROM {table} WHERE shop_id <> 'rls-a'"));
        Assert.Equal(0, await data.CountAsAppAsync("rls-a", null, $"SELECT count(*)::int FROM {table} t WHERE {Owned(table, data.Carla)}"));
        Assert.Equal(0, await data.CountAsAppAsync("rls-b", null, $"SELECT count(*)::int FROM {table} t WHERE {Owned(table, data.Anna)}"));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task ACustomerSeesOnlyTheirOwnRows(string table)
    {
        Assert.True(await data.CountAsAppAsync("rls-a", data.Anna.UserId, $"SELECT count(*)::int FROM {table} t WHERE {Owned(table, data.Anna)}") > 0);
        Assert.Equal(0, await data.CountAsAppAsync("rls-a", data.Anna.UserId, $"SELECT count(*)::int FROM {table} t WHERE {Owned(table, data.Bela)}"));
    }

    /// <summary>The person's rows: every seeded text carries their key; carts and sessions are known by id.</summary>
    private static string Owned(string table, SeededPerson person) => table switch
    {
        "carts" => $"t.id = '{person.Cart}'",
        "chat_sessions" => $"t.id IN ('{person.Session}', '{person.GuestSession}')",
        _ => $"t::text LIKE '%{person.Key}%'",
    };

    [Fact]
    public async Task ACustomerCannotReadAnotherCustomersMessagesEvenByTheirSessionId() =>
        Assert.Equal(0, await data.CountAsAppAsync("rls-a", data.Anna.UserId, $"SELECT count(*)::int FROM chat_messages WHERE session_id = '{data.Bela.Session}'"));

    [Fact]
    public async Task MailsCannotBeQueuedForAnotherShop()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => data.CountAsAppAsync(
            "rls-a", null, "WITH i AS (INSERT INTO email_outbox (shop_id, kind, dedupe_key, to_address, subject, text_body, next_attempt_at) VALUES ('rls-b', 'x', 'x', 'x@example.hu', 'x', 'x', now()) RETURNING 1) SELECT count(*)::int FROM i"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    public sealed class Seeded : IAsyncLifetime
    {
        private readonly TestDatabase _db = new();

        public SeededPerson Anna { get; private set; } = null!;

        public SeededPerson Bela { get; private set; } = null!;

        public SeededPerson Carla { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            await _db.InitializeAsync();
            Anna = await PersonalDataSeed.SeedAsync(_db.DataSource, "rls-a", "anna");
            Bela = await PersonalDataSeed.SeedAsync(_db.DataSource, "rls-a", "bela");
            Carla = await PersonalDataSeed.SeedAsync(_db.DataSource, "rls-b", "carla");
        }

        public ValueTask DisposeAsync() => _db.DisposeAsync();

        public Task<int> CountAsAppAsync(string? shop, long? customer, string sql) =>
            shop is null
                ? CountWithoutShopAsync(sql)
                : ShopScope.AsAppAsync(_db.DataSource, shop, customer, async (c, t) =>
                {
                    await using var command = new NpgsqlCommand(sql, c, t);
                    return (int)(await command.ExecuteScalarAsync())!;
                });

        private async Task<int> CountWithoutShopAsync(string sql)
        {
            await using var connection = await _db.DataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var role = new NpgsqlCommand("SET LOCAL ROLE chatbuddy_app", connection, transaction))
            {
                await role.ExecuteNonQueryAsync();
            }

            await using var command = new NpgsqlCommand(sql, connection, transaction);
            return (int)(await command.ExecuteScalarAsync())!;
        }
    }
}
