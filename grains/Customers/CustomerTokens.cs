using System.Net.Mail;
using System.Security.Cryptography;
using ChatBuddy.GrainInterfaces.Conversations;
using Dapper;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace ChatBuddy.Grains.Customers;

/// <summary>
/// Shop-signed customer identity tokens: a shop whose shopper is logged in signs a short JWT (HS256,
/// issuer = the shop id, audience "chatbuddy", claims <c>email</c> and optionally <c>name</c>) with a
/// key it got from us, and the chat treats that shopper as verified for their own orders. Each shop
/// holds at most two keys, the newest and the one before, so a rotation never logs shoppers out.
/// </summary>
public sealed class CustomerTokens(NpgsqlDataSource db, TimeProvider clock)
{
    public const string Audience = "chatbuddy";
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(24);
    private const int MaxTokenLength = 4096;

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>Creates a new signing key for the shop and retires every key older than the previous one.</summary>
    public async Task<CustomerTokenKey> RotateAsync(string shopId, CancellationToken cancellationToken = default)
    {
        var kid = Guid.CreateVersion7().ToString("N")[..16];
        var secret = RandomNumberGenerator.GetBytes(32);
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO app_secrets (name, value) VALUES (@name, @secret);
            DELETE FROM app_secrets
            WHERE starts_with(name, @prefix) AND name NOT IN (
                SELECT name FROM app_secrets WHERE starts_with(name, @prefix) ORDER BY created_at DESC, name DESC LIMIT 2)
            """,
            new { name = KeyName(shopId, kid), secret, prefix = KeyName(shopId, "") },
            cancellationToken: cancellationToken));
        return new CustomerTokenKey(kid, Base64UrlEncoder.Encode(secret), SecurityAlgorithms.HmacSha256, shopId, Audience);
    }

    /// <summary>The shopper the token vouches for, or null when it is not a valid token of this shop.</summary>
    public async Task<VerifiedCustomer?> VerifyAsync(string shopId, string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || !_handler.CanReadToken(token))
        {
            return null;
        }

        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (string.IsNullOrEmpty(jwt.Kid) || jwt.Kid.Length > 64 || await KeyAsync(shopId, jwt.Kid, cancellationToken) is not { } key)
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = shopId,
            ValidAudience = Audience,
            IssuerSigningKey = new SymmetricSecurityKey(key) { KeyId = jwt.Kid },
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            LifetimeValidator = WithinLifetime,
        });
        if (!result.IsValid || !result.Claims.TryGetValue("email", out var email) || email is not string address || !IsEmail(address))
        {
            return null;
        }

        var name = result.Claims.TryGetValue("name", out var n) && n is string given && given.Length is > 0 and <= 200 ? given : null;
        return new VerifiedCustomer(address.Trim().ToLowerInvariant(), name);
    }

    private bool WithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var issued = token is JsonWebToken { IssuedAt: var iat } && iat != DateTime.MinValue ? iat : now;
        return expires is { } exp
            && exp > now - parameters.ClockSkew
            && exp - issued <= MaxLifetime
            && (notBefore is null || notBefore <= now + parameters.ClockSkew);
    }

    private async Task<byte[]?> KeyAsync(string shopId, string kid, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<byte[]?>(new CommandDefinition(
            "SELECT value FROM app_secrets WHERE name = @name", new { name = KeyName(shopId, kid) }, cancellationToken: cancellationToken));
    }

    private static string KeyName(string shopId, string kid) => $"customer-token:{shopId}:{kid}";

    private static bool IsEmail(string text) =>
        text.Length <= 254 && MailAddress.TryCreate(text.Trim(), out var parsed) && parsed.Address == text.Trim();
}

/// <summary>A shop's signing key for customer tokens, shown to the shop owner once when created.</summary>
public sealed record CustomerTokenKey(string Kid, string Secret, string Algorithm, string Issuer, string Audience);
