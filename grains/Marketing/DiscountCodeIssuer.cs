using System.Security.Cryptography;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Assistant.Tools;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Marketing;

/// <summary>
/// Issues personal discount codes strictly inside the shop's policy: the percentage is capped, the
/// minimum basket and expiry come from the policy, and a customer gets at most one code.
/// </summary>
public sealed class DiscountCodeIssuer(NpgsqlDataSource db, TimeProvider clock)
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<DiscountCodeResult> IssueAsync(string shopId, string customerKey, int? requestedPercent, DiscountPolicy policy, CancellationToken cancellationToken = default)
    {
        if (policy.MaxPercent <= 0)
        {
            return new DiscountCodeResult("not_offered", null, 0, 0, null);
        }

        var percent = Math.Clamp(requestedPercent is > 0 ? requestedPercent.Value : policy.MaxPercent, 1, policy.MaxPercent);
        var expires = clock.GetUtcNow() + policy.Validity;
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        if (policy.OnePerCustomer && await ExistingAsync(connection, shopId, customerKey, cancellationToken) is { } existing)
        {
            return existing with { Outcome = "already_issued" };
        }

        var code = "CB-" + RandomNumberGenerator.GetString(Alphabet, 8);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO discount_codes (shop_id, code, percent, min_basket, expires_at, customer_key)
            VALUES (@shopId, @code, @percent, @MinimumBasket, @expires, @customerKey)
            ON CONFLICT DO NOTHING
            """,
            new { shopId, code, percent, policy.MinimumBasket, expires, customerKey = policy.OnePerCustomer ? customerKey : null },
            cancellationToken: cancellationToken));
        if (inserted == 0 && await ExistingAsync(connection, shopId, customerKey, cancellationToken) is { } raced)
        {
            return raced with { Outcome = "already_issued" };
        }

        return new DiscountCodeResult("issued", code, percent, policy.MinimumBasket, DateOnly.FromDateTime(expires.UtcDateTime));
    }

    private static async Task<DiscountCodeResult?> ExistingAsync(NpgsqlConnection connection, string shopId, string customerKey, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(string Code, int Percent, int MinBasket, DateTime ExpiresAt)?>(new CommandDefinition(
            "SELECT code, percent, min_basket, expires_at FROM discount_codes WHERE shop_id = @shopId AND customer_key = @customerKey",
            new { shopId, customerKey },
            cancellationToken: cancellationToken));
        return row is { } r ? new DiscountCodeResult("issued", r.Code, r.Percent, r.MinBasket, DateOnly.FromDateTime(r.ExpiresAt)) : null;
    }
}
