using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace ChatBuddy.Frontend.Tests.Realtime;

[Collection(FrontendCollection.Name)]
public sealed class ChatSocketTests(FrontendFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Type(JsonElement frame) => frame.GetProperty("type").GetString()!;

    [Fact]
    public async Task AMessageFrameIsAckedThenTypedThenStreamedThenStoredInSnakeCase()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        using var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId);
        await socket.SendAsync(new { type = "hello", token = session.Token, last_seq = 0 });

        await socket.SendAsync(new { type = "message", client_id = "s-1", text = "van piros futócipő 40-es méretben?" });
        var frames = await socket.UntilMessageAsync();

        Assert.Equal("ack", Type(frames[0]));
        Assert.Equal("s-1", frames[0].GetProperty("client_id").GetString());
        Assert.Equal(1, frames[0].GetProperty("seq").GetInt32());
        Assert.Equal("typing", Type(frames[1]));
        var deltas = frames.Skip(2).TakeWhile(f => Type(f) == "delta").ToList();
        Assert.NotEmpty(deltas);
        var message = frames[^1];
        Assert.Equal(frames.Count, 2 + deltas.Count + 1);
        Assert.Equal("message", Type(message));
        Assert.Equal(2, message.GetProperty("seq").GetInt32());
        Assert.Equal(string.Concat(deltas.Select(d => d.GetProperty("text").GetString())), message.GetProperty("reply").GetString());
        Assert.All(deltas, d => Assert.Equal(message.GetProperty("message_id").GetString(), d.GetProperty("message_id").GetString()));
        var product = message.GetProperty("products")[0];
        Assert.True(product.TryGetProperty("sale_price", out _));
        Assert.True(product.TryGetProperty("in_stock", out _));
        Assert.True(message.TryGetProperty("quick_replies", out _));
        Assert.False(message.GetProperty("handoff").GetBoolean());

        await socket.SendAsync(new { type = "quick_reply", client_id = "s-2", payload = "és kékben?" });
        var next = await socket.UntilMessageAsync();
        Assert.Equal(3, next[0].GetProperty("seq").GetInt32());
        Assert.Equal(4, next[^1].GetProperty("seq").GetInt32());

        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", Type((await socket.ReceiveAsync())!.Value));
    }

    [Fact]
    public async Task ResumingWithLastSeqReplaysOnlyTheMissingMessagesAndARepeatedClientIdIsNotProcessedTwice()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        using (var first = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId))
        {
            await first.SendAsync(new { type = "hello", token = session.Token, last_seq = 0 });
            await first.SendAsync(new { type = "message", client_id = "once", text = "mennyi a szállítási díj?" });
            await first.UntilMessageAsync();
        }

        using var resumed = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId);
        await resumed.SendAsync(new { type = "hello", token = session.Token, last_seq = 1 });
        var replay = (await resumed.ReceiveAsync())!.Value;
        Assert.Equal(("message", 2, "assistant"), (Type(replay), replay.GetProperty("seq").GetInt32(), replay.GetProperty("role").GetString()));

        await resumed.SendAsync(new { type = "message", client_id = "once", text = "mennyi a szállítási díj?" });
        var again = await resumed.UntilMessageAsync();
        Assert.Equal(["ack", "message"], again.Select(Type));
        Assert.Equal(1, again[0].GetProperty("seq").GetInt32());
        Assert.Equal(replay.GetProperty("message_id").GetString(), again[1].GetProperty("message_id").GetString());

        await resumed.SendAsync(new { type = "hello", token = session.Token, last_seq = 0 });
        var all = new[] { (await resumed.ReceiveAsync())!.Value, (await resumed.ReceiveAsync())!.Value };
        Assert.Equal([1, 2], all.Select(f => f.GetProperty("seq").GetInt32()));
        await resumed.SendAsync(new { type = "ping" });
        Assert.Equal("pong", Type((await resumed.ReceiveAsync())!.Value));
    }

    [Fact]
    public async Task MalformedFramesAreAnsweredWithErrorsAndTheSocketStaysOpen()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        using var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId);
        await socket.SendAsync(new { type = "hello", token = session.Token, last_seq = 0 });

        foreach (var bad in new[] { "{not json", "[1,2]", "{\"type\":42}", "{\"type\":\"dance\"}", "{\"type\":\"message\",\"text\":\"no id\"}", "\"\"" })
        {
            await socket.SendRawAsync(bad);
            var error = (await socket.ReceiveAsync())!.Value;
            Assert.Equal(("error", "bad_frame"), (Type(error), error.GetProperty("code").GetString()));
            Assert.False(string.IsNullOrEmpty(error.GetProperty("detail").GetString()));
        }

        await socket.SendAsync(new { type = "message", client_id = "m-1", text = "   " });
        Assert.Equal("invalid_message", (await socket.ReceiveAsync())!.Value.GetProperty("code").GetString());

        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", Type((await socket.ReceiveAsync())!.Value));
        Assert.Equal(WebSocketState.Open, socket.Socket.State);
    }

    [Fact]
    public async Task AnOversizeFrameClosesTheSocketWith1009()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        using var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId);
        await socket.SendAsync(new { type = "hello", token = session.Token, last_seq = 0 });

        await socket.SendAsync(new { type = "message", client_id = "big", text = new string('x', 20_000) });

        var (status, reason) = await socket.UntilClosedAsync();
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, status);
        Assert.Contains("16384", reason);
    }

    [Fact]
    public async Task ABinaryFrameClosesTheSocketWith1003()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        using var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId);
        await socket.SendAsync(new { type = "hello", token = session.Token, last_seq = 0 });

        await socket.Socket.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, endOfMessage: true, TestContext.Current.CancellationToken);

        var (status, reason) = await socket.UntilClosedAsync();
        Assert.Equal((WebSocketCloseStatus.InvalidMessageType, "text frames only"), (status, reason));
    }

    [Fact]
    public async Task AWrongTokenGetsAnErrorAndA1008Close()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        using var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId);

        await socket.SendAsync(new { type = "hello", token = "forged", last_seq = 0 });

        Assert.Equal("unauthorized", (await socket.ReceiveAsync())!.Value.GetProperty("code").GetString());
        var (status, reason) = await socket.UntilClosedAsync();
        Assert.Equal((WebSocketCloseStatus.PolicyViolation, "unauthorized"), (status, reason));
    }

    [Fact]
    public async Task AFirstFrameThatIsNotHelloClosesWith1008()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        using var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId);

        await socket.SendAsync(new { type = "message", client_id = "x", text = "szia" });

        Assert.Equal((WebSocketCloseStatus.PolicyViolation, "hello expected"), await socket.UntilClosedAsync());
    }

    [Fact]
    public async Task ASilentSocketIsClosedForIdlenessWith4000()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        using var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId);
        await socket.SendAsync(new { type = "hello", token = session.Token, last_seq = 0 });
        var started = DateTimeOffset.UtcNow;

        var (status, reason) = await socket.UntilClosedAsync();

        Assert.Equal(((WebSocketCloseStatus)4000, "idle timeout"), (status, reason));
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(4), "closed before the configured 5 s idle timeout");
    }

    [Fact]
    public async Task AHandshakeFromAnOriginTheShopDoesNotAllowIsRefusedBeforeTheUpgrade()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId, origin: "https://evil.example"));
        Assert.Contains("403", refused.Message);

        using var sameOrigin = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId, origin: "http://localhost");
        Assert.Equal(WebSocketState.Open, sameOrigin.Socket.State);
    }

    [Fact]
    public async Task AStaffReplyThroughTheAdminApiReachesTheConnectedSocket()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        using var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId);
        await socket.SendAsync(new { type = "hello", token = session.Token, last_seq = 0 });
        await socket.SendAsync(new { type = "message", client_id = "h-1", text = "szeretnék egy emberrel beszélni" });
        await socket.UntilMessageAsync();

        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", FrontendFactory.AdminKey);
        using var response = await admin.PostAsJsonAsync($"/api/v1/admin/sessions/{session.SessionId}/reply?shop=demo", new { text = "Szia, Kata vagyok." }, Ct);
        response.EnsureSuccessStatusCode();

        var pushed = (await socket.ReceiveAsync())!.Value;
        Assert.Equal(("message", "human", 3), (Type(pushed), pushed.GetProperty("role").GetString(), pushed.GetProperty("seq").GetInt32()));
        Assert.Equal("Szia, Kata vagyok.", pushed.GetProperty("reply").GetString());
    }
}
