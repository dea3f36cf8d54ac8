using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBuddy.Frontend.Security;

/// <summary>Mints admin tokens (<c>./chatbuddy admin token</c>) and states how the frontend validates them.</summary>
public sealed class AdminTokens(AdminJwtOptions options, TimeProvider clock)
{
    public const string ShopClaim = "shop";

    /// <summary>A token for <paramref name="subject"/>, limited to <paramref name="shopId"/> when given, signed with the newest key.</summary>
    public string Issue(string subject, string? shopId = null, TimeSpan? lifetime = null, string? kid = null)
    {
        var keys = options.SigningKeys();
        if (keys.Count == 0)
        {
            throw new InvalidOperationException($"Configure at least one key under {AdminJwtOptions.Section}:Keys (Kid, Secret of {AdminJwtOptions.MinSecretLength}+ characters).");
        }

        var key = kid is null ? keys[^1] : keys.FirstOrDefault(k => k.KeyId == kid) ?? throw new InvalidOperationException($"No configured key has kid '{kid}'.");
        var span = lifetime ?? options.Lifetime;
        if (span <= TimeSpan.Zero || span > options.MaxLifetime)
        {
            throw new ArgumentException($"A token lives between 1 minute and {options.MaxLifetime.TotalMinutes:0} minutes.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = subject, [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N") };
        if (shopId is not null)
        {
            claims[ShopClaim] = shopId;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + span,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Issuer, audience, lifetime and a signature by the key the <c>kid</c> names (no other key is tried).</summary>
    public static TokenValidationParameters ValidationParameters(AdminJwtOptions options) => new()
    {
        ValidIssuer = options.Issuer,
        ValidAudience = options.Audience,
        IssuerSigningKeys = options.SigningKeys(),
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = JwtRegisteredClaimNames.Sub,
    };

    public static string ActorOf(ClaimsPrincipal user) =>
        user.FindFirstValue(AccessClaims.Actor) ?? (user.FindFirstValue(JwtRegisteredClaimNames.Sub) is { } sub ? $"admin:{sub}" : "admin:unknown");
}

/// <summary>Claims every admin principal carries, whatever proved it.</summary>
public static class AccessClaims
{
    public const string Actor = "chatbuddy:actor";
}
