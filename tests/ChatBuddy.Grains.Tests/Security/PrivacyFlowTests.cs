using System.Text;
using System.Text.RegularExpressions;
using ChatBuddy.Grains.Notifications;
using ChatBuddy.Grains.Security.Gdpr;
using ChatBuddy.Tests.Emulators.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Orleans.TestingHost;

namespace ChatBuddy.Grains.Tests.Security;

/// <summary>
/// The chat's data-request flow on the real database and grains, with the code mailed through the
/// outbox to the local SMTP emulator and a fake clock for expiry.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class PrivacyFlowTests(ClusterFixture fixture) : IAsyncLifetime
{
    private const string Shop = "gdpr-flow";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly SmtpEmulator _smtp = new();
    private readonly Guid _session = Guid.NewGuid();
    private EmailDispatcher _dispatcher = null!;
    private PrivacyFlow _flow = null!;
    private PrivacyExportLinks _links = null!;
    private PrivacyRequest? _request;

    public async ValueTask InitializeAsync()
    {
        await fixture.Database.ScalarAsync<int>("INSERT INTO shops (id, name) VALUES ($1, 'Teszt Bolt') ON CONFLICT DO NOTHING", Shop);
        var db = fixture.Database.DataSource;
        var services = ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services;
        var outbox = new EmailOutbox(db, _clock);
        var options = new EmailOptions { Provider = "smtp", From = "bolt@example.hu", Smtp = new SmtpOptions { Host = "127.0.0.1", Port = _smtp.Port, Security = "none" } };
        _dispatcher = new EmailDispatcher(outbox, new SmtpEmailSender(options.Smtp), options, _clock, NullLogger<EmailDispatcher>.Instance);
        _links = new PrivacyExportLinks(db, _clock);
        _flow = new PrivacyFlow(services.GetRequiredService<PersonalDataService>(), _links, outbox, db, new PrivacyOptions { PublicBaseUrl = "https://chat.example.hu/" }, _clock);
    }

    public ValueTask DisposeAsync() => _smtp.DisposeAsync();

    [Theory]
    [InlineData("Töröljétek az adataimat!", PrivacyRequestKind.Erasure)]
    [InlineData("toroljetek az adataimat", PrivacyRequestKind.Erasure)]
    [InlineData("Szeretném törölni a személyes adataimat", PrivacyRequestKind.Erasure)]
    [InlineData("Please delete my data", PrivacyRequestKind.Erasure)]
    [InlineData("forget me", PrivacyRequestKind.Erasure)]
    [InlineData("Kérem az adataimat", PrivacyRequestKind.Export)]
    [InlineData("kerem az adataimat", PrivacyRequestKind.Export)]
    [InlineData("Milyen adatokat tároltok rólam?", PrivacyRequestKind.Export)]
    [InlineData("I want to download my data", PrivacyRequestKind.Export)]
    [InlineData("send me a copy of my personal data", PrivacyRequestKind.Export)]
    public void RequestsAreRecognisedWithOrWithoutAccents(string text, PrivacyRequestKind kind) =>
        Assert.Equal(kind, PrivacyCues.Request(text));

    [Theory]
    [InlineData("Hol tart a rendelésem?")]
    [InlineData("Szeretném módosítani az adataimat")]
    [InlineData("töröld a kosárból a bögrét")]
    [InlineData("do you have this in my size")]
    public void OrdinaryMessagesAreNotDataRequests(string text) => Assert.Null(PrivacyCues.Request(text));

    [Fact]
    public async Task AHungarianErasureNeedsTheMailedCodeAndAnExplicitYes()
    {
        var anna = await PersonalDataSeed.SeedAsync(fixture.Database.DataSource, Shop, "annaflow");

        Assert.Contains("e-mail-címet", await SayAsync("Töröljétek az adataimat"), StringComparison.Ordinal);
        Assert.Contains("hatjegyű kódot", await SayAsync($"Ez a címem: {anna.Email}"), StringComparison.Ordinal);
        var code = await ReceivedCodeAsync(anna.Email, "Ellenőrző kód");
        Assert.Equal(32, _request!.CodeHash!.Length);
        Assert.DoesNotContain(code, System.Text.Json.JsonSerializer.Serialize(_request), StringComparison.Ordinal);

        Assert.Equal("Ez a kód nem egyezik. Még 4 próbálkozásod maradt.", await SayAsync(Wrong(code)));
        Assert.Contains("„igen, törlöm”", await SayAsync(code), StringComparison.Ordinal);
        Assert.Contains("„igen, törlöm”", await SayAsync("hát nem tudom"), StringComparison.Ordinal);
        var outcome = await _flow.TryHandleAsync(Turn("Igen, törlöm"), TestContext.Current.CancellationToken);

        Assert.NotNull(outcome);
        Assert.True(outcome.Erased);
        Assert.StartsWith("Kész: töröltük az adataidat", outcome.Text, StringComparison.Ordinal);
        Assert.Null(outcome.Next);
        Assert.Equal(0, await fixture.Database.ScalarAsync<int>("SELECT count(*)::int FROM users WHERE id = $1", anna.UserId));
        Assert.Equal(0, await fixture.Database.ScalarAsync<int>("SELECT count(*)::int FROM orders WHERE email = $1", anna.Email));
    }

    [Fact]
    public async Task AnExpiredCodeIsRefusedAndAFreshOneIsNeeded()
    {
        await SayAsync("Please delete my data", "en");
        Assert.Equal("I've sent a six-digit code to that address. Please type it here – it's valid for 10 minutes.", await SayAsync("late@example.com", "en"));
        var code = await ReceivedCodeAsync("late@example.com", "Your verification code");

        _clock.Advance(PrivacyFlow.CodeLifetime + TimeSpan.FromSeconds(1));

        Assert.StartsWith("Sorry, that code has expired.", await SayAsync(code, "en"), StringComparison.Ordinal);
        Assert.Equal(PrivacyStage.AwaitingEmail, _request!.Stage);
    }

    [Fact]
    public async Task FiveWrongCodesEndTheRequestAndTheRightCodeNoLongerWorks()
    {
        await SayAsync("Kérem az adataimat");
        await SayAsync("sok@example.hu");
        var code = await ReceivedCodeAsync("sok@example.hu", "Ellenőrző kód");
        for (var i = 1; i < PrivacyFlow.MaxAttempts; i++)
        {
            Assert.StartsWith("Ez a kód nem egyezik.", await SayAsync(Wrong(code)), StringComparison.Ordinal);
        }

        Assert.StartsWith("Túl sokszor adtál meg hibás kódot", await SayAsync(Wrong(code)), StringComparison.Ordinal);
        Assert.Null(_request);
        Assert.Null(await _flow.TryHandleAsync(Turn(code), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnEnglishExportGivesAShortLivedDownloadLink()
    {
        await SayAsync("I want to download my data", "en");
        await SayAsync("export@example.com", "en");
        var reply = await SayAsync(await ReceivedCodeAsync("export@example.com", "Your verification code"), "en");

        Assert.StartsWith("Thank you, you're verified.", reply, StringComparison.Ordinal);
        var token = LinkToken().Match(reply).Groups[1].Value;
        Assert.Contains($"https://chat.example.hu/api/v1/shops/{Shop}/privacy/export?token=", reply, StringComparison.Ordinal);
        Assert.Equal("export@example.com", await _links.ResolveAsync(Shop, token, TestContext.Current.CancellationToken));
        Assert.Null(await _links.ResolveAsync("other-shop", token, TestContext.Current.CancellationToken));

        _clock.Advance(PrivacyExportLinks.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Null(await _links.ResolveAsync(Shop, token, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AtMostThreeCodesAnHourGoToOneAddress()
    {
        for (var i = 0; i < PrivacyFlow.MaxCodesPerHour; i++)
        {
            await SayAsync("delete my data", "en");
            Assert.StartsWith("I've sent a six-digit code", await SayAsync("flood@example.com", "en"), StringComparison.Ordinal);
        }

        await SayAsync("delete my data", "en");
        Assert.StartsWith("We've already sent several codes", await SayAsync("flood@example.com", "en"), StringComparison.Ordinal);
    }

    private static string Wrong(string code) => code == "000000" ? "111111" : "000000";

    private PrivacyTurn Turn(string text, string language = "hu") => new(Shop, _session, "Teszt Bolt", text, language, false, _request);

    private async Task<string> SayAsync(string text, string language = "hu")
    {
        var outcome = await _flow.TryHandleAsync(Turn(text, language), TestContext.Current.CancellationToken);
        Assert.NotNull(outcome);
        _request = outcome.Next;
        return outcome.Text;
    }

    private async Task<string> ReceivedCodeAsync(string to, string subjectStart)
    {
        await _dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken);
        var mail = _smtp.Received.Last(m => m.To.Contains(to));
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(mail.Raw)), TestContext.Current.CancellationToken);
        Assert.StartsWith(subjectStart, message.Subject, StringComparison.Ordinal);
        return Code().Match(message.TextBody!).Value;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"token=([A-Za-z0-9_\-]+)")]
    private static partial Regex LinkToken();
}
