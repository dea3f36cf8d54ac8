using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Conversations;
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
    public async Task EmptyMessagesAndUnknownLanguagesAreRefused()
    {
        var (session, _) = Session();

        await Assert.ThrowsAsync<ArgumentException>(() => session.AppendAsync(new NewMessage(MessageRole.User, "  ", null, null)));
        await Assert.ThrowsAsync<ArgumentException>(() => session.SetLanguageAsync("de"));
    }

    private (IChatSessionGrain Grain, Guid Id) Session()
    {
        var id = Guid.NewGuid();
        return (fixture.Cluster.Client.GetGrain<IChatSessionGrain>(GrainKeys.ForShop(Shop, id.ToString())), id);
    }
}
