using ChatBuddy.Frontend.Tests.Security;
using ChatBuddy.Grains.Demo;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBuddy.Frontend.Tests;

/// <summary>
/// The real frontend with its co-hosted silo, on a fresh database holding the demo shop. Orleans
/// binds real ports, so each factory takes free ones.
/// </summary>
public class FrontendFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminKey = "test-admin-key";

    public TestDatabase Database { get; } = new();

    /// <summary>What the server logged at Warning or above (a real provider, beside the console).</summary>
    public ServerLogCapture Logs { get; } = new();

    public virtual async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        await using var services = new ServiceCollection().AddChatBuddyData(Database.ConnectionString).BuildServiceProvider();
        await services.GetRequiredService<DemoShopLoader>().LoadAsync(DemoShopGenerator.Generate());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting("ChatBuddy:Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("ChatBuddy:Admin:ApiKey", AdminKey);
        builder.UseSetting("ChatBuddy:Realtime:IdleTimeout", "00:00:05");
        builder.UseSetting("ChatBuddy:Realtime:HelloTimeout", "00:00:03");
        builder.UseSetting("ChatBuddy:Orleans:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ChatBuddy:Orleans:GatewayPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ChatBuddy:Orleans:ClusterId", "frontend-tests-" + Guid.NewGuid().ToString("N")[..8]);

        // Feature tests share one client identity and send far more than a shopper would; the limits
        // have their own factory (Security/AccessFactory.cs).
        builder.UseSetting("ChatBuddy:RateLimits:Enabled", "false");
        ConfigureMore(builder);
    }

    protected virtual void ConfigureMore(IWebHostBuilder builder)
    {
    }
}

[CollectionDefinition(Name)]
public sealed class FrontendCollection : ICollectionFixture<FrontendFactory>
{
    public const string Name = "frontend";
}

/// <summary>A server of its own for the hardening runs, so their log checks see only their own traffic.</summary>
[CollectionDefinition(Name)]
public sealed class HardeningCollection : ICollectionFixture<FrontendFactory>
{
    public const string Name = "hardening";
}
