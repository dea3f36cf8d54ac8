using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.Grains.Conversations;
using ChatBuddy.Grains.Tenants;

namespace ChatBuddy.Grains.Tests.Conversations;

[Collection(ClusterCollection.Name)]
public sealed class ChatSessionGrainTests(ClusterFixture fixture) : IAsyncLifetime
{
    private const string Shop = "chat-shop";

    public async ValueTask InitializeAsync() =>
        await new ShopRepository(fixture.Database.DataSource).EnsureAsync(Shop, "Chat bolt");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task MessagesGetConsecutiveSequenceNumbersAndAreStored()
    {
        var (session, id) = Session();

        var first = await session.AppendAsync(new NewMessage(MessageRole.User, "Van piros futócipő?", "c-1", null));
        var second = await session.AppendAsync(new NewMessage(MessageRole.Assistant, "Igen, három is.", null, "product_info"));

        Assert.Equal((1, 2), (first.Seq, second.Seq));
        Assert.Equal(2, await fixture.Database.ScalarAsync<int>("SELECT count(*) FROM chat_messages WHERE session_id = $1", id));
        Assert.Equal("product_info", await fixture.Database.ScalarAsync<string>("SELECT agent FROM chat_messages WHERE session_id = $1 AND seq = 2", id));
    }

    [Fact]
    public async Task ARepeatedClientIdReturnsTheStoredMessageInsteadOfAddingOne()
    {
        var (session, id) = Session();

        var first = await session.AppendAsync(new NewMessage(MessageRole.User, "hol tart a rendelesem", "same", null));
        var again = await session.AppendAsync(new NewMessage(MessageRole.User, "hol tart a rendelesem", "same", null));

        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(1, await fixture.Database.ScalarAsync<int>("SELECT count(*) FROM chat_messages WHERE session_id = $1", id));
    }

    [Fact]
    public async Task StateSurvivesDeactivationAndSequenceContinues()
    {
        var (session, _) = Session();
        await session.AppendAsync(new NewMessage(MessageRole.User, "Szia!", "a", null));
        await session.RecordRoutingAsync(new RoutingDecision(1, "general", 0.93, "greeting"));
        await session.SetLanguageAsync("en");

        await fixture.DeactivateAllAsync();
        var next = await session.AppendAsync(new NewMessage(MessageRole.User, "Hello", "b", null));
        var snapshot = await session.GetSnapshotAsync();

        Assert.Equal(2, next.Seq);
        Assert.Equal("en", snapshot.Language);
        Assert.Equal("general", snapshot.CurrentAgent);
        Assert.Equal(["Szia!", "Hello"], snapshot.Transcript.Select(t => t.Text));
        Assert.Equal("greeting", Assert.Single(snapshot.Routing).Reason);
    }

    [Fact]
    public async Task TheTranscriptWindowIsReadFromTheMessagesAndNotWrittenIntoGrainState()
    {
        var (session, id) = Session();
        for (var i = 1; i <= ChatSessionGrain.TranscriptWindow + 5; i++)
        {
            await session.AppendAsync(new NewMessage(MessageRole.User, $"üzenet {i}", null, null));
        }

        await fixture.DeactivateAllAsync();
        var snapshot = await session.GetSnapshotAsync();

        Assert.Equal(Enumerable.Range(6, ChatSessionGrain.TranscriptWindow), snapshot.Transcript.Select(t => t.Seq));
        Assert.Equal("üzenet 55", snapshot.Transcript[^1].Text);
        Assert.Equal(55, snapshot.LastSeq);
        Assert.Equal(1, await fixture.Database.ScalarAsync<int>(
            "SELECT count(*)::int FROM orleansstorage WHERE grainidextensionstring = $1 AND payloadbinary IS NOT NULL", GrainKeys.ForShop(Shop, id.ToString())));
        Assert.Equal(0, await fixture.Database.ScalarAsync<int>(
            "SELECT count(*)::int FROM orleansstorage WHERE grainidextensionstring = $1 AND convert_from(payloadbinary, 'UTF8') LIKE '%üzenet%'", GrainKeys.ForShop(Shop, id.ToString())));
    }

    [Fact]
    public async Task EmptyMessagesAndUnknownLanguagesAreRefused()
    {
        var (session, _) = Session();

        await Assert.ThrowsAsync<ArgumentException>(() => session.AppendAsync(new NewMessage(MessageRole.User, "  ", null, null)));
        await Assert.ThrowsAsync<ArgumentException>(() => session.SetLanguageAsync("de"));
    }

    [Fact]
    public async Task AStoredMessageWhoseTurnDiedIsAnsweredWhenItsClientIdIsSentAgainAndOnlyThen()
    {
        var (session, id) = Session();
        // What a turn leaves behind when its caller vanished between storing the message and answering.
        var stored = await session.AppendAsync(new NewMessage(MessageRole.User, "mennyi a szállítási díj?", "died", null));

        var retried = await CollectAsync(session.ChatAsync(new ChatTurn("mennyi a szállítási díj?", "died")));
        var again = await CollectAsync(session.ChatAsync(new ChatTurn("mennyi a szállítási díj?", "died")));

        var ack = Assert.IsType<ChatAck>(retried[0]);
        Assert.Equal((stored.MessageId, 1), (ack.MessageId, ack.Seq));
        var reply = Assert.IsType<ChatReply>(retried[^1]);
        Assert.Equal(2, reply.Seq);
        Assert.Contains(retried, e => e is ChatDelta);
        Assert.Equal(2, again.Count);
        Assert.Equal(reply.MessageId, Assert.IsType<ChatReply>(again[1]).MessageId);
        Assert.Equal(2, await fixture.Database.ScalarAsync<int>("SELECT count(*) FROM chat_messages WHERE session_id = $1", id));
    }

    [Fact]
    public async Task AnUnansweredMessageIsNotAnsweredLateOnceTheConversationMovedOn()
    {
        var (session, _) = Session();
        await session.AppendAsync(new NewMessage(MessageRole.User, "szia", "early", null));
        await CollectAsync(session.ChatAsync(new ChatTurn("futócipőt keresek", "later")));

        var retried = await CollectAsync(session.ChatAsync(new ChatTurn("szia", "early")));

        Assert.Equal(1, Assert.IsType<ChatAck>(Assert.Single(retried)).Seq);
    }

    private static async Task<List<ChatEvent>> CollectAsync(IAsyncEnumerable<ChatEvent> events)
    {
        var list = new List<ChatEvent>();
        await foreach (var e in events)
        {
            list.Add(e);
        }

        return list;
    }

    private (IChatSessionGrain Grain, Guid Id) Session()
    {
        var id = Guid.NewGuid();
        return (fixture.Cluster.Client.GetGrain<IChatSessionGrain>(GrainKeys.ForShop(Shop, id.ToString())), id);
    }
}
