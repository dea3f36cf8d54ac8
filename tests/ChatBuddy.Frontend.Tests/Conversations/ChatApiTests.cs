using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBuddy.Frontend.Tests.Conversations;

[Collection(FrontendCollection.Name)]
public sealed class ChatApiTests(FrontendFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AProductQuestionGetsProductCardsWithinTheStatedPrice()
    {
        var chat = new ChatConversation(factory.CreateClient());

        var reply = await chat.SayAsync("van piros futócipő 40-es méretben 40 ezer alatt?");

        Assert.Equal("product_info", reply.Agent());
        Assert.Equal("hu", reply.GetProperty("language").GetString());
        Assert.NotEmpty(reply.Products());
        Assert.All(reply.Products(), p => Assert.True(p.EffectivePrice() <= 40000));
        Assert.Contains(" Ft", reply.Text());
        Assert.Contains(reply.Products()[0].GetProperty("name").GetString()!, reply.Text());
        Assert.False(string.IsNullOrEmpty(chat.Token));
    }

    [Fact]
    public async Task FollowUpsResolveAgainstTheLastListShown()
    {
        var chat = new ChatConversation(factory.CreateClient());
        await chat.SayAsync("futócipőt keresek");

        var blue = await chat.SayAsync("és kékben is van?");
        Assert.Equal("product_info", blue.Agent());
        Assert.Contains("kék", blue.Products()[0].GetProperty("name").GetString());

        var second = blue.Products()[1];
        var picked = await chat.SayAsync("a másodikat kérem");
        Assert.Equal("product_info", picked.Agent());
        Assert.Contains(second.GetProperty("name").GetString()!, picked.Text());
        Assert.Equal(second.GetProperty("sku").GetString(), picked.Products()[0].GetProperty("sku").GetString());
    }

    [Fact]
    public async Task OrderDetailsNeedTheMatchingContactAndAWrongPairReadsLikeAnUnknownOrder()
    {
        var chat = new ChatConversation(factory.CreateClient());

        var asked = await chat.SayAsync("hol tart a HB-20001 rendelésem?");
        Assert.Equal("order_status", asked.Agent());
        Assert.Contains("e-mail", asked.Text());
        Assert.DoesNotContain("úton", asked.Text());

        var wrong = await chat.SayAsync("az email címem nagy.bence@example.com");
        Assert.Equal("order_status", wrong.Agent());
        Assert.DoesNotContain("úton", wrong.Text());
        Assert.DoesNotContain("GLS", wrong.Text());

        var stranger = new ChatConversation(factory.CreateClient());
        var unknown = await stranger.SayAsync("hol tart a HB-99999 rendelés? nagy.bence@example.com");
        Assert.Equal(wrong.Text(), unknown.Text());

        var right = await chat.SayAsync("bocsánat, kovacs.anna@example.hu");
        Assert.Contains("úton van", right.Text());
        Assert.Contains("HB-20001", right.Text());

        var again = await chat.SayAsync("és mikor jön a rendelésem?");
        Assert.Equal("order_status", again.Agent());
        Assert.Contains("HB-20001", again.Text());
        Assert.Contains("úton van", again.Text());

        Assert.Equal(
            ["order.lookup_failed order:HB-20001 not_verified", "order.lookup order:HB-20001 verified", "order.lookup order:HB-20001 shown_again"],
            await AuditTrailOfAsync(chat.SessionId));
    }

    [Fact]
    public async Task AShippedOrderCannotBeCancelledAndTheReturnIsOffered()
    {
        var chat = new ChatConversation(factory.CreateClient());
        await chat.SayAsync("HB-20001, kovacs.anna@example.hu");

        var reply = await chat.SayAsync("szeretném lemondani a HB-20001 rendelést");

        Assert.Equal("order_status", reply.Agent());
        Assert.Contains("nem lehet", reply.Text());
        Assert.Contains("visszaküld", reply.Text());
    }

    [Fact]
    public async Task EnglishQuestionsGetEnglishAnswers()
    {
        var chat = new ChatConversation(factory.CreateClient());

        var reply = await chat.SayAsync("where is my order HB-20002?");

        Assert.Equal("order_status", reply.Agent());
        Assert.Equal("en", reply.GetProperty("language").GetString());
        Assert.Contains("e-mail address", reply.Text());
    }

    [Fact]
    public async Task ShippingQuestionsAreAnsweredFromTheShopsOwnPolicy()
    {
        var chat = new ChatConversation(factory.CreateClient());

        var reply = await chat.SayAsync("mennyi a szallitas?");

        Assert.Equal("general", reply.Agent());
        Assert.Contains("1 490 Ft", reply.Text());
    }

    [Fact]
    public async Task ADiscountCodeStaysWithinTheShopsCapAndIsIssuedOncePerCustomer()
    {
        var chat = new ChatConversation(factory.CreateClient());

        var first = await chat.SayAsync("kérek egy kuponkódot, legyen 50% kedvezmény");
        var second = await chat.SayAsync("adj még egy kuponkódot");

        Assert.Equal("marketing", first.Agent());
        var code = System.Text.RegularExpressions.Regex.Match(first.Text(), "CB-[A-Z0-9]{8}").Value;
        Assert.NotEmpty(code);
        Assert.Contains("10%", first.Text());
        Assert.DoesNotContain("50%", first.Text());
        Assert.Contains(code, second.Text());
        Assert.Equal([$"discount.issued discount:{code} "], await AuditTrailOfAsync(chat.SessionId));
    }

    [Fact]
    public async Task AHandoffGoesToStaffWhoReplyWhileTheBotStaysSilent()
    {
        var client = factory.CreateClient();
        var chat = new ChatConversation(client);
        await chat.SayAsync("szia");

        var handoff = await chat.SayAsync("beszélhetnék egy emberrel?");
        Assert.Equal("human", handoff.Agent());
        Assert.True(handoff.GetProperty("handoff").GetBoolean());

        client.DefaultRequestHeaders.Add("X-Admin-Key", FrontendFactory.AdminKey);
        var queue = await client.GetFromJsonAsync<JsonElement>("/api/v1/admin/handoffs", Ct);
        Assert.Contains(queue.EnumerateArray(), s => s.GetProperty("session_id").GetString() == chat.SessionId);

        var staff = await client.PostAsJsonAsync($"/api/v1/admin/sessions/{chat.SessionId}/reply", new { text = "Szia, Réka vagyok, miben segíthetek?", staff = "Réka" }, Ct);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);

        var silent = await chat.SayAsync("a csomagom sérülten érkezett");
        Assert.Equal("human", silent.Agent());
        Assert.Equal("", silent.Text());

        using var history = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/chat/{chat.SessionId}/messages?after_seq=0");
        history.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        var messages = await (await client.SendAsync(history, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(messages.EnumerateArray(), m => m.GetProperty("role").GetString() == "human" && m.GetProperty("text").GetString()!.Contains("Réka", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/admin/sessions/{chat.SessionId}/close", null, Ct)).StatusCode);
        var back = await chat.SayAsync("mennyi a szállítás?");
        Assert.Equal("general", back.Agent());
        Assert.Equal(
            [$"handoff.requested session:{chat.SessionId} ", $"handoff.taken session:{chat.SessionId} ", $"handoff.released session:{chat.SessionId} "],
            await AuditTrailOfAsync(chat.SessionId));
    }

    [Fact]
    public async Task AdminApiRefusesWithoutTheKey()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/admin/handoffs", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"message": ""}""", 400)]
    [InlineData("""{"message": "   "}""", 400)]
    [InlineData("""{"message": "szia", "locale": "de"}""", 400)]
    [InlineData("""{"message": "szia", "session_id": "not-a-guid"}""", 401)]
    [InlineData("""{"message": "szia", "session_id": "01900000-0000-7000-8000-000000000000"}""", 401)]
    [InlineData("""{"message": 5}""", 400)]
    [InlineData("""not json""", 400)]
    public async Task BadRequestsGetAClearProblemAndNeverAServerError(string body, int status)
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/v1/chat", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnOverlongMessageIsRefused()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/chat", new { message = new string('a', 2001) }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ASessionTokenOfAnotherSessionIsRefused()
    {
        var first = new ChatConversation(factory.CreateClient());
        var second = new ChatConversation(factory.CreateClient());
        await first.SayAsync("szia");
        await second.SayAsync("szia");
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat") { Content = JsonContent.Create(new { message = "szia", session_id = first.SessionId }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", second.Token);

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>The session's audit events as "action subject outcome"; the chain they sit in must verify.</summary>
    private async Task<List<string>> AuditTrailOfAsync(string? sessionId)
    {
        var verification = await new ChatBuddy.Grains.Security.Audit.AuditChainVerifier(factory.Database.DataSource).VerifyAsync(Ct);
        Assert.True(verification.IsIntact, string.Join("; ", verification.Breaks));
        await using var command = factory.Database.DataSource.CreateCommand(
            "SELECT action || ' ' || coalesce(subject, '') || ' ' || coalesce(details->>'outcome', '') FROM audit_logs WHERE actor = $1 ORDER BY chain_seq");
        command.Parameters.AddWithValue($"session:{sessionId}");
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
