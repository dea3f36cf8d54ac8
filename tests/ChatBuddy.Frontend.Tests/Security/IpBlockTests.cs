using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBuddy.Frontend.Tests.Realtime;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>The admin-managed block list: refused on REST, hub and socket until the block expires or is removed.</summary>
[Collection(AccessCollection.Name)]
public sealed class IpBlockTests(AccessFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABlockedAddressIsRefusedEverywhereUntilTheBlockExpires()
    {
        var blocked = $"192.0.2.{Random.Shared.Next(1, 200)}";
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        using var admin = Admin();
        using (var created = await admin.PostAsJsonAsync(
            "/api/v1/admin/ip-blocks", new { address = blocked, reason = "burst", expires_at = DateTimeOffset.UtcNow.AddSeconds(4) }, Ct))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var client = factory.ClientFrom(blocked);
        using (var refused = await client.GetAsync("/api/v1/products/search?q=cipő", Ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        using (var other = await factory.ClientFrom("192.0.2.0").GetAsync("/api/v1/products/search?q=cipő", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        var headers = new Dictionary<string, string> { ["X-Forwarded-For"] = blocked };
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => RealtimeClients.ConnectHubAsync(factory.Server, headers: headers));
        var socketRefusal = await Assert.ThrowsAnyAsync<Exception>(() => RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId, headers: headers));
        Assert.Contains("403", socketRefusal.Message, StringComparison.Ordinal);

        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/ip-blocks", Ct);
        Assert.Contains(listed.EnumerateArray(), b => b.GetProperty("network").GetString() == $"{blocked}/32");

        // Expiry is checked on every request against the cached list: wait out the 4 s block on the real clock.
        await Task.Delay(TimeSpan.FromSeconds(4.5), Ct);
        using var served = await client.GetAsync("/api/v1/products/search?q=cipő", Ct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        await using var hub = await RealtimeClients.ConnectHubAsync(factory.Server, headers: headers);
    }

    [Fact]
    public async Task ANetworkBlockCoversItsAddressesAndRemovingItLiftsItAtOnce()
    {
        var third = Random.Shared.Next(0, 255);
        using var admin = Admin();
        using (var created = await admin.PostAsJsonAsync("/api/v1/admin/ip-blocks", new { address = $"100.64.{third}.0/24", reason = "scanner" }, Ct))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var client = factory.ClientFrom($"100.64.{third}.77");
        using (var refused = await client.GetAsync("/health", Ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var removed = await admin.DeleteAsync($"/api/v1/admin/ip-blocks?address=100.64.{third}.0/24", Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        var subject = ChatBuddy.Frontend.Security.ClientAddress.Actor($"100.64.{third}.0/24");
        Assert.Equal(1, await AccessAdmin.AuditCountAsync(factory, "ip.blocked", subject, "admin:bootstrap"));
        Assert.Equal(1, await AccessAdmin.AuditCountAsync(factory, "ip.unblocked", subject, "admin:bootstrap"));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM audit_logs WHERE details::text LIKE $1 OR subject LIKE $1", $"%100.64.{third}.%"));

        using var served = await client.GetAsync("/api/v1/products/search?q=cipő", Ct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task AConnectionOpenedBeforeItsAddressWasBlockedIsEndedAtItsNextMessage()
    {
        var blocked = $"198.51.100.{Random.Shared.Next(1, 250)}";
        var headers = new Dictionary<string, string> { ["X-Forwarded-For"] = blocked };
        var hubSession = await RealtimeClients.NewSessionAsync(factory.Server);
        var socketSession = await RealtimeClients.NewSessionAsync(factory.Server);
        await using var hub = await RealtimeClients.ConnectHubAsync(factory.Server, headers: headers);
        var hubClosed = new TaskCompletionSource();
        hub.Connection.Closed += _ =>
        {
            hubClosed.TrySetResult();
            return Task.CompletedTask;
        };
        await hub.Connection.InvokeAsync("Hello", hubSession.SessionId, hubSession.Token, 0, Ct);
        using var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, socketSession.SessionId, headers: headers);
        await socket.SendAsync(new { type = "hello", token = socketSession.Token, last_seq = 0 });

        using var admin = Admin();
        using (var created = await admin.PostAsJsonAsync("/api/v1/admin/ip-blocks", new { address = blocked, reason = "abuse" }, Ct))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        try
        {
            await hub.Connection.InvokeAsync("Send", "after-block", "van piros futócipő?", Ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !Ct.IsCancellationRequested)
        {
            // The server may end the connection before the invocation's completion reaches the client.
        }

        var hubError = await hub.NextAsync();
        Assert.Equal(("Error", "blocked"), (hubError.Name, hubError.A));
        await hubClosed.Task.WaitAsync(RealtimeClients.Patience, Ct);

        await socket.SendAsync(new { type = "message", client_id = "after-block", text = "van piros futócipő?" });
        var socketError = await socket.ReceiveAsync();
        Assert.Equal("blocked", socketError?.GetProperty("code").GetString());
        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.PolicyViolation, (await socket.UntilClosedAsync()).Status);

        // Refused before the session grain: neither message was stored or answered.
        Assert.Equal(0, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM chat_messages WHERE session_id::text IN ($1, $2)", hubSession.SessionId, socketSession.SessionId));
        using var removed = await admin.DeleteAsync($"/api/v1/admin/ip-blocks?address={blocked}", Ct);
    }

    [Theory]
    [InlineData("{\"address\":\"not an address\"}")]
    [InlineData("{\"address\":\"10.0.0.1/8\"}")]
    [InlineData("{\"address\":\"10.0.0.1\",\"expires_at\":\"2001-01-01T00:00:00Z\"}")]
    [InlineData("{}")]
    public async Task ABadBlockRequestIsA400(string json)
    {
        using var admin = Admin();
        using var response = await admin.PostAsync("/api/v1/admin/ip-blocks", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private HttpClient Admin()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", FrontendFactory.AdminKey);
        return client;
    }
}
