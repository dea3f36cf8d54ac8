using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>
/// Every payload of the Big List of Naughty Strings and PayloadsAllTheThings through the REST API: as
/// the chat message, a sample in every other field, and as the product search query. No server error,
/// no database error, JSON with every markup character escaped, and each message stored as sent.
/// </summary>
[Collection(HardeningCollection.Name)]
public sealed class NaughtyPayloadRestTests(FrontendFactory factory)
{
    private const int Batches = 32;
    private const int FieldSampleStride = 10;

    [Fact]
    public async Task EveryPayloadAsAChatMessageIsAnsweredOrRefusedPolitelyAndStoredAsSent()
    {
        var run = new HardeningRun("REST /api/v1/chat message");
        var postgres = PostgresServerLog.FromNow();
        var logMark = factory.Logs.Mark();
        var clock = Stopwatch.StartNew();

        await HardeningRun.InBatchesAsync(NaughtyPayloads.Batches(NaughtyPayloads.All, Batches), async (batch, ct) =>
        {
            using var client = factory.CreateClient();
            string? sessionId = null;
            string? token = null;
            var accepted = new List<string>();
            foreach (var payload in batch)
            {
                using var request = ChatRequest(new { message = payload.Text, session_id = sessionId, locale = (string?)null }, token);
                using var response = await client.SendAsync(request, ct);
                var body = await ResponseChecks.ReadAsync(response, payload, run, ct);
                if (response.IsSuccessStatusCode && body is { } json)
                {
                    sessionId = json.GetProperty("session_id").GetString();
                    token = json.GetProperty("session_token").GetString();
                    accepted.Add(NaughtyPayloads.Cleaned(payload.Text));
                }
            }

            if (sessionId is not null)
            {
                await StoredChecks.UserMessagesAreAsync(factory.Database, Guid.Parse(sessionId), accepted, run, batch[0]);
            }
        });

        TestContext.Current.TestOutputHelper?.WriteLine(run.Summary(clock.Elapsed));
        Assert.Equal(NaughtyPayloads.All.Count, run.Sent);
        Assert.True(run.Findings.Count == 0, run.Summary(clock.Elapsed) + ServerHealthChecks.LoggedProblems(factory, logMark));
        ServerHealthChecks.NoErrorsLogged(factory, postgres, logMark);
    }

    [Fact]
    public async Task EveryPayloadAsTheProductSearchQueryIsAnsweredWithoutAServerError()
    {
        var run = new HardeningRun("REST /api/v1/products/search?q=");
        var postgres = PostgresServerLog.FromNow();
        var logMark = factory.Logs.Mark();
        var clock = Stopwatch.StartNew();

        await HardeningRun.InBatchesAsync(NaughtyPayloads.Batches(NaughtyPayloads.All, Batches), async (batch, ct) =>
        {
            using var client = factory.CreateClient();
            foreach (var payload in batch)
            {
                using var response = await client.GetAsync("/api/v1/products/search?q=" + Uri.EscapeDataString(payload.Text), ct);
                await ResponseChecks.ReadAsync(response, payload, run, ct);
            }
        });

        TestContext.Current.TestOutputHelper?.WriteLine(run.Summary(clock.Elapsed));
        Assert.Equal(NaughtyPayloads.All.Count, run.Sent);
        Assert.True(run.Findings.Count == 0, run.Summary(clock.Elapsed) + ServerHealthChecks.LoggedProblems(factory, logMark));
        ServerHealthChecks.NoErrorsLogged(factory, postgres, logMark);
    }

    [Fact]
    public async Task ASampleOfPayloadsInEveryOtherFieldGetsA4xxOrAnAnswerNeverAServerError()
    {
        var run = new HardeningRun("REST /api/v1/chat other fields");
        var postgres = PostgresServerLog.FromNow();
        var logMark = factory.Logs.Mark();
        var clock = Stopwatch.StartNew();
        var sample = NaughtyPayloads.Sample(FieldSampleStride);

        await HardeningRun.InBatchesAsync(NaughtyPayloads.Batches(sample, Batches / 4), async (batch, ct) =>
        {
            using var client = factory.CreateClient();
            var session = await NewConversationAsync(client, ct);
            foreach (var payload in batch)
            {
                var text = payload.Text;
                var attempts = new List<HttpRequestMessage>
                {
                    ChatRequest(new { message = "szia", session_id = text }, session.Token),
                    ChatRequest(new { message = "szia", locale = text }, null),
                    ChatRequest(new { message = "szia", customer_token = text }, null),
                    ChatRequest(new { message = "szia", session_id = session.Id }, text),
                    ChatRequest(new { message = "szia" }, null, "/api/v1/chat?shop=" + Uri.EscapeDataString(text)),
                    ChatRequest(new { message = "és kékben?", session_id = session.Id }, session.Token, idempotencyKey: text),
                };
                foreach (var request in attempts)
                {
                    using (request)
                    {
                        using var response = await client.SendAsync(request, ct);
                        await ResponseChecks.ReadAsync(response, payload, run, ct);
                    }
                }
            }
        });

        TestContext.Current.TestOutputHelper?.WriteLine(run.Summary(clock.Elapsed));
        Assert.Equal(sample.Count * 6, run.Sent);
        Assert.True(run.Findings.Count == 0, run.Summary(clock.Elapsed) + ServerHealthChecks.LoggedProblems(factory, logMark));
        ServerHealthChecks.NoErrorsLogged(factory, postgres, logMark);
    }

    private static async Task<(string Id, string Token)> NewConversationAsync(HttpClient client, CancellationToken ct)
    {
        using var request = ChatRequest(new { message = "szia" }, null);
        using var response = await client.SendAsync(request, ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return (body.GetProperty("session_id").GetString()!, body.GetProperty("session_token").GetString()!);
    }

    private static HttpRequestMessage ChatRequest(object body, string? token, string path = "/api/v1/chat", string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            // A header cannot carry every string (line breaks, say); what it can carry goes as it is.
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + HeaderSafe(token));
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", HeaderSafe(idempotencyKey));
        }

        return request;
    }

    private static string HeaderSafe(string text) => new(text.Select(c => c is '\r' or '\n' or '\0' ? ' ' : c).ToArray());
}
