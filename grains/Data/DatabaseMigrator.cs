using DbUp;
using DbUp.Engine.Output;
using Npgsql;

namespace ChatBuddy.Grains.Data;

/// <summary>
/// Creates the database when it is missing and applies, once each, the Orleans ADO.NET scripts and
/// then the application migrations (DbUp journals them in <c>schemaversions</c>).
/// </summary>
public static class DatabaseMigrator
{
    private const string OrleansPrefix = "sql.orleans.";
    private const string AppPrefix = "sql.chatbuddy.";

    public static IReadOnlyList<string> AllScripts { get; } = ScriptNames().ToList();

    public static async Task<MigrationResult> MigrateAsync(string connectionString, IUpgradeLog? log = null, CancellationToken cancellationToken = default)
    {
        await EnsureDatabaseAsync(connectionString, cancellationToken);
        await EnsureExtensionsAvailableAsync(connectionString, cancellationToken);

        // Variables off: the Orleans scripts use $func$ dollar quoting, which DbUp would read as variables.
        var builder = DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.StartsWith(OrleansPrefix, StringComparison.Ordinal) || name.StartsWith(AppPrefix, StringComparison.Ordinal))
            .WithScriptNameComparer(new OrleansFirstComparer())
            .WithTransactionPerScript()
            .WithVariablesDisabled();
        var upgrader = (log is null ? builder.LogToNowhere() : builder.LogTo(log)).Build();

        var pending = upgrader.GetScriptsToExecute().Select(s => s.Name).ToList();
        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Migration failed in {result.ErrorScript?.Name}: {result.Error?.Message}", result.Error);
        }

        return new MigrationResult(pending, AllScripts.Count);
    }

    private static async Task EnsureDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var databaseName = target.Database ?? throw new InvalidOperationException("The connection string names no database.");
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(databaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task EnsureExtensionsAvailableAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT array_agg(name) FROM unnest(ARRAY['vector','pg_trgm','unaccent']) AS name WHERE name NOT IN (SELECT name FROM pg_available_extensions)",
            connection);
        if (await command.ExecuteScalarAsync(cancellationToken) is string[] { Length: > 0 } missing)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL server lacks the extension(s) {string.Join(", ", missing)}. " +
                "Run scripts/install-deps.sh (local) or enable them on your provider (pgvector is 'vector').");
        }
    }

    private static IEnumerable<string> ScriptNames() =>
        typeof(DatabaseMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(OrleansPrefix, StringComparison.Ordinal) || n.StartsWith(AppPrefix, StringComparison.Ordinal))
            .Order(new OrleansFirstComparer());

    /// <summary>The Orleans tables first (in file order), then the application's migrations.</summary>
    private sealed class OrleansFirstComparer : IComparer<string>
    {
        public int Compare(string? x, string? y)
        {
            var rank = Rank(x).CompareTo(Rank(y));
            return rank != 0 ? rank : string.CompareOrdinal(x, y);
        }

        private static int Rank(string? name) => name?.StartsWith(OrleansPrefix, StringComparison.Ordinal) == true ? 0 : 1;
    }
}

/// <summary>What a migration run applied now, out of how many scripts in all.</summary>
public sealed record MigrationResult(IReadOnlyList<string> Applied, int Total);
