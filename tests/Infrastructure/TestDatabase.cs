using ChatBuddy.Grains.Data;
using Npgsql;

namespace ChatBuddy.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database on the real PostgreSQL server for one test class or fixture, dropped
/// afterwards. The server is the local one (scripts/install-deps.sh) unless CHATBUDDY_DATABASE says otherwise.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public TestDatabase()
    {
        var options = DatabaseOptions.FromEnvironment(Environment.GetEnvironmentVariable);
        options.DatabaseName = $"chatbuddy_test_{Guid.NewGuid():N}"[..40];
        ConnectionString = options.Resolve();
        Name = options.DatabaseName;
    }

    public string ConnectionString { get; }

    public string Name { get; }

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await DatabaseMigrator.MigrateAsync(ConnectionString);
        DataSource = ChatBuddyDataSource.Create(ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (DataSource is not null)
        {
            await DataSource.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();

        // A suite running in parallel can briefly use up the server's connections; the drop waits its turn.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await DropAsync();
                return;
            }
            catch (NpgsqlException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    private async Task DropAsync()
    {
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async Task<T?> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
