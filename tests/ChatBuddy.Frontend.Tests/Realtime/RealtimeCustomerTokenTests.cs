using ChatBuddy.Frontend.Tests.Conversations;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatBuddy.Frontend.Tests.Realtime;

/// <summary>The shop-signed customer token on the hub (HelloAsCustomer) and the socket (hello's customer_token), checked as on REST.</summary>
[Collection(FrontendCollection.Name)]
public sealed class RealtimeCustomerTokenTests(FrontendFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASignedInShopperOnTheHubSeesTheirOrderWithoutTypingAContact()
    {
        var key = await CustomerTokenSigner.CreateAsync(factory);
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        await using var hub = await RealtimeClients.ConnectHubAsync(factory.Server);

        await hub.Connection.InvokeAsync("HelloAsCustomer", session.SessionId, session.Token, 0, key.Sign("kovacs.anna@example.hu"), Ct);
        await hub.Connection.InvokeAsync("Send", "c-1", "hol tart a HB-20001 rendelésem?", Ct);
        var events = await hub.UntilMessageAsync();

        Assert.Equal("Message", events[^1].Name);
        var reply = events[^1].Message.GetProperty("reply").GetString();
        Assert.Contains("úton van", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgedCustomerTokenOnTheHubIsRefusedAndBindsNoSession()
    {
        var key = await CustomerTokenSigner.CreateAsync(factory);
        var forged = key with { Secret = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(new byte[32]) };
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        await using var hub = await RealtimeClients.ConnectHubAsync(factory.Server);

        await hub.Connection.InvokeAsync("HelloAsCustomer", session.SessionId, session.Token, 0, forged.Sign("kovacs.anna@example.hu"), Ct);
        var refused = await hub.NextAsync();
        await hub.Connection.InvokeAsync("Send", "c-2", "szia", Ct);
        var unbound = await hub.NextAsync();

        Assert.Equal(("Error", "unauthorized"), (refused.Name, refused.A));
        Assert.Equal(("Error", "hello_required"), (unbound.Name, unbound.A));
    }

    [Fact]
    public async Task ASignedInShopperOnTheSocketSeesTheirOrderAndAForgedTokenIsRefused()
    {
        var key = await CustomerTokenSigner.CreateAsync(factory);
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        using (var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId))
        {
            await socket.SendAsync(new { type = "hello", token = session.Token, last_seq = 0, customer_token = key.Sign("kovacs.anna@example.hu") });
            await socket.SendAsync(new { type = "message", client_id = "w-1", text = "hol tart a HB-20001 rendelésem?" });
            var message = (await socket.UntilMessageAsync())[^1];

            Assert.Equal("message", message.GetProperty("type").GetString());
            Assert.Contains("úton van", message.GetProperty("reply").GetString(), StringComparison.Ordinal);
        }

        var other = await RealtimeClients.NewSessionAsync(factory.Server);
        using var refused = await RealtimeClients.ConnectSocketAsync(factory.Server, other.SessionId);
        await refused.SendAsync(new { type = "hello", token = other.Token, last_seq = 0, customer_token = key.Sign("kovacs.anna@example.hu")[..^4] + "AAAA" });
        var error = (await refused.ReceiveAsync())!.Value;
        var (status, _) = await refused.UntilClosedAsync();

        Assert.Equal("unauthorized", error.GetProperty("code").GetString());
        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.PolicyViolation, status);
    }
}
