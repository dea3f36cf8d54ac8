using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBuddy.Frontend.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>Admin-side helpers for the access tests: API keys through the admin API, admin tokens as the CLI mints them.</summary>
public static class AccessAdmin
{
    public static async Task<string> CreateApiKeyAsync(FrontendFactory factory, string shop, string name)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", FrontendFactory.AdminKey);
        using var response = await client.PostAsJsonAsync($"/api/v1/admin/shops/{shop}/api-keys", new { name }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return body.GetProperty("key").GetString()!;
    }

    /// <summary>How many audit rows have this action (and, when given, this subject and actor).</summary>
    public static async Task<long> AuditCountAsync(FrontendFactory factory, string action, string? subject = null, string? actor = null) =>
        await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_logs WHERE action = $1 AND ($2 = '' OR subject = $2) AND ($3 = '' OR actor = $3)",
            action, subject ?? "", actor ?? "");

    public static AdminJwtOptions JwtOptions() => new()
    {
        Keys =
        [
            new AdminJwtKey { Kid = AccessFactory.OldKid, Secret = AccessFactory.OldSecret },
            new AdminJwtKey { Kid = AccessFactory.NewKid, Secret = AccessFactory.NewSecret },
        ],
    };

    /// <summary>A token shaped like ours but signed with whatever key and claims a test needs.</summary>
    public static string Forge(string kid, string secret, string issuer = "chatbuddy", string audience = "chatbuddy-admin", DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["sub"] = "mallory" },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(secret)) { KeyId = kid }, SecurityAlgorithms.HmacSha256),
        });
    }
}
