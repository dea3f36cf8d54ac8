using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>Upserts platform customers into users and user_profiles by e-mail, keeping the platform's id.</summary>
public static class CustomerWriter
{
    public static async Task UpsertAsync(NpgsqlDataSource db, string shopId, IReadOnlyList<Customer> customers, CancellationToken cancellationToken)
    {
        var unique = customers.Where(c => c.Email is not null).GroupBy(c => c.Email!.ToLowerInvariant()).Select(g => g.MaxBy(c => c.UpdatedAt)!).ToList();
        if (unique.Count == 0)
        {
            return;
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO users AS u (shop_id, email, phone, name, external_id)
            SELECT @shopId, email, phone, name, external_id FROM unnest(@emails, @phones, @names, @ids) AS r(email, phone, name, external_id)
            WHERE erased_subject_at(@shopId, email) IS NULL
            ON CONFLICT (shop_id, lower(email)) WHERE email IS NOT NULL DO UPDATE SET
                phone = coalesce(excluded.phone, u.phone), name = coalesce(excluded.name, u.name),
                external_id = excluded.external_id, updated_at = now()
            WHERE (u.phone, u.name, u.external_id) IS DISTINCT FROM (coalesce(excluded.phone, u.phone), coalesce(excluded.name, u.name), excluded.external_id);

            INSERT INTO user_profiles AS p (user_id, shop_id, first_name, last_name, customer_group, shipping_address, billing_address)
            SELECT u.id, @shopId, r.first_name, r.last_name, r.customer_group, r.shipping::jsonb, r.billing::jsonb
            FROM unnest(@emails, @firsts, @lasts, @groups, @shipping, @billing) AS r(email, first_name, last_name, customer_group, shipping, billing)
            JOIN users u ON u.shop_id = @shopId AND lower(u.email) = lower(r.email)
            ON CONFLICT (user_id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
                customer_group = excluded.customer_group, shipping_address = excluded.shipping_address,
                billing_address = excluded.billing_address, updated_at = now()
            WHERE (p.first_name, p.last_name, p.customer_group, p.shipping_address, p.billing_address)
                IS DISTINCT FROM (excluded.first_name, excluded.last_name, excluded.customer_group, excluded.shipping_address, excluded.billing_address)
            """,
            new
            {
                shopId,
                emails = unique.Select(c => c.Email!.ToLowerInvariant()).ToArray(),
                phones = unique.Select(c => c.Phone).ToArray(),
                names = unique.Select(c => c.FullName).ToArray(),
                ids = unique.Select(c => c.ExternalId).ToArray(),
                firsts = unique.Select(c => c.FirstName).ToArray(),
                lasts = unique.Select(c => c.LastName).ToArray(),
                groups = unique.Select(c => c.GroupId).ToArray(),
                shipping = unique.Select(c => AddressJson.Serialize(Pick(c, "shipping"))).ToArray(),
                billing = unique.Select(c => AddressJson.Serialize(Pick(c, "billing"))).ToArray(),
            },
            cancellationToken: cancellationToken));
    }

    /// <summary>The address the platform marks for this use, else the customer's default, else the first.</summary>
    private static Address? Pick(Customer customer, string kind) =>
        customer.Addresses.FirstOrDefault(a => a.Kind == kind) ?? customer.Addresses.FirstOrDefault(a => a.Kind == "default") ?? (customer.Addresses.Count > 0 ? customer.Addresses[0] : null);
}
