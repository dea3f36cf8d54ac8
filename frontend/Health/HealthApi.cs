using ChatBuddy.Grains.Assistant;
using ChatBuddy.Grains.Data;
using Npgsql;

namespace ChatBuddy.Frontend.Health;

/// <summary><c>/health</c>: the database, the cluster and the language model, each with its own status.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapChatBuddyHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", CheckAsync).WithTags("Health").WithName("Health");
        return app;
    }

    public static async Task<IResult> CheckAsync(NpgsqlDataSource db, IClusterClient cluster, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var database = await CheckDatabaseAsync(db, cancellationToken);
        var silos = await CheckClusterAsync(cluster);
        var healthy = database.Status == "ok" && silos.Status == "ok";
        var report = new HealthReport(
            healthy ? "ok" : "degraded",
            database,
            silos,
            CheckModel(configuration));
        return healthy ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The offline model ships inside the build; a remote one is reported as configured, not called per probe.</summary>
    private static ModelHealth CheckModel(IConfiguration configuration)
    {
        var ai = configuration.GetSection(AssistantOptions.Section).Get<AssistantOptions>() ?? new AssistantOptions();
        return ai.IsOffline
            ? new ModelHealth("offline", "ok", "Embedded Hungarian/English intent classifier and reply templates.")
            : new ModelHealth(ai.Provider, "configured", $"Model '{ai.Model}' at the configured endpoint; this probe does not call it.");
    }

    private static async Task<DatabaseHealth> CheckDatabaseAsync(NpgsqlDataSource db, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                """
                SELECT (SELECT count(*) FROM schemaversions),
                       (SELECT extversion FROM pg_extension WHERE extname = 'vector'),
                       current_setting('server_version')
                """,
                connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var applied = reader.GetInt64(0);
            var pending = DatabaseMigrator.AllScripts.Count - applied;
            var pgvector = await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetString(1);
            return new DatabaseHealth(
                pending <= 0 ? "ok" : "migrations_pending",
                reader.GetString(2),
                pgvector,
                applied,
                Math.Max(0, pending));
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            return new DatabaseHealth("unavailable", null, null, 0, 0) { Detail = ex.Message };
        }
    }

    private static async Task<ClusterHealth> CheckClusterAsync(IClusterClient cluster)
    {
        try
        {
            var hosts = await cluster.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            return new ClusterHealth(hosts.Count > 0 ? "ok" : "no_silos", hosts.Count);
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException or InvalidOperationException)
        {
            return new ClusterHealth("unavailable", 0) { Detail = ex.Message };
        }
    }
}

public sealed record HealthReport(string Status, DatabaseHealth Database, ClusterHealth Cluster, ModelHealth Model);

public sealed record DatabaseHealth(string Status, string? ServerVersion, string? Pgvector, long MigrationsApplied, long MigrationsPending)
{
    public string? Detail { get; init; }
}

public sealed record ClusterHealth(string Status, int ActiveSilos)
{
    public string? Detail { get; init; }
}

public sealed record ModelHealth(string Provider, string Status, string Detail);
