using System.Globalization;
using ChatBuddy.Frontend.Hosting;
using ChatBuddy.Grains.Demo;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Browser.Tests.Hosting;

/// <summary>
/// The real frontend (co-hosted silo) on Kestrel at a free loopback port, over a fresh database holding
/// the demo shop: a browser needs a real socket, which WebApplicationFactory's TestServer does not have.
/// </summary>
public sealed class FrontendServer : IAsyncLifetime
{
    public const string AdminKey = "browser-tests-admin-key";

    private WebApplication? _app;

    public TestDatabase Database { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server has not started.");

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var services = new ServiceCollection().AddChatBuddyData(Database.ConnectionString).BuildServiceProvider())
        {
            await services.GetRequiredService<DemoShopLoader>().LoadAsync(DemoShopGenerator.Generate());
        }

        BaseUrl = $"http://127.0.0.1:{FreePorts.Next().ToString(CultureInfo.InvariantCulture)}";
        _app = ChatBuddyWebApp.Build(
        [
            $"--urls={BaseUrl}",
            $"--ChatBuddy:Database:ConnectionString={Database.ConnectionString}",
            $"--ChatBuddy:Orleans:SiloPort={FreePorts.Next().ToString(CultureInfo.InvariantCulture)}",
            $"--ChatBuddy:Orleans:GatewayPort={FreePorts.Next().ToString(CultureInfo.InvariantCulture)}",
            $"--ChatBuddy:Orleans:ClusterId=browser-tests-{Guid.NewGuid().ToString("N")[..8]}",
            $"--ChatBuddy:Admin:ApiKey={AdminKey}",
            "--Logging:LogLevel:Default=Warning",

            // The XSS test sends hundreds of messages in one session within a minute; the limits have their own tests.
            "--ChatBuddy:RateLimits:Enabled=false",
        ]);
        await _app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}
