using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>
/// The real frontend with tight rate limits, admin JWT keys (an old and a new one) and HSTS on. The test
/// server has no TCP peer, so <see cref="PeerHeader"/> stands in for it (loopback when absent, i.e. a
/// local reverse proxy); <c>X-Forwarded-For</c> then names the client as a proxy would.
/// </summary>
public class AccessFactory : FrontendFactory
{
    public const string PeerHeader = "X-Test-Peer";
    public const string OldKid = "2026-10";
    public const string OldSecret = "old-signing-secret-0123456789-abcdefghij";
    public const string NewKid = "2026-11";
    public const string NewSecret = "new-signing-secret-9876543210-zyxwvutsrq";

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestPeer>());
    }

    protected virtual Dictionary<string, string> Settings() => new()
    {
        ["ChatBuddy:RateLimits:Enabled"] = "true",
        ["ChatBuddy:RateLimits:SegmentsPerWindow"] = "2",
        ["ChatBuddy:RateLimits:Chat:PerIp:PermitLimit"] = "6",
        ["ChatBuddy:RateLimits:Chat:PerIp:Window"] = "00:00:30",
        ["ChatBuddy:RateLimits:Chat:PerSession:PermitLimit"] = "3",
        ["ChatBuddy:RateLimits:Chat:PerSession:Window"] = "00:00:30",
        ["ChatBuddy:RateLimits:Chat:PerCustomer:PermitLimit"] = "4",
        ["ChatBuddy:RateLimits:Chat:PerCustomer:Window"] = "00:00:30",
        ["ChatBuddy:RateLimits:Sessions:PerIp:PermitLimit"] = "3",
        ["ChatBuddy:RateLimits:Sessions:PerIp:Window"] = "00:00:02",
        ["ChatBuddy:RateLimits:Catalog:PerIp:PermitLimit"] = "5",
        ["ChatBuddy:RateLimits:Catalog:PerIp:Window"] = "00:00:30",
        ["ChatBuddy:RateLimits:Catalog:PerApiKey:PermitLimit"] = "8",
        ["ChatBuddy:RateLimits:Catalog:PerApiKey:Window"] = "00:00:30",
        ["ChatBuddy:Security:BlockListCacheDuration"] = "00:00:30",
        ["ChatBuddy:Auth:Jwt:Keys:0:Kid"] = OldKid,
        ["ChatBuddy:Auth:Jwt:Keys:0:Secret"] = OldSecret,
        ["ChatBuddy:Auth:Jwt:Keys:1:Kid"] = NewKid,
        ["ChatBuddy:Auth:Jwt:Keys:1:Secret"] = NewSecret,
    };

    /// <summary>A client as seen through the local proxy: the proxy forwards its address.</summary>
    public HttpClient ClientFrom(string address)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private sealed class TestPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, nextMiddleware) =>
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse(http.Request.Headers[PeerHeader].ToString() is { Length: > 0 } peer ? peer : "127.0.0.1");
                await nextMiddleware(http);
            });
            next(app);
        };
    }
}

[CollectionDefinition(Name)]
public sealed class AccessCollection : ICollectionFixture<AccessFactory>
{
    public const string Name = "access";
}
