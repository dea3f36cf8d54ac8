using System.Text.Json.Nodes;
using ChatBuddy.Grains.Data;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Security.Gdpr;

/// <summary>
/// Finds, reads and erases a subject's rows in every table of <see cref="PersonalDataTables.Personal"/>.
/// Everything runs as <c>chatbuddy_app</c>: rows linked to the customer are read with the customer set
/// (Row Level Security shows only theirs); rows that match only by e-mail (guest orders, conversations
/// where they typed it) are read shop-scoped and only while no other customer owns them.
/// </summary>
public sealed class PersonalDataStore(NpgsqlDataSource db)
{
    /// <summary>The session grain type as Orleans ADO.NET storage names it (graintypestring).</summary>
    public const string SessionGrainType = "chatsession";

    private static readonly (string Table, string Sql)[] LinkedToCustomer =
    [
        ("users", "SELECT * FROM users WHERE id = @uid"),
        ("user_profiles", "SELECT * FROM user_profiles WHERE user_id = @uid"),
        ("user_preferences", "SELECT * FROM user_preferences WHERE user_id = @uid"),
        ("user_consents", "SELECT * FROM user_consents WHERE user_id = @uid ORDER BY id"),
        ("orders", "SELECT * FROM orders WHERE user_id = @uid ORDER BY id"),
        ("order_items", "SELECT i.* FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.user_id = @uid ORDER BY i.order_id, i.line_no"),
        ("discount_codes", "SELECT * FROM discount_codes WHERE user_id = @uid ORDER BY id"),
        ("carts", "SELECT * FROM carts WHERE user_id = @uid"),
        ("cart_items", "SELECT i.* FROM cart_items i JOIN carts c ON c.id = i.cart_id WHERE c.user_id = @uid"),
        ("channel_identities", "SELECT * FROM channel_identities WHERE user_id = @uid ORDER BY id"),
        ("chat_sessions", "SELECT * FROM chat_sessions WHERE user_id = @uid"),
        ("chat_messages", "SELECT m.* FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id WHERE s.user_id = @uid ORDER BY m.session_id, m.seq"),
        ("email_outbox", "SELECT * FROM email_outbox WHERE lower(to_address) = @email ORDER BY id"),
        ("privacy_export_links", "SELECT shop_id, email, expires_at, created_at FROM privacy_export_links WHERE lower(email) = @email"),
    ];

    private static readonly (string Table, string Sql)[] MatchedByEmail =
    [
        ("orders", "SELECT * FROM orders WHERE user_id IS NULL AND lower(email) = @email ORDER BY id"),
        ("order_items", "SELECT i.* FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.user_id IS NULL AND lower(o.email) = @email ORDER BY i.order_id, i.line_no"),
        ("discount_codes", "SELECT * FROM discount_codes WHERE user_id IS NULL AND customer_key = @email ORDER BY id"),
        ("carts", "SELECT * FROM carts WHERE user_id IS NULL AND session_id = ANY(@sessions)"),
        ("cart_items", "SELECT i.* FROM cart_items i JOIN carts c ON c.id = i.cart_id WHERE c.user_id IS NULL AND c.session_id = ANY(@sessions)"),
        ("channel_identities", "SELECT * FROM channel_identities WHERE user_id IS NULL AND channel = 'email' AND lower(external_id) = @email"),
        ("chat_sessions", "SELECT * FROM chat_sessions WHERE user_id IS NULL AND id = ANY(@sessions)"),
        ("chat_messages", "SELECT m.* FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id WHERE s.user_id IS NULL AND s.id = ANY(@sessions) ORDER BY m.session_id, m.seq"),
    ];

    private static readonly (string Table, string Sql)[] ByEmailWithoutCustomer =
    [
        ("email_outbox", "SELECT * FROM email_outbox WHERE lower(to_address) = @email ORDER BY id"),
        ("privacy_export_links", "SELECT shop_id, email, expires_at, created_at FROM privacy_export_links WHERE lower(email) = @email"),
    ];

