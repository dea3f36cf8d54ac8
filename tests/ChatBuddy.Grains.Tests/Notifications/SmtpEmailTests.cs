using System.Text;
using ChatBuddy.Grains.Notifications;
using ChatBuddy.Tests.Emulators.Email;
using ChatBuddy.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace ChatBuddy.Grains.Tests.Notifications;

public sealed class SmtpEmailTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly SmtpEmulator _smtp = new();
    private ServiceProvider _services = null!;
    private EmailOutbox _outbox = null!;
    private EmailDispatcher _dispatcher = null!;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatBuddy:Email:Provider"] = "smtp",
            ["ChatBuddy:Email:From"] = "bolt@example.hu",
            ["ChatBuddy:Email:Smtp:Host"] = "127.0.0.1",
            ["ChatBuddy:Email:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ChatBuddy:Email:Smtp:Security"] = "none",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton(_database.DataSource).AddEmail(configuration).BuildServiceProvider();
        _outbox = new EmailOutbox(_database.DataSource, _clock);
        _dispatcher = new EmailDispatcher(_outbox, _services.GetRequiredService<IEmailSender>(), _services.GetRequiredService<EmailOptions>(), _clock, NullLogger<EmailDispatcher>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _smtp.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task AQueuedMailIsDeliveredOverSmtpWithItsHungarianTextIntact()
    {
        await _outbox.QueueAsync(null, "test", "smtp-ok", new EmailMessage("vevo@example.hu", "Vevő Anna", "Alacsony készlet: bögre", "Árvíztűrő tükörfúrógép: 2 darab maradt."));

        Assert.Equal(1, await _dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken));

        var received = Assert.Single(_smtp.Received);
        Assert.Equal("bolt@example.hu", received.From);
        Assert.Equal(["vevo@example.hu"], received.To);
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(received.Raw)), TestContext.Current.CancellationToken);
        Assert.Equal("Alacsony készlet: bögre", message.Subject);
        Assert.Equal("Árvíztűrő tükörfúrógép: 2 darab maradt.", message.TextBody?.Trim());
        Assert.Equal(message.MessageId, await _database.ScalarAsync<string>("SELECT provider_message_id FROM email_outbox WHERE dedupe_key = 'smtp-ok' AND status = 'sent' AND provider = 'smtp'"));
    }

    [Fact]
    public async Task ATemporaryRefusalIsRetriedLaterAndAPermanentOneFailsTheMail()
    {
        _smtp.FailNext(1);
        await _outbox.QueueAsync(null, "test", "smtp-later", new EmailMessage("a@example.hu", null, "Később", "Később"));
        await _outbox.QueueAsync(null, "test", "smtp-never", new EmailMessage("reject@example.hu", null, "Soha", "Soha"));

        Assert.Equal(0, await _dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken));

        Assert.Equal("pending", await _database.ScalarAsync<string>("SELECT status FROM email_outbox WHERE dedupe_key = 'smtp-later'"));
        Assert.Contains("451", await _database.ScalarAsync<string>("SELECT last_error FROM email_outbox WHERE dedupe_key = 'smtp-later'"));
        Assert.Equal("failed", await _database.ScalarAsync<string>("SELECT status FROM email_outbox WHERE dedupe_key = 'smtp-never'"));
        Assert.Contains("550", await _database.ScalarAsync<string>("SELECT last_error FROM email_outbox WHERE dedupe_key = 'smtp-never'"));

        _clock.Advance(_dispatcher.Backoff(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken));
        var later = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(Assert.Single(_smtp.Received).Raw)), TestContext.Current.CancellationToken);
        Assert.Equal("Később", later.Subject);
    }
}
