using Npgsql;

namespace ChatBuddy.Grains.Data;

/// <summary>
/// Where the database is. <c>CHATBUDDY_DATABASE</c> (an Npgsql connection string) points at any
/// PostgreSQL ≥ 15 with pgvector; <c>CHATBUDDY_DB_NAME</c> overrides only the database name.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "ChatBuddy:Database";

    /// <summary>
    /// The local server of scripts/install-deps.sh. 32 pooled connections per process: a 2-core database
    /// does no better with more, and several processes (frontends, silos, the CLI) must fit in its 100.
    /// No TLS: Debian's server offers it with a snake-oil certificate, and over loopback it only costs
    /// CPU (about a tenth of a busy frontend's). A remote database is configured with its own string.
    /// </summary>
    public const string LocalDefault =
        "Host=127.0.0.1;Port=5432;Username=chatbuddy;Password=chatbuddy;Database=chatbuddy;Maximum Pool Size=32;SSL Mode=Disable";

    public string ConnectionString { get; set; } = LocalDefault;

    public string? DatabaseName { get; set; }

    /// <summary>The effective connection string: the configured one with the name override applied.</summary>
    public string Resolve()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        if (!string.IsNullOrWhiteSpace(DatabaseName))
        {
            builder.Database = DatabaseName;
        }

        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "chatbuddy";
        }

        builder.ApplicationName ??= "chatbuddy";
        return builder.ConnectionString;
    }

    public static DatabaseOptions FromEnvironment(Func<string, string?> read)
    {
        var options = new DatabaseOptions();
        if (read("CHATBUDDY_DATABASE") is { Length: > 0 } cs)
        {
            options.ConnectionString = cs;
        }

        options.DatabaseName = read("CHATBUDDY_DB_NAME");
        return options;
    }
}
