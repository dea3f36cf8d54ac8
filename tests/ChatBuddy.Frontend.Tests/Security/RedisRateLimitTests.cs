using System.Net;
using ChatBuddy.Frontend.Security;
using ChatBuddy.Frontend.Tests.Realtime;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>The same limits counted in the local Redis, so every frontend shares one window per partition.</summary>
public sealed class RedisAccessFactory : AccessFactory
{
    protected override Dictionary<string, string> Settings()
    {
        var settings = base.Settings();
        settings["ChatBuddy:RateLimits:Redis"] = ScaleOutCluster.Redis;
        return settings;
    }
}

[CollectionDefinition(Name)]
public sealed class RedisAccessCollection : ICollectionFixture<RedisAccessFactory>
{
    public const string Name = "access-redis";
}

[Collection(RedisAccessCollection.Name)]
public sealed class RedisRateLimitTests(RedisAccessFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheLimitIsCountedInRedisAndRefusesTheBurstWhileAnotherAddressIsServed()
    {
        Assert.True(factory.Services.GetRequiredService<ChatRateLimiter>().UsesRedis);
        var noisy = $"198.18.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 255)}";
        using var client = factory.ClientFrom(noisy);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 20; i++)
        {
            var response = await client.GetAsync("/api/v1/products/search?q=cipő", Ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused ??= response;
            }
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.NotNull(refused!.Headers.RetryAfter?.Delta);

        await using var redis = await ConnectionMultiplexer.ConnectAsync(ScaleOutCluster.Redis);
        var key = $"rl:sw:{{chatbuddy:catalog:ip:{ClientAddress.Hash(noisy)}}}";
        Assert.Equal(5, await redis.GetDatabase().SortedSetLengthAsync(key));

        using var quiet = factory.ClientFrom($"198.19.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 255)}");
        using var served = await quiet.GetAsync("/api/v1/products/search?q=cipő", Ct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task HubMessagesAreLimitedThroughRedisToo()
    {
        var address = $"198.18.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 255)}";
        var session = await RealtimeClients.NewSessionAsync(factory.Server);
        await using var hub = await RealtimeClients.ConnectHubAsync(factory.Server, headers: new Dictionary<string, string> { ["X-Forwarded-For"] = address });
        await hub.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 0, Ct);
        for (var i = 0; i < 3; i++)
        {
            await hub.Connection.InvokeAsync("Send", $"r-{i}", "mennyi a szállítási díj?", Ct);
            Assert.Equal("Message", (await hub.UntilMessageAsync())[^1].Name);
        }

        await hub.Connection.InvokeAsync("Send", "r-3", "és a visszaküldés?", Ct);
        var error = await hub.NextAsync();

        Assert.Equal(("Error", "rate_limited"), (error.Name, error.A));
        Assert.InRange(error.RetryAfter ?? 0, 1, 30);
    }
}
