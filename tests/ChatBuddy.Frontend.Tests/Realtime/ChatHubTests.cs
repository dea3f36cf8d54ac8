using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatBuddy.Frontend.Tests.Realtime;

[Collection(FrontendCollection.Name)]
public sealed class ChatHubTests(FrontendFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASentMessageIsAckedThenTypedThenStreamedThenStoredWithRisingSeq()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        await using var hub = await RealtimeClients.ConnectHubAsync(factory.Server);
        await hub.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 0, Ct);

        await hub.Connection.InvokeAsync("Send", "c-1", "van piros futócipő 40-es méretben?", Ct);
        var first = await hub.UntilMessageAsync();

        Assert.Equal("Ack", first[0].Name);
        Assert.Equal("c-1", first[0].A);
        Assert.Equal(1, first[0].Seq);
        Assert.Equal("Typing", first[1].Name);
        var deltas = first.Skip(2).TakeWhile(e => e.Name == "Delta").ToList();
        Assert.NotEmpty(deltas);
        var message = first[^1];
        Assert.Equal("Message", message.Name);
        Assert.Equal(first.Count, 2 + deltas.Count + 1);
        Assert.All(deltas, d => Assert.Equal(message.Message.GetProperty("messageId").GetString(), d.A));
        Assert.Equal(string.Concat(deltas.Select(d => d.B)), message.Message.GetProperty("reply").GetString());
        Assert.Equal(2, message.Seq);
        Assert.Equal("product_info", message.Message.GetProperty("agent").GetString());
        Assert.Equal("assistant", message.Message.GetProperty("role").GetString());
        Assert.NotEmpty(message.Message.GetProperty("products").EnumerateArray());
        Assert.True(message.Message.TryGetProperty("quickReplies", out _));
        Assert.False(message.Message.GetProperty("handoff").GetBoolean());
        Assert.Empty(message.Message.GetProperty("flags").EnumerateArray());

        await hub.Connection.InvokeAsync("QuickReply", "c-2", "és kékben?", Ct);
        var second = await hub.UntilMessageAsync();
        Assert.Equal(3, second[0].Seq);
        Assert.Equal(4, second[^1].Seq);
    }

    [Fact]
    public async Task HelloWithLastSeqReplaysExactlyTheMissingMessages()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        await using (var first = await RealtimeClients.ConnectHubAsync(factory.Server))
        {
            await first.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 0, Ct);
            await first.Connection.InvokeAsync("Send", "r-1", "szia", Ct);
            await first.UntilMessageAsync();
            await first.Connection.InvokeAsync("Send", "r-2", "futócipőt keresek", Ct);
            await first.UntilMessageAsync();
        }

        await using var resumed = await RealtimeClients.ConnectHubAsync(factory.Server);
        await resumed.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 2, Ct);
        var replayed = new[] { await resumed.NextAsync(), await resumed.NextAsync() };

        Assert.Equal([3, 4], replayed.Select(e => e.Seq));
        Assert.Equal("user", replayed[0].Message.GetProperty("role").GetString());
        Assert.Equal("r-2", replayed[0].Message.GetProperty("clientId").GetString());
        Assert.Equal("futócipőt keresek", replayed[0].Message.GetProperty("reply").GetString());
        Assert.Equal("assistant", replayed[1].Message.GetProperty("role").GetString());
        Assert.NotEmpty(replayed[1].Message.GetProperty("products").EnumerateArray());

        await resumed.Connection.InvokeAsync("Send", "r-3", "köszönöm", Ct);
        Assert.Equal(5, (await resumed.NextAsync()).Seq);
    }

    [Fact]
    public async Task ARepeatedClientIdIsAnsweredFromTheStoreNotTwice()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        await using var hub = await RealtimeClients.ConnectHubAsync(factory.Server);
        await hub.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 0, Ct);

        await hub.Connection.InvokeAsync("Send", "same", "milyen szállítási módok vannak?", Ct);
        var original = await hub.UntilMessageAsync();
        await hub.Connection.InvokeAsync("Send", "same", "milyen szállítási módok vannak?", Ct);
        var repeated = await hub.UntilMessageAsync();

        Assert.Equal(["Ack", "Message"], repeated.Select(e => e.Name));
        Assert.Equal(original[0].B, repeated[0].B);
        Assert.Equal(original[^1].Message.GetProperty("messageId").GetString(), repeated[^1].Message.GetProperty("messageId").GetString());
        Assert.Equal(original[^1].Message.GetProperty("reply").GetString(), repeated[^1].Message.GetProperty("reply").GetString());

        await using var check = await RealtimeClients.ConnectHubAsync(factory.Server);
        await check.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 0, Ct);
        var all = new[] { await check.NextAsync(), await check.NextAsync() };
        Assert.Equal([1, 2], all.Select(e => e.Seq));
        await check.Connection.InvokeAsync("Typing", Ct);
        Assert.False(check.HasPending);
    }

    [Fact]
    public async Task AWrongTokenIsRefusedAndNothingCanBeSent()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        var other = await RealtimeClients.NewSessionAsync(factory.Server);
        await using var hub = await RealtimeClients.ConnectHubAsync(factory.Server);

        await hub.Connection.InvokeAsync("Hello", session.SessionId, other.Token, 0, Ct);
        var refused = await hub.NextAsync();
        Assert.Equal(("Error", "unauthorized"), (refused.Name, refused.A));

        await hub.Connection.InvokeAsync("Send", "x-1", "szia", Ct);
        var notYet = await hub.NextAsync();
        Assert.Equal(("Error", "hello_required"), (notYet.Name, notYet.A));
    }

    [Fact]
    public async Task AnInvalidMessageIsAnErrorNotATurn()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        await using var hub = await RealtimeClients.ConnectHubAsync(factory.Server);
        await hub.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 0, Ct);

        await hub.Connection.InvokeAsync("Send", "long", new string('a', 2001), Ct);
        var tooLong = await hub.NextAsync();
        Assert.Equal(("Error", "invalid_message"), (tooLong.Name, tooLong.A));
        await hub.Connection.InvokeAsync("Send", "", "szia", Ct);
        var noId = await hub.NextAsync();
        Assert.Equal(("Error", "invalid_message"), (noId.Name, noId.A));
    }

    [Fact]
    public async Task APageFromAnOriginTheShopDoesNotAllowCannotConnect()
    {
        var refused = await Assert.ThrowsAnyAsync<HttpRequestException>(() => RealtimeClients.ConnectHubAsync(factory.Server, origin: "https://evil.example"));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);

        await using var sameOrigin = await RealtimeClients.ConnectHubAsync(factory.Server, origin: "http://localhost");
        Assert.Equal(HubConnectionState.Connected, sameOrigin.Connection.State);
    }

    [Fact]
    public async Task AStaffReplyThroughTheAdminApiReachesTheConnectedClient()
    {
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        await using var hub = await RealtimeClients.ConnectHubAsync(factory.Server);
        await hub.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 0, Ct);
        await hub.Connection.InvokeAsync("Send", "h-1", "szeretnék egy emberrel beszélni", Ct);
        await hub.UntilMessageAsync();

        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", FrontendFactory.AdminKey);
        using var response = await admin.PostAsJsonAsync($"/api/v1/admin/sessions/{session.SessionId}/reply?shop=demo", new { text = "Szia, Kata vagyok, miben segíthetek?", staff = "Kata" }, Ct);
        response.EnsureSuccessStatusCode();

        var pushed = await hub.NextAsync();
        Assert.Equal("Message", pushed.Name);
        Assert.Equal("human", pushed.Message.GetProperty("role").GetString());
        Assert.Equal("human", pushed.Message.GetProperty("agent").GetString());
        Assert.Equal("Szia, Kata vagyok, miben segíthetek?", pushed.Message.GetProperty("reply").GetString());
        Assert.Equal(3, pushed.Seq);
    }
}
