using ChatBuddy.Grains.Demo;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Tests.Emulators.Email;
using ChatBuddy.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>The real frontend on the demo shop, delivering its mail to a local SMTP emulator every second.</summary>
public sealed class GdprFrontendFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public SmtpEmulator Smtp { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        await using var services = new ServiceCollection().AddChatBuddyData(Database.ConnectionString).BuildServiceProvider();
        await services.GetRequiredService<DemoShopLoader>().LoadAsync(DemoShopGenerator.Generate());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ChatBuddy:Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("ChatBuddy:Admin:ApiKey", FrontendFactory.AdminKey);
        builder.UseSetting("ChatBuddy:Email:Provider", "smtp");
        builder.UseSetting("ChatBuddy:Email:From", "bolt@example.hu");
        builder.UseSetting("ChatBuddy:Email:PollSeconds", "1");
        builder.UseSetting("ChatBuddy:Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("ChatBuddy:Email:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ChatBuddy:Email:Smtp:Security", "none");
        builder.UseSetting("ChatBuddy:Orleans:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ChatBuddy:Orleans:GatewayPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ChatBuddy:Orleans:ClusterId", "gdpr-tests-" + Guid.NewGuid().ToString("N")[..8]);
    }
}
