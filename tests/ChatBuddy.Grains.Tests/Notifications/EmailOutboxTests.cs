using ChatBuddy.Grains.Notifications;
using ChatBuddy.Tests.Emulators.Email;
using ChatBuddy.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatBuddy.Grains.Tests.Notifications;

public sealed class EmailOutboxTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private SendGridEmulator _sendGrid = null!;
    private ServiceProvider _services = null!;
    private EmailOutbox _outbox = null!;
    private EmailDispatcher _dispatcher = null!;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        _sendGrid = await SendGridEmulator.StartAsync();
        _services = SendGridServices(_database, _sendGrid);
        _outbox = new EmailOutbox(_database.DataSource, _clock);
        var options = _services.GetRequiredService<EmailOptions>();
        _dispatcher = new EmailDispatcher(_outbox, _services.GetRequiredService<IEmailSender>(), options, _clock, NullLogger<EmailDispatcher>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _sendGrid.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>The product's e-mail services configured for SendGrid at the emulator (the real HTTP pipeline included).</summary>
    public static ServiceProvider SendGridServices(TestDatabase database, SendGridEmulator sendGrid, string apiKey = SendGridEmulator.ApiKey)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatBuddy:Email:Provider"] = "sendgrid",
            ["ChatBuddy:Email:From"] = "bolt@example.hu",
            ["ChatBuddy:Email:FromName"] = "Teszt Bolt",
            ["ChatBuddy:Email:SendGrid:ApiKey"] = apiKey,
            ["ChatBuddy:Email:SendGrid:BaseUrl"] = sendGrid.BaseUrl.ToString(),
        }).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(database.DataSource)
            .AddEmail(configuration)
            .BuildServiceProvider();
    }

    [Fact]
    public async Task AQueuedMailIsSentOnceThroughSendGridWithItsMessageIdRecorded()
    {
        Assert.True(await _outbox.QueueAsync(null, "test", "once", new EmailMessage("vevo@example.hu", "Vevő Anna", "Tárgy", "Szia!", "<p>Szia!</p>")));
        Assert.False(await _outbox.QueueAsync(null, "test", "once", new EmailMessage("vevo@example.hu", null, "Másik", "Másik")));

        Assert.Equal(1, await _dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await _dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken));

        var sent = Assert.Single(_sendGrid.Sent);
        Assert.Equal("vevo@example.hu", sent.To);
        Assert.Equal("bolt@example.hu", sent.From);
        Assert.Equal("Tárgy", sent.Subject);
        Assert.Equal("text/plain", sent.Body["content"]![0]!["type"]!.GetValue<string>());
        Assert.Equal(sent.MessageId, await _database.ScalarAsync<string>("SELECT provider_message_id FROM email_outbox WHERE dedupe_key = 'once' AND status = 'sent'"));
    }

    [Fact]
    public async Task AProviderErrorIsRetriedWithBackoffUntilTheMailIsSent()
    {
        // A single 503 is absorbed by the HTTP pipeline's own retry.
        _sendGrid.FailNext(1, 503);
        await _outbox.QueueAsync(null, "test", "blip", new EmailMessage("a@example.hu", null, "Blip", "Blip"));
        Assert.Equal(1, await _dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, _sendGrid.Requests);

        // A longer outage: the outbox keeps the mail and tries again later.
        _sendGrid.FailNext(100, 500);
        await _outbox.QueueAsync(null, "test", "outage", new EmailMessage("b@example.hu", null, "Outage", "Outage"));
        Assert.Equal(0, await _dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken));
        Assert.Equal("pending", await _database.ScalarAsync<string>("SELECT status FROM email_outbox WHERE dedupe_key = 'outage'"));
        Assert.Equal(1, await _database.ScalarAsync<int>("SELECT attempts FROM email_outbox WHERE dedupe_key = 'outage'"));
        Assert.Contains("SendGrid answered 500: Internal server error", await _database.ScalarAsync<string>("SELECT last_error FROM email_outbox WHERE dedupe_key = 'outage'"));

        var requests = _sendGrid.Requests;
        Assert.Equal(0, await _dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken));
        Assert.Equal(requests, _sendGrid.Requests);

        _sendGrid.FailNext(0);
        _clock.Advance(_dispatcher.Backoff(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Outage", _sendGrid.Sent[^1].Subject);
        Assert.Equal("sent", await _database.ScalarAsync<string>("SELECT status FROM email_outbox WHERE dedupe_key = 'outage'"));
        Assert.Equal(2, await _database.ScalarAsync<int>("SELECT attempts FROM email_outbox WHERE dedupe_key = 'outage'"));
    }

    [Fact]
    public async Task AMailSendGridRefusesAsMalformedIsMarkedFailedWithItsMessage()
    {
        await _outbox.QueueAsync(null, "test", "bad-address", new EmailMessage("nobody", null, "Rossz", "Rossz"));

        Assert.Equal(0, await _dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken));

        Assert.Equal("failed", await _database.ScalarAsync<string>("SELECT status FROM email_outbox WHERE dedupe_key = 'bad-address'"));
        Assert.Contains("Does not contain a valid address", await _database.ScalarAsync<string>("SELECT last_error FROM email_outbox WHERE dedupe_key = 'bad-address'"));
        Assert.Empty(_sendGrid.Sent);
    }

    [Fact]
    public async Task AWrongApiKeyIsRefusedWithSendGridsMessageAndTheMailWaitsForAFixedKey()
    {
        await using var wrong = SendGridServices(_database, _sendGrid, apiKey: "SG.wrong");
        var dispatcher = new EmailDispatcher(_outbox, wrong.GetRequiredService<IEmailSender>(), wrong.GetRequiredService<EmailOptions>(), _clock, NullLogger<EmailDispatcher>.Instance);
        await _outbox.QueueAsync(null, "test", "key", new EmailMessage("c@example.hu", null, "Kulcs", "Kulcs"));

        Assert.Equal(0, await dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken));

        Assert.Equal("pending", await _database.ScalarAsync<string>("SELECT status FROM email_outbox WHERE dedupe_key = 'key'"));
        Assert.Contains("401: The provided authorization grant is invalid", await _database.ScalarAsync<string>("SELECT last_error FROM email_outbox WHERE dedupe_key = 'key'"));
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await _dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnHtmlBodyIsSanitisedBeforeItIsQueued()
    {
        var html = "<p>Új üzenet: <b>Kovács &amp; Társa</b></p><script>alert(1)</script><img src=x onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">link</a>";

        await _outbox.QueueAsync(null, "test", "html", new EmailMessage("v@example.hu", null, "HTML", "Új üzenet", html));

        var stored = await _database.ScalarAsync<string>("SELECT html_body FROM email_outbox WHERE dedupe_key = 'html'");
        Assert.Contains("<b>Kovács &amp; Társa</b>", stored);
        Assert.DoesNotContain("<script", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", stored, StringComparison.OrdinalIgnoreCase);
    }
}
