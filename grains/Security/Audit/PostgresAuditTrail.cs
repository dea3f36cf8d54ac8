using System.Text.Json;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Security.Audit;

/// <summary>Appends through <c>audit_append</c>, which chains the row under the shop's lock inside PostgreSQL.</summary>
public sealed class PostgresAuditTrail(NpgsqlDataSource db) : IAuditTrail
{
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Action);
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT audit_append(@ShopId, @Actor, @Action, @Subject, @Details::jsonb)",
            new
            {
                ShopId = TextSafe(auditEvent.ShopId),
                Actor = TextSafe(auditEvent.Actor),
                Action = TextSafe(auditEvent.Action),
                Subject = TextSafe(auditEvent.Subject),
                Details = JsonSerializer.Serialize((auditEvent.Details ?? new Dictionary<string, string>()).ToDictionary(d => TextSafe(d.Key)!, d => TextSafe(d.Value))),
            },
            cancellationToken: cancellationToken));
    }

    // PostgreSQL text cannot hold NUL, and an audit record must never be the reason a request fails.
    private static string? TextSafe(string? value) => value?.Replace('\0', '\uFFFD');
}
