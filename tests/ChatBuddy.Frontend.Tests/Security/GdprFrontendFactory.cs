using ChatBuddy.Tests.Emulators.Email;
using Microsoft.AspNetCore.Hosting;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>The real frontend on the demo shop, delivering its mail to a local SMTP emulator every second.</summary>
public sealed class GdprFrontendFactory : FrontendFactory
{
    public SmtpEmulator Smtp { get; } = new();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        builder.UseSetting("ChatBuddy:Email:Provider", "smtp");
        builder.UseSetting("ChatBuddy:Email:From", "bolt@example.hu");
        builder.UseSetting("ChatBuddy:Email:PollSeconds", "1");
        builder.UseSetting("ChatBuddy:Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("ChatBuddy:Email:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ChatBuddy:Email:Smtp:Security", "none");
    }
}
