using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBuddy.Frontend.Tests.Conversations;
using MimeKit;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>
/// GDPR through the running frontend: the admin API (export, erasure, consents, retention) and the chat
/// flow end to end over REST, with the one-time code delivered by SMTP to the local emulator.
/// </summary>
public sealed partial class GdprTests(GdprFrontendFactory factory) : IClassFixture<GdprFrontendFactory>
{
    private const string Shop = "demo";

    [Fact]
    public async Task TheAdminApiNeedsTheAdminKeyAndRefusesAnUnnamedSubject()
    {
        using var anonymous = factory.CreateClient();
        using var response = await anonymous.PostAsJsonAsync($"/api/v1/admin/shops/{Shop}/gdpr/export", new { email = "x@example.hu" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        using var admin = Admin();
        using var empty = await admin.PostAsJsonAsync($"/api/v1/admin/shops/{Shop}/gdpr/erasure", new { email = "not-an-email" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        using var unknownShop = await admin.PostAsJsonAsync("/api/v1/admin/shops/no-such-shop/gdpr/export", new { email = "x@example.hu" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, unknownShop.StatusCode);
        using var retention = await admin.PutAsJsonAsync($"/api/v1/admin/shops/{Shop}/gdpr/retention", new { conversation_retention_days = 0 }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, retention.StatusCode);
    }

    [Fact]
    public async Task AdminsRecordAndListConsentsExportAndEraseACustomer()
    {
        using var admin = Admin();
        var email = await factory.Database.ScalarAsync<string>("SELECT email FROM orders WHERE shop_id = $1 AND email IS NOT NULL ORDER BY id OFFSET 3 LIMIT 1", Shop);

        using var recorded = await admin.PostAsJsonAsync(
            $"/api/v1/admin/shops/{Shop}/gdpr/consents",
            new { email, purpose = "marketing-sms", granted = true, text_version = "sms-2026-11", channel = "admin" },
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var consents = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/shops/{Shop}/gdpr/consents?email={Uri.EscapeDataString(email!)}", TestContext.Current.CancellationToken);
        var consent = Assert.Single(consents.EnumerateArray());
        Assert.Equal("sms-2026-11", consent.GetProperty("text_version").GetString());

        using var exported = await admin.PostAsJsonAsync($"/api/v1/admin/shops/{Shop}/gdpr/export", new { email }, TestContext.Current.CancellationToken);
        var export = await exported.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(export.GetProperty("tables").GetProperty("orders").GetArrayLength() > 0);
        Assert.Equal(1, export.GetProperty("tables").GetProperty("user_consents").GetArrayLength());

        using var erased = await admin.PostAsJsonAsync($"/api/v1/admin/shops/{Shop}/gdpr/erasure", new { email }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(0, await factory.Database.ScalarAsync<int>("SELECT count(*)::int FROM orders WHERE lower(email) = lower($1)", email!));
        using var again = await admin.PostAsJsonAsync($"/api/v1/admin/shops/{Shop}/gdpr/export", new { email }, TestContext.Current.CancellationToken);
        var empty = await again.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.All(empty.GetProperty("tables").EnumerateObject(), t => Assert.Equal(0, t.Value.GetArrayLength()));

        using var retention = await admin.PutAsJsonAsync($"/api/v1/admin/shops/{Shop}/gdpr/retention", new { conversation_retention_days = 90 }, TestContext.Current.CancellationToken);
        Assert.Equal(90, (await retention.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("conversation_retention_days").GetInt32());
    }

    [Fact]
    public async Task AHungarianShopperErasesTheirDataInChatAfterAWrongAndARightCode()
    {
        var email = await factory.Database.ScalarAsync<string>("SELECT email FROM orders WHERE shop_id = $1 AND email IS NOT NULL ORDER BY id LIMIT 1", Shop);
        var chat = new ChatConversation(factory.CreateClient());

        var ask = await chat.SayAsync("Töröljétek az adataimat!");
        Assert.Equal("privacy", ask.Agent());
        Assert.Contains("e-mail-címet", ask.Text(), StringComparison.Ordinal);
        Assert.Contains("hatjegyű kódot", (await chat.SayAsync(email!)).Text(), StringComparison.Ordinal);
        var code = await CodeMailedToAsync(email!);

        Assert.StartsWith("Ez a kód nem egyezik.", (await chat.SayAsync(code == "000000" ? "111111" : "000000")).Text(), StringComparison.Ordinal);
        Assert.Contains("„igen, törlöm”", (await chat.SayAsync(code)).Text(), StringComparison.Ordinal);
        var done = await chat.SayAsync("igen, törlöm");

        Assert.StartsWith("Kész: töröltük", done.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.ScalarAsync<int>("SELECT count(*)::int FROM orders WHERE lower(email) = lower($1)", email!));
        Assert.Equal(0, await factory.Database.ScalarAsync<int>("SELECT count(*)::int FROM chat_messages WHERE content ILIKE '%' || $1 || '%'", email!));
        Assert.Equal(1, await factory.Database.ScalarAsync<int>("SELECT count(*)::int FROM chat_messages WHERE session_id = $1::uuid", chat.SessionId!));
        Assert.True(await factory.Database.ScalarAsync<int>("SELECT count(*)::int FROM audit_logs WHERE action = 'gdpr.erasure' AND actor = $1", $"session:{chat.SessionId}") == 1);
    }

    [Fact]
    public async Task AnEnglishShopperDownloadsTheirDataFromTheLinkAfterVerifying()
    {
        var email = await factory.Database.ScalarAsync<string>("SELECT email FROM orders WHERE shop_id = $1 AND email IS NOT NULL ORDER BY id OFFSET 1 LIMIT 1", Shop);
        var client = factory.CreateClient();
        var chat = new ChatConversation(client);

        Assert.StartsWith("I'd be glad to send you all the data", (await chat.SayAsync("I want to download my data", "en")).Text(), StringComparison.Ordinal);
        await chat.SayAsync(email!, "en");
        var reply = (await chat.SayAsync(await CodeMailedToAsync(email!), "en")).Text();

        var link = LinkPattern().Match(reply).Value;
        Assert.StartsWith($"/api/v1/shops/{Shop}/privacy/export?token=", link, StringComparison.Ordinal);
        using var download = await client.GetAsync(link, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var export = await download.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(email!.ToLowerInvariant(), export.GetProperty("email").GetString());
        Assert.True(export.GetProperty("tables").GetProperty("orders").GetArrayLength() > 0);
        Assert.Contains(export.GetProperty("tables").GetProperty("chat_messages").EnumerateArray(), m => m.GetProperty("content").GetString() == "I want to download my data");

        using var forged = await client.GetAsync($"/api/v1/shops/{Shop}/privacy/export?token=forged", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    private HttpClient Admin()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", FrontendFactory.AdminKey);
        return client;
    }

    private async Task<string> CodeMailedToAsync(string email)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var mail in factory.Smtp.Received.Where(m => m.To.Contains(email, StringComparer.OrdinalIgnoreCase)).Reverse())
            {
                var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(mail.Raw)), TestContext.Current.CancellationToken);
                if (CodePattern().Match(message.TextBody ?? "") is { Success: true } code)
                {
                    return code.Value;
                }
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"No code was mailed to {email}.");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"/api/v1/shops/\S+")]
    private static partial Regex LinkPattern();
}
