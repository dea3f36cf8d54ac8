using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBuddy.Frontend.Tests.Conversations;
using ChatBuddy.Frontend.Tests.Realtime;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>Sliding-window limits per client address, session, customer and API key, on REST, hub and socket.</summary>
[Collection(AccessCollection.Name)]
public sealed class RateLimitTests(AccessFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewAddress() => $"198.51.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 255)}";

    [Fact]
    public async Task ABurstOfTenTimesTheLimitFromOneAddressIsRefusedWhileAnotherAddressIsServed()
    {
        using var noisy = factory.ClientFrom(NewAddress());
        using var quiet = factory.ClientFrom(NewAddress());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 50; i++)
        {
            using var response = await noisy.GetAsync("/api/v1/products/search?q=cipő&shop=demo", Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(45, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.OK, s));
        using var served = await quiet.GetAsync("/api/v1/products/search?q=cipő&shop=demo", Ct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task ARefusalIsProblemJsonWithRetryAfter()
    {
        using var client = factory.ClientFrom(NewAddress());
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6 && refused is null; i++)
        {
            var response = await client.GetAsync("/api/v1/products/search?q=póló", Ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(refused);
        using (refused)
        {
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var retryAfter = refused.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.InRange(retryAfter.Value.TotalSeconds, 1, 30);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(429, problem.GetProperty("status").GetInt32());
            Assert.Equal((int)retryAfter.Value.TotalSeconds, problem.GetProperty("retry_after").GetInt32());
        }
    }

    [Fact]
    public async Task AForwardedAddressCountsOnlyWhenTheProxyIsKnown()
    {
        var stranger = "203.0.113." + Random.Shared.Next(1, 255);
        using var spoofing = factory.CreateClient();
        spoofing.DefaultRequestHeaders.Add(AccessFactory.PeerHeader, stranger);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            // A new X-Forwarded-For each time: from an unknown peer it is ignored, so all count against the peer.
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/products/search?q=táska");
            request.Headers.Add("X-Forwarded-For", NewAddress());
            using var response = await spoofing.SendAsync(request, Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task TheWindowSlidesSoPermitsComeBackAfterAWhile()
    {
        using var client = factory.ClientFrom(NewAddress());
        for (var i = 0; i < 3; i++)
        {
            using var created = await client.PostAsync("/api/v1/sessions?shop=demo", null, Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using (var refused = await client.PostAsync("/api/v1/sessions?shop=demo", null, Ct))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 2);
        }

        // The rate limiter's windows run on the real clock (it takes no TimeProvider): wait out the 2 s window.
        await Task.Delay(TimeSpan.FromSeconds(2.5), Ct);
        using var again = await client.PostAsync("/api/v1/sessions?shop=demo", null, Ct);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task ASessionMayNotSendMoreThanItsLimitOverRest()
    {
        using var client = factory.ClientFrom(NewAddress());
        var chat = new ChatConversation(client);
        for (var i = 0; i < 3; i++)
        {
            await chat.SayAsync("mennyi a szállítási díj?");
        }

        using var refused = await PostChatAsync(client, "és a visszaküldés?", chat.SessionId, chat.Token);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Contains("conversation", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AVerifiedCustomerIsLimitedAcrossSessions()
    {
        var key = await CustomerTokenSigner.CreateAsync(factory);
        var token = key.Sign($"limit.{Guid.NewGuid():N}@example.hu");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            // A new address and a new session each time: only the customer partition is shared.
            using var client = factory.ClientFrom(NewAddress());
            using var response = await PostChatAsync(client, "szia", customerToken: token);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task AnApiKeyIsLimitedWhicheverAddressItComesFrom()
    {
        var apiKey = await AccessAdmin.CreateApiKeyAsync(factory, "demo", "limits");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++)
        {
            using var client = factory.ClientFrom(NewAddress());
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
            using var response = await client.GetAsync("/api/v1/products/search?q=bögre", Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(8, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task HubMessagesOverTheLimitGetARateLimitedErrorAndTheConnectionStaysOpen()
    {
        var address = NewAddress();
        var session = await NewSessionAsync(address);
        await using var hub = await RealtimeClients.ConnectHubAsync(factory.Server, headers: new Dictionary<string, string> { ["X-Forwarded-For"] = address });
        await hub.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 0, Ct);
        for (var i = 0; i < 3; i++)
        {
            await hub.Connection.InvokeAsync("Send", $"h-{i}", "mennyi a szállítási díj?", Ct);
            var events = await hub.UntilMessageAsync();
            Assert.Equal("Message", events[^1].Name);
        }

        await hub.Connection.InvokeAsync("Send", "h-3", "és a visszaküldés?", Ct);
        var error = await hub.NextAsync();

        Assert.Equal(("Error", "rate_limited"), (error.Name, error.A));
        Assert.InRange(error.RetryAfter ?? 0, 1, 30);
        Assert.Equal(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, hub.Connection.State);
        await hub.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 6, Ct);
        Assert.Equal(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, hub.Connection.State);
    }

    [Fact]
    public async Task SocketMessagesOverTheLimitGetARateLimitedErrorFrameAndTheSocketStaysOpen()
    {
        var address = NewAddress();
        var session = await NewSessionAsync(address);
        using var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId, headers: new Dictionary<string, string> { ["X-Forwarded-For"] = address });
        await socket.SendAsync(new { type = "hello", token = session.Token, last_seq = 0 });
        for (var i = 0; i < 3; i++)
        {
            await socket.SendAsync(new { type = "message", client_id = $"w-{i}", text = "mennyi a szállítási díj?" });
            Assert.Equal("message", (await socket.UntilMessageAsync())[^1].GetProperty("type").GetString());
        }

        await socket.SendAsync(new { type = "message", client_id = "w-3", text = "és a visszaküldés?" });
        var error = (await socket.ReceiveAsync())!.Value;

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("rate_limited", error.GetProperty("code").GetString());
        Assert.InRange(error.GetProperty("retry_after").GetInt32(), 1, 30);
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    private static async Task<HttpResponseMessage> PostChatAsync(HttpClient client, string message, string? sessionId = null, string? token = null, string? customerToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat")
        {
            Content = JsonContent.Create(new { message, session_id = sessionId, customer_token = customerToken }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, Ct);
    }

    private async Task<NewSessionResult> NewSessionAsync(string address)
    {
        using var client = factory.ClientFrom(address);
        using var response = await client.PostAsync("/api/v1/sessions?shop=demo", null, Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new NewSessionResult(body.GetProperty("session_id").GetString()!, body.GetProperty("token").GetString()!);
    }
}