    /// <summary>Resolves the subject: their customer row, e-mail, conversations (linked, or where the e-mail appears) and carts.</summary>
    public async Task<SubjectRecords> LocateAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var (userId, email, sessions) = await ShopScope.AsAppAsync(db, subject.ShopId, null, async (c, t) =>
        {
            var users = await c.QueryAsync<(long Id, string? Email)>(new CommandDefinition(
                """
                SELECT id, lower(email) FROM users
                WHERE (@uid::bigint IS NOT NULL AND id = @uid) OR (@email::text IS NOT NULL AND lower(email) = @email)
                ORDER BY (id = @uid) DESC NULLS LAST LIMIT 1
                """,
                new { uid = subject.CustomerId, email = subject.NormalizedEmail },
                t,
                cancellationToken: cancellationToken));
            var user = users.Select(u => ((long Id, string? Email)?)u).FirstOrDefault();
            var email = subject.NormalizedEmail ?? user?.Email;
            var found = await c.QueryAsync<Guid>(new CommandDefinition(
                """
                SELECT id FROM chat_sessions WHERE @uid::bigint IS NOT NULL AND user_id = @uid
                UNION
                SELECT DISTINCT session_id FROM chat_messages WHERE @email::text IS NOT NULL AND strpos(lower(content), @email) > 0
                """,
                new { uid = user?.Id, email },
                t,
                cancellationToken: cancellationToken));
            return (user?.Id, email, found.ToList());
        }, cancellationToken);

        if (userId is null && email is null)
        {
            return new SubjectRecords(null, null, [], []);
        }

