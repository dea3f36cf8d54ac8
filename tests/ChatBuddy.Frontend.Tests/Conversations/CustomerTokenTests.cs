using System.Net;
using System.Net.Http.Json;
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
        var key = await CustomerTokenSigner.CreateAsync(factory);
        var chat = new ChatConversation(factory.CreateClient()) { CustomerToken = key.Sign("kovacs.anna@example.hu") };

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
        var key = await CustomerTokenSigner.CreateAsync(factory);
        var chat = new ChatConversation(factory.CreateClient()) { CustomerToken = key.Sign("nagy.bence@example.com") };
        var stranger = new ChatConversation(factory.CreateClient()) { CustomerToken = key.Sign("nagy.bence@example.com") };

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
        var key = await CustomerTokenSigner.CreateAsync(factory);
        var forged = key with { Secret = Base64UrlEncoder.Encode(new byte[32]) };
        var tokens = new[]
        {
            forged.Sign("kovacs.anna@example.hu"),
            key.Sign("kovacs.anna@example.hu", expires: DateTime.UtcNow.AddMinutes(-5)),
            key.Sign("kovacs.anna@example.hu", expires: DateTime.UtcNow.AddDays(3)),
            key.Sign("kovacs.anna@example.hu", issuer: "another-shop"),
            key.Sign("not an e-mail"),
            "not.a.jwt",
            key.Sign("kovacs.anna@example.hu")[..^4] + "AAAA",
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
        var oldest = await CustomerTokenSigner.CreateAsync(factory);
        var previous = await CustomerTokenSigner.CreateAsync(factory);
        var newest = await CustomerTokenSigner.CreateAsync(factory);

        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(newest.Sign("kovacs.anna@example.hu")));
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(previous.Sign("kovacs.anna@example.hu")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(oldest.Sign("kovacs.anna@example.hu")));
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

}
