using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Security.Gdpr;
using ChatBuddy.Grains.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ChatBuddy.Grains.Tests.Security;

/// <summary>The retention job deletes conversations idle longer than the shop's setting — rows and grain state — and nothing newer.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConversationRetentionTests(ClusterFixture fixture)
{
    private const string Shop = "gdpr-retention";
    private const string OtherShop = "gdpr-retention-long";

    [Fact]
    public async Task OnlyConversationsOlderThanTheShopsRetentionAreDeletedWithTheirGrainState()
    {
        await new ShopRepository(fixture.Database.DataSource).EnsureAsync(Shop, "Rövid bolt");
        await new ShopRepository(fixture.Database.DataSource).EnsureAsync(OtherShop, "Hosszú bolt");
        var tenant = fixture.Cluster.Client.GetGrain<IShopTenantGrain>(Shop);
        await tenant.UpdateSettingsAsync((await tenant.GetSettingsAsync() ?? ShopSettings.Default(Shop)) with { RetentionDays = 30 });

        var (old, oldId) = await ConversationAsync(Shop, "régi beszélgetés");
        var (recent, recentId) = await ConversationAsync(Shop, "friss beszélgetés");
        var (elsewhere, elsewhereId) = await ConversationAsync(OtherShop, "másik bolt, régi");
        await fixture.Database.ScalarAsync<int>(
            "UPDATE chat_sessions SET last_activity_at = now() - interval '31 days' WHERE id = ANY($1)", new[] { oldId, elsewhereId });
        await fixture.Database.ScalarAsync<int>("UPDATE chat_sessions SET last_activity_at = now() - interval '29 days' WHERE id = $1", recentId);

        var retention = ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredService<ConversationRetention>();
        await retention.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, await fixture.Database.ScalarAsync<int>("SELECT count(*)::int FROM chat_sessions WHERE id = $1", oldId));
        Assert.Equal(0, await fixture.Database.ScalarAsync<int>("SELECT count(*)::int FROM chat_messages WHERE session_id = $1", oldId));
        Assert.Empty((await old.GetSnapshotAsync()).Transcript);
        Assert.Equal(0, await fixture.Database.ScalarAsync<int>(
            "SELECT count(*)::int FROM orleansstorage WHERE grainidextensionstring = $1 AND payloadbinary IS NOT NULL", GrainKeys.ForShop(Shop, oldId.ToString())));

        Assert.Single((await recent.GetSnapshotAsync()).Transcript);
        Assert.Equal(1, await fixture.Database.ScalarAsync<int>("SELECT count(*)::int FROM chat_messages WHERE session_id = $1", recentId));
        Assert.Single((await elsewhere.GetSnapshotAsync()).Transcript);
        Assert.Equal(1, await fixture.Database.ScalarAsync<int>("SELECT count(*)::int FROM chat_sessions WHERE id = $1", elsewhereId));

        Assert.Equal("1", await fixture.Database.ScalarAsync<string>(
            "SELECT details->>'sessions' FROM audit_logs WHERE action = $1 AND shop_id = $2 ORDER BY id DESC LIMIT 1", ConversationRetention.Action, Shop));
        Assert.Equal(0, await fixture.Database.ScalarAsync<int>("SELECT count(*)::int FROM audit_logs a WHERE a::text LIKE '%beszélgetés%'"));
    }

    private async Task<(IChatSessionGrain Grain, Guid Id)> ConversationAsync(string shopId, string text)
    {
        var id = Guid.NewGuid();
        var grain = fixture.Cluster.Client.GetGrain<IChatSessionGrain>(GrainKeys.ForShop(shopId, id.ToString()));
        await grain.AppendAsync(new NewMessage(MessageRole.User, text, null, null));
        return (grain, id);
    }
}
