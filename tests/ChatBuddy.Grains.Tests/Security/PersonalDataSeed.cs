using Npgsql;

namespace ChatBuddy.Grains.Tests.Security;

/// <summary>One seeded shopper: every text they own contains <see cref="Key"/>, so a scan can tell whose a row is.</summary>
public sealed record SeededPerson(string ShopId, string Key, string Email, string Phone, string Name, long UserId, Guid Session, Guid GuestSession, Guid Cart);

/// <summary>Writes a shopper's rows into every personal table (as the owner, like the importers do).</summary>
public static class PersonalDataSeed
{
    public static async Task<SeededPerson> SeedAsync(NpgsqlDataSource db, string shopId, string key)
    {
        var email = $"{key}@example.hu";
        var phone = "+3630" + (Math.Abs(key.GetHashCode(StringComparison.Ordinal)) % 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        var name = $"Teszt {char.ToUpperInvariant(key[0])}{key[1..]}";
        var session = Guid.NewGuid();
        var guestSession = Guid.NewGuid();
        var cart = Guid.NewGuid();
        await using var connection = await db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        async Task<T> ScalarAsync<T>(string sql, params object?[] values)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var value in values)
            {
                command.Parameters.AddWithValue(value ?? DBNull.Value);
            }

            return (T)(await command.ExecuteScalarAsync())!;
        }

        async Task ExecAsync(string sql, params object?[] values)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var value in values)
            {
                command.Parameters.AddWithValue(value ?? DBNull.Value);
            }

            await command.ExecuteNonQueryAsync();
        }

        await ExecAsync("INSERT INTO shops (id, name) VALUES ($1, $1) ON CONFLICT DO NOTHING", shopId);
        var userId = await ScalarAsync<long>(
            "INSERT INTO users (shop_id, email, phone, name, external_id) VALUES ($1, $2, $3, $4, $5) RETURNING id", shopId, email, phone, name, "ext-" + key);
        var address = $$"""{"street": "{{key}} utca 1.", "city": "Budapest", "zip": "1111"}""";
        await ExecAsync(
            "INSERT INTO user_profiles (user_id, shop_id, first_name, last_name, shipping_address, billing_address) VALUES ($1, $2, $3, 'Teszt', $4::jsonb, $4::jsonb)",
            userId, shopId, key, address);
        await ExecAsync("INSERT INTO user_preferences (user_id, shop_id, key, value) VALUES ($1, $2, 'nickname', to_jsonb($3::text))", userId, shopId, key);
        await ExecAsync(
            "INSERT INTO user_consents (shop_id, user_id, purpose, granted, text_version, channel) VALUES ($1, $2, 'newsletter', true, $3, 'chat')", shopId, userId, "v-" + key);
        foreach (var (number, owner) in new[] { ($"{key}-1", (long?)userId), ($"{key}-guest", null) })
        {
            var orderId = await ScalarAsync<long>(
                """
                INSERT INTO orders (shop_id, number, user_id, email, phone, customer_name, status, total, created_at, updated_at, shipping_address, billing_address, tracking_number)
                VALUES ($1, $2, $3, $4, $5, $6, 'shipped', 12990, now(), now(), $7::jsonb, $7::jsonb, $8) RETURNING id
                """,
                shopId, number, owner, email, phone, name, address, "TRK-" + key);
            await ExecAsync(
                "INSERT INTO order_items (shop_id, order_id, line_no, sku, name, quantity, unit_price) VALUES ($1, $2, 1, 'SKU-1', $3, 1, 12990)",
                shopId, orderId, "bögre " + key);
        }

        await ExecAsync(
            "INSERT INTO discount_codes (shop_id, code, user_id, percent, expires_at, customer_key) VALUES ($1, $2, $3, 10, now() + interval '30 days', $4)",
            shopId, "CODE-" + key.ToUpperInvariant(), userId, email);
        await ExecAsync("INSERT INTO chat_sessions (id, shop_id, user_id) VALUES ($1, $2, $3)", session, shopId, userId);
        await ExecAsync("INSERT INTO chat_sessions (id, shop_id) VALUES ($1, $2)", guestSession, shopId);
        await ExecAsync(
            "INSERT INTO chat_messages (id, shop_id, session_id, seq, role, content) VALUES ($1, $2, $3, 1, 'user', $4), ($5, $2, $6, 1, 'user', $7)",
            Guid.NewGuid(), shopId, session, $"Szia, {key} vagyok", Guid.NewGuid(), guestSession, $"Az e-mail-címem {email}, a számom {phone}");
        await ExecAsync("INSERT INTO carts (id, shop_id, user_id, session_id) VALUES ($1, $2, $3, $4)", cart, shopId, userId, session);
        await ExecAsync(
            "INSERT INTO cart_items (cart_id, shop_id, sku, name, quantity, unit_price) VALUES ($1, $2, 'SKU-1', $3, 1, 12990)", cart, shopId, "bögre " + key);
        await ExecAsync(
            "INSERT INTO channel_identities (shop_id, channel, external_id, user_id) VALUES ($1, 'email', $2, $3)", shopId, email, userId);
        await ExecAsync(
            """
            INSERT INTO email_outbox (shop_id, kind, dedupe_key, to_address, to_name, subject, text_body, next_attempt_at)
            VALUES ($1, 'newsletter', $2, $3, $4, 'Hírlevél', $5, now())
            """,
            shopId, $"seed:{shopId}:{key}", email, name, "Kedves " + name);
        await ExecAsync(
            "INSERT INTO privacy_export_links (token_hash, shop_id, email, expires_at) VALUES ($1, $2, $3, now() + interval '10 minutes')",
            System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), shopId, email);
        await transaction.CommitAsync();
        return new SeededPerson(shopId, key, email, phone, name, userId, session, guestSession, cart);
    }
}