        sessions = sessions.Union(await SessionsHoldingAsync(subject.ShopId, email, cancellationToken)).ToList();
        var carts = await ShopScope.AsAppAsync(db, subject.ShopId, null, async (c, t) => (await c.QueryAsync<Guid>(new CommandDefinition(
            "SELECT id FROM carts WHERE (@uid::bigint IS NOT NULL AND user_id = @uid) OR session_id = ANY(@sessions)",
            new { uid = userId, sessions = sessions.ToArray() },
            t,
            cancellationToken: cancellationToken))).ToList(), cancellationToken);
        return new SubjectRecords(userId, email, sessions, carts);
    }

    /// <summary>Every personal table's rows of the subject, as JSON arrays by table name.</summary>
    public async Task<JsonObject> ReadAsync(string shopId, SubjectRecords records, CancellationToken cancellationToken = default)
    {
        var tables = new JsonObject();
        foreach (var table in PersonalDataTables.Personal)
        {
            tables[table] = new JsonArray();
        }

        if (records.IsEmpty)
        {
            return tables;
        }

        var parameters = new { uid = records.UserId, email = records.Email, sessions = records.Sessions.ToArray() };
        if (records.UserId is { } userId)
        {
            await ShopScope.AsAppAsync(db, shopId, userId, (c, t) => AppendAsync(c, t, LinkedToCustomer, parameters, tables, cancellationToken), cancellationToken);
        }

        var byEmail = records.UserId is null ? MatchedByEmail.Concat(ByEmailWithoutCustomer).ToArray() : MatchedByEmail;
        await ShopScope.AsAppAsync(db, shopId, null, (c, t) => AppendAsync(c, t, byEmail, parameters, tables, cancellationToken), cancellationToken);
        return tables;
    }

    /// <summary>Deletes the subject's rows, and strips the personal columns from the orders the shop must keep; counts by table.</summary>
    public async Task<IReadOnlyDictionary<string, int>> EraseAsync(string shopId, SubjectRecords records, CancellationToken cancellationToken = default)
    {
        if (records.IsEmpty)
        {
            return new Dictionary<string, int>();
        }

        var parameters = new { uid = records.UserId, email = records.Email, sessions = records.Sessions.ToArray(), carts = records.Carts.ToArray() };
        return await ShopScope.AsAppAsync(db, shopId, null, async (c, t) =>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            async Task RunAsync(string key, string sql) =>
                counts[key] = await c.ExecuteAsync(new CommandDefinition(sql, parameters, t, cancellationToken: cancellationToken));

            await RunAsync("chat_messages", "DELETE FROM chat_messages WHERE session_id = ANY(@sessions)");
            await RunAsync("chat_sessions", "DELETE FROM chat_sessions WHERE id = ANY(@sessions)");
            await RunAsync("carts", "DELETE FROM carts WHERE id = ANY(@carts) OR (@uid::bigint IS NOT NULL AND user_id = @uid)");
            await RunAsync("orders_anonymised",
                """
                UPDATE orders SET user_id = NULL, email = NULL, phone = NULL, customer_name = NULL, shipping_address = NULL,
                    billing_address = NULL, tracking_number = NULL, tracking_url = NULL
                WHERE (@uid::bigint IS NOT NULL AND user_id = @uid) OR (@email::text IS NOT NULL AND lower(email) = @email)
                """);
            await RunAsync("discount_codes", "DELETE FROM discount_codes WHERE (@uid::bigint IS NOT NULL AND user_id = @uid) OR (@email::text IS NOT NULL AND customer_key = @email)");
            await RunAsync("channel_identities",
                "DELETE FROM channel_identities WHERE (@uid::bigint IS NOT NULL AND user_id = @uid) OR (@email::text IS NOT NULL AND channel = 'email' AND lower(external_id) = @email)");
            await RunAsync("email_outbox", "DELETE FROM email_outbox WHERE @email::text IS NOT NULL AND lower(to_address) = @email");
            await RunAsync("privacy_export_links", "DELETE FROM privacy_export_links WHERE @email::text IS NOT NULL AND lower(email) = @email");
            await RunAsync("user_consents", "DELETE FROM user_consents WHERE @uid::bigint IS NOT NULL AND user_id = @uid");
            await RunAsync("user_preferences", "DELETE FROM user_preferences WHERE @uid::bigint IS NOT NULL AND user_id = @uid");
            await RunAsync("user_profiles", "DELETE FROM user_profiles WHERE @uid::bigint IS NOT NULL AND user_id = @uid");
            await RunAsync("users", "DELETE FROM users WHERE @uid::bigint IS NOT NULL AND id = @uid");

            // Not a count of erased rows: the pseudonym that keeps the next platform sync from restoring them (migration 0016).
            await c.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO erased_subjects (shop_id, email_sha256) SELECT app_current_shop(), sha256(convert_to(@email, 'UTF8'))
                WHERE @email::text IS NOT NULL ON CONFLICT (shop_id, email_sha256) DO NOTHING
                """,
                parameters, t, cancellationToken: cancellationToken));
            return (IReadOnlyDictionary<string, int>)counts;
        }, cancellationToken);
    }

    /// <summary>
    /// Conversations whose persisted grain state mentions the e-mail (typed into a session that never
    /// stored it in a message, e.g. kept only in the conversation memory). Orleans keeps string keys in
    /// grainidextensionstring; the payload is searched as bytes, whatever its serializer.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> SessionsHoldingAsync(string shopId, string? email, CancellationToken cancellationToken)
    {
        if (email is null)
        {
            return [];
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var keys = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT grainidextensionstring FROM orleansstorage
            WHERE lower(graintypestring) LIKE '%' || @type || '%' AND grainidextensionstring LIKE @prefix
              AND payloadbinary IS NOT NULL AND position(convert_to(@email, 'UTF8') IN payloadbinary) > 0
            """,
            new { type = SessionGrainType, prefix = shopId + "/%", email },
            cancellationToken: cancellationToken));
        return keys.Select(k => Guid.TryParse(k[(shopId.Length + 1)..], out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
    }

    private static async Task<bool> AppendAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, (string Table, string Sql)[] queries, object parameters, JsonObject tables, CancellationToken cancellationToken)
    {
        foreach (var (table, sql) in queries)
        {
            var json = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
                $"SELECT coalesce(jsonb_agg(to_jsonb(r)), '[]'::jsonb)::text FROM ({sql}) r",
                parameters,
                transaction,
                cancellationToken: cancellationToken));
            var target = (JsonArray)tables[table]!;
            foreach (var row in JsonNode.Parse(json!)!.AsArray().ToList())
            {
                row!.Parent?.AsArray().Remove(row);
                target.Add(row);
            }
        }

        return true;
    }
}
