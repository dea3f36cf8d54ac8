using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Carts;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.Grains.Security.Audit;

namespace ChatBuddy.Grains.Security.Gdpr;

/// <summary>
/// Export and erasure of one subject's personal data across the tables and the grain state of their
/// conversations and carts. Every run leaves an audit row that names the subject only by pseudonym.
/// </summary>
public sealed class PersonalDataService(PersonalDataStore store, IGrainFactory grains, IAuditTrail audit, TimeProvider clock)
{
    public const string ExportAction = AuditActions.GdprExport;
    public const string ErasureAction = AuditActions.GdprErasure;

    /// <summary>One JSON document: the subject, every personal table's rows, and the grain state of their sessions and carts.</summary>
    public async Task<JsonObject> ExportAsync(DataSubject subject, string actor, CancellationToken cancellationToken = default)
    {
        var records = await store.LocateAsync(subject, cancellationToken);
        var tables = await store.ReadAsync(subject.ShopId, records, cancellationToken);
        var sessions = new JsonObject();
        foreach (var session in records.Sessions)
        {
            var json = await grains.GetGrain<IChatSessionGrain>(GrainKeys.ForShop(subject.ShopId, session.ToString())).ExportStateAsync();
            sessions[session.ToString()] = JsonNode.Parse(json);
        }

        var carts = new JsonObject();
        foreach (var cart in records.Carts)
        {
            var snapshot = await grains.GetGrain<ICustomerCartGrain>(GrainKeys.ForShop(subject.ShopId, cart.ToString())).GetAsync();
            carts[cart.ToString()] = JsonSerializer.SerializeToNode(snapshot);
        }

        var rows = tables.Sum(t => t.Value!.AsArray().Count);
        await audit.RecordAsync(
            new AuditEvent(subject.ShopId, actor, ExportAction, DataSubject.Pseudonym(records.Email, records.UserId ?? subject.CustomerId), Count(("rows", rows), ("sessions", records.Sessions.Count))),
            cancellationToken);
        return new JsonObject
        {
            ["shop_id"] = subject.ShopId,
            ["email"] = records.Email,
            ["customer_id"] = records.UserId,
            ["generated_at"] = clock.GetUtcNow(),
            ["tables"] = tables,
            ["grain_state"] = new JsonObject { ["chat_sessions"] = sessions, ["carts"] = carts },
        };
    }

    /// <summary>
    /// Erases the subject: grain state first (so a retry still finds the rows that lead to it), then the
    /// rows in one transaction. Idempotent: a second run finds nothing and changes nothing.
    /// <paramref name="callingSession"/> is the conversation asking, which clears its own state itself.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> EraseAsync(DataSubject subject, string actor, Guid? callingSession = null, CancellationToken cancellationToken = default)
    {
        var records = await store.LocateAsync(subject, cancellationToken);
        foreach (var session in records.Sessions.Where(s => s != callingSession))
        {
            await grains.GetGrain<IChatSessionGrain>(GrainKeys.ForShop(subject.ShopId, session.ToString())).ForgetAsync();
        }

        foreach (var cart in records.Carts)
        {
            await grains.GetGrain<ICustomerCartGrain>(GrainKeys.ForShop(subject.ShopId, cart.ToString())).ForgetAsync();
        }

        var counts = new Dictionary<string, int>(await store.EraseAsync(subject.ShopId, records, cancellationToken), StringComparer.Ordinal)
        {
            ["session_grains"] = records.Sessions.Count,
            ["cart_grains"] = records.Carts.Count,
        };
        await audit.RecordAsync(
            new AuditEvent(subject.ShopId, actor, ErasureAction, DataSubject.Pseudonym(records.Email ?? subject.NormalizedEmail, records.UserId ?? subject.CustomerId), Count(counts.Select(c => (c.Key, c.Value)).ToArray())),
            cancellationToken);
        return counts;
    }

    private static Dictionary<string, string> Count(params (string Key, int Value)[] counts) =>
        counts.ToDictionary(c => c.Key, c => c.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
