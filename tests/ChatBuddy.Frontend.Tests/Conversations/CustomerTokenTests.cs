using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBuddy.Frontend.Tests.Conversations;

/// <summary>A logged-in shopper's shop-signed token verifies them for their own orders, and nobody else's.</summary>
[Collection(FrontendCollection.Name)]
public sealed class CustomerTokenTests(FrontendFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASignedInShopperSeesTheirOrderWithoutTypingAContact()
    {
        var key = await RotateAsync();
        var chat = new ChatConversation(factory.CreateClient()) { CustomerToken = Sign(key, "kovacs.anna@example.hu") };

        var reply = await chat.SayAsync("hol tart a HB-20001 rendelésem?");

        Assert.Equal("order_status", reply.Agent());
        Assert.Contains("úton van", reply.Text());
        Assert.Contains("HB-20001", reply.Text());

        chat.CustomerToken = null;
        var again = await chat.SayAsync("és mikor érkezik?");
        Assert.Contains("HB-20001", again.Text());
    }

    [Fact]
    public async Task AnotherShoppersTokenGetsTheSameNeutralAnswerAsAnUnknownOrder()
    {
        var key = await RotateAsync();
        var chat = new ChatConversation(factory.CreateClient()) { CustomerToken = Sign(key, "nagy.bence@example.com") };
        var stranger = new ChatConversation(factory.CreateClient()) { CustomerToken = Sign(key, "nagy.bence@example.com") };

        var reply = await chat.SayAsync("hol tart a HB-20001 rendelésem?");
        var unknown = await stranger.SayAsync("hol tart a HB-99999 rendelésem?");

        Assert.Equal("order_status", reply.Agent());
        Assert.DoesNotContain("úton", reply.Text());
        Assert.DoesNotContain("GLS", reply.Text());
        Assert.Equal(unknown.Text(), reply.Text());
    }

    [Fact]
    public async Task ForgedExpiredOrForeignTokensAreRefused()
    {
        var key = await RotateAsync();
        var forged = key with { Secret = Base64UrlEncoder.Encode(new byte[32]) };
        var tokens = new[]
        {
            Sign(forged, "kovacs.anna@example.hu"),
            Sign(key, "kovacs.anna@example.hu", expires: DateTime.UtcNow.AddMinutes(-5)),
            Sign(key, "kovacs.anna@example.hu", expires: DateTime.UtcNow.AddDays(3)),
            Sign(key, "kovacs.anna@example.hu", issuer: "another-shop"),
            Sign(key, "not an e-mail"),
            "not.a.jwt",
            Sign(key, "kovacs.anna@example.hu")[..^4] + "AAAA",
        };

        foreach (var token in tokens)
        {
            using var client = factory.CreateClient();
            var response = await client.PostAsJsonAsync("/api/v1/chat", new { message = "hol tart a HB-20001?", customer_token = token }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task ARotationKeepsThePreviousKeyAndRetiresTheOneBefore()
    {
        var oldest = await RotateAsync();
        var previous = await RotateAsync();
        var newest = await RotateAsync();

        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(Sign(newest, "kovacs.anna@example.hu")));
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(Sign(previous, "kovacs.anna@example.hu")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(Sign(oldest, "kovacs.anna@example.hu")));
    }

    [Fact]
    public async Task KeysAreOnlyIssuedToAdminsForKnownShops()
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/v1/admin/shops/demo/customer-token-keys", null, Ct)).StatusCode);

        client.DefaultRequestHeaders.Add("X-Admin-Key", FrontendFactory.AdminKey);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/v1/admin/shops/no-such-shop/customer-token-keys", null, Ct)).StatusCode);
    }

    private async Task<HttpStatusCode> StatusWithAsync(string token)
    {
        using var client = factory.CreateClient();
        return (await client.PostAsJsonAsync("/api/v1/chat", new { message = "szia", customer_token = token }, Ct)).StatusCode;
    }

    private async Task<CustomerKey> RotateAsync()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", FrontendFactory.AdminKey);
        var response = await client.PostAsync("/api/v1/admin/shops/demo/customer-token-keys", null, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return new CustomerKey(body.GetProperty("kid").GetString()!, body.GetProperty("secret").GetString()!, body.GetProperty("issuer").GetString()!);
    }

    private static string Sign(CustomerKey key, string email, DateTime? expires = null, string? issuer = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? key.Issuer,
            Audience = "chatbuddy",
            Subject = new ClaimsIdentity([new Claim("email", email), new Claim("name", "Kovács Anna")]),
            IssuedAt = now.AddMinutes(-10),
            NotBefore = now.AddMinutes(-10),
            Expires = expires ?? now.AddMinutes(30),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Base64UrlEncoder.DecodeBytes(key.Secret)) { KeyId = key.Kid }, SecurityAlgorithms.HmacSha256),
        });
    }

    private sealed record CustomerKey(string Kid, string Secret, string Issuer);
}
