using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBuddy.Frontend.Tests.Conversations;

/// <summary>Plays the shop's side of customer tokens: gets a key through the admin API and signs shoppers' tokens with it.</summary>
public sealed record CustomerTokenSigner(string Kid, string Secret, string Issuer)
{
    public static async Task<CustomerTokenSigner> CreateAsync(FrontendFactory factory, string shop = "demo")
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", FrontendFactory.AdminKey);
        var response = await client.PostAsync($"/api/v1/admin/shops/{shop}/customer-token-keys", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return new CustomerTokenSigner(body.GetProperty("kid").GetString()!, body.GetProperty("secret").GetString()!, body.GetProperty("issuer").GetString()!);
    }

    public string Sign(string email, DateTime? expires = null, string? issuer = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = "chatbuddy",
            Subject = new ClaimsIdentity([new Claim("email", email)]),
            IssuedAt = now.AddMinutes(-10),
            NotBefore = now.AddMinutes(-10),
            Expires = expires ?? now.AddMinutes(30),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Base64UrlEncoder.DecodeBytes(Secret)) { KeyId = Kid }, SecurityAlgorithms.HmacSha256),
        });
    }
}
