using System.ClientModel;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Azure.AI.OpenAI;
using ChatBuddy.Tests.Emulators;
using Microsoft.Extensions.AI;
using OpenAI;

namespace ChatBuddy.Grains.Tests.Emulators;

/// <summary>The chat completions emulator, driven by the real OpenAI and Azure OpenAI SDK clients.</summary>
public sealed class OpenAiChatEmulatorTests : IAsyncLifetime
{
    private const string SystemPrompt = "Te a HomeBase webshop ügyfélszolgálati asszisztense vagy.";
    private OpenAiEmulator _emulator = null!;
    private readonly ConcurrentQueue<string> _statusLookups = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _emulator = await OpenAiEmulator.StartAsync();

    public async ValueTask DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task APlainReplyComesBackWholeWithUsage()
    {
        _emulator.Chat.Enqueue(ScriptedReply.Text("A rendelésed úton van."));

        var response = await OpenAiChat().GetResponseAsync(Conversation("Hol a csomagom?"), cancellationToken: Cancellation);

        Assert.Equal("A rendelésed úton van.", response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal("gpt-4o", response.ModelId);
        Assert.StartsWith("chatcmpl-", response.ResponseId);
        Assert.Equal((10L, 4L, 14L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, response.Usage?.TotalTokenCount));
        var seen = Assert.Single(_emulator.Chat.Requests);
        Assert.Equal(SystemPrompt, seen.SystemPrompt);
        Assert.Equal(("user", "Hol a csomagom?"), (seen.LastMessage.Role, seen.LastMessage.Content));
        Assert.False(seen.Stream);
    }

    [Fact]
    public async Task AStreamedReplyArrivesInSeveralUpdatesAndEndsWithUsage()
    {
        _emulator.Chat.Enqueue(ScriptedReply.Text("A rendelésed holnap érkezik meg hozzád."));

        var updates = await OpenAiChat().GetStreamingResponseAsync(Conversation("Mikor jön?"), cancellationToken: Cancellation).ToListAsync(Cancellation);

        Assert.True(updates.Count(u => u.Text.Length > 0) >= 6, $"{updates.Count} updates");
        Assert.Equal("A rendelésed holnap érkezik meg hozzád.", string.Concat(updates.Select(u => u.Text)));
        Assert.Contains(updates, u => u.FinishReason == ChatFinishReason.Stop);
        Assert.Equal(6, updates.SelectMany(u => u.Contents).OfType<UsageContent>().Single().Details.OutputTokenCount);
        var seen = Assert.Single(_emulator.Chat.Requests);
        Assert.True(seen.Stream && seen.IncludeUsage);
    }

    [Fact]
    public async Task AToolCallRoundTripRunsTheToolAndTheModelAnswersFromItsResult()
    {
        _emulator.Chat.RespondWith(AnswerFromToolResultsElseLookUp("HB-20001"));

        var response = await WithTools(OpenAiChat()).GetResponseAsync(Conversation("Hol tart a HB-20001?"), ToolOptions(), Cancellation);

        // Microsoft.Extensions.AI sends a tool's return value as JSON, so a string arrives quoted.
        Assert.Equal("Állapot: \"HB-20001: kiszállítás alatt\"", response.Text);
        Assert.Equal(["HB-20001"], _statusLookups);
        var (first, second) = (_emulator.Chat.Requests[0], _emulator.Chat.Requests[1]);
        Assert.Equal(2, _emulator.Chat.Requests.Count);
        Assert.Equal(["get_order_status"], first.ToolNames);
        Assert.Equal("object", first.Tools[0].Parameters?["type"]?.GetValue<string>());
        Assert.Equal(SystemPrompt, second.SystemPrompt);
        var result = Assert.Single(second.ToolResults);
        Assert.Equal(("get_order_status", "\"HB-20001: kiszállítás alatt\""), (result.ToolName, result.Content));
        Assert.Equal(result.ToolCallId, second.Messages.Single(m => m.Role == "assistant").ToolCalls.Single().Id);
    }

    [Fact]
    public async Task AStreamedToolCallIsAssembledRunAndAnsweredInAStream()
    {
        _emulator.Chat.RespondWith(AnswerFromToolResultsElseLookUp("HB-20002"));

        var updates = await WithTools(OpenAiChat())
            .GetStreamingResponseAsync(Conversation("Hol tart a HB-20002?"), ToolOptions(), Cancellation).ToListAsync(Cancellation);

        Assert.Equal(["HB-20002"], _statusLookups);
        Assert.Contains(updates, u => u.FinishReason == ChatFinishReason.ToolCalls);
        Assert.EndsWith("Állapot: \"HB-20002: kiszállítás alatt\"", string.Concat(updates.Select(u => u.Text)));
        Assert.All(_emulator.Chat.Requests, r => Assert.True(r.Stream));
        var arguments = _emulator.Chat.Requests[1].Messages.Single(m => m.Role == "assistant").ToolCalls.Single().ArgumentsJson;
        Assert.Equal("HB-20002", JsonNode.Parse(arguments)!["order_number"]!.GetValue<string>());
    }

    [Fact]
    public async Task StreamedToolCallsFollowTheDocumentedChunkLayout()
    {
        _emulator.Chat.Enqueue(ScriptedReply.ParallelToolCalls(("f", """{"order_number":"HB-20001"}"""), ("g", "{}")));
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OpenAiEmulator.ApiKey);
        const string Body = """
            {"model":"gpt-4o","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"?"}],
             "tools":[{"type":"function","function":{"name":"f"}},{"type":"function","function":{"name":"g"}}]}
            """;

        using var response = await http.PostAsync(
            new Uri(_emulator.BaseUrl + "/chat/completions"), new StringContent(Body, Encoding.UTF8, "application/json"), Cancellation);
        var events = (await response.Content.ReadAsStringAsync(Cancellation)).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.All(events, e => Assert.StartsWith("data: ", e));
        Assert.Equal("data: [DONE]", events[^1]);
        var chunks = events[..^1].Select(e => JsonNode.Parse(e["data: ".Length..])!).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c["object"]!.GetValue<string>()));
        Assert.Single(chunks.Select(c => c["id"]!.GetValue<string>()).Distinct());
        var calls = chunks.SelectMany(c => c["choices"]!.AsArray()).SelectMany(c => c!["delta"]!["tool_calls"]?.AsArray() ?? []).ToList();
        var openings = calls.Where(c => c!["id"] is not null).ToList();
        Assert.Equal(["f", "g"], openings.Select(c => c!["function"]!["name"]!.GetValue<string>()));
        Assert.All(openings, c => Assert.Equal(("function", ""), (c!["type"]!.GetValue<string>(), c["function"]!["arguments"]!.GetValue<string>())));
        Assert.Equal("assistant", chunks[0]["choices"]![0]!["delta"]!["role"]!.GetValue<string>());
        var fragments = calls.Where(c => c!["id"] is null && c!["index"]!.GetValue<int>() == 0).Select(c => c!["function"]!["arguments"]!.GetValue<string>()).ToList();
        Assert.True(fragments.Count > 1);
        Assert.Equal("""{"order_number":"HB-20001"}""", string.Concat(fragments));
        Assert.Equal("tool_calls", chunks[^2]["choices"]![0]!["finish_reason"]!.GetValue<string>());
        Assert.Empty(chunks[^1]["choices"]!.AsArray());
        Assert.True(chunks[^1]["usage"]!["total_tokens"]!.GetValue<int>() > 0);
        Assert.All(chunks[..^1], c => Assert.Null(c["usage"]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParallelToolCallsAreAllRunAndAllTheirResultsReachTheModel(bool stream)
    {
        _emulator.Chat.Enqueue(
            ScriptedReply.ParallelToolCalls(
                ("get_order_status", """{"order_number":"HB-20001"}"""),
                ("get_order_status", """{"order_number":"HB-20003"}""")),
            ScriptedReply.Text("Mindkét rendelés úton van."));
        var client = WithTools(OpenAiChat());

        var text = stream
            ? string.Concat((await client.GetStreamingResponseAsync(Conversation("És a többi?"), ToolOptions(), Cancellation).ToListAsync(Cancellation)).Select(u => u.Text))
            : (await client.GetResponseAsync(Conversation("És a többi?"), ToolOptions(), Cancellation)).Text;

        Assert.Equal("Mindkét rendelés úton van.", text);
        Assert.Equal(["HB-20001", "HB-20003"], _statusLookups.Order());
        Assert.Equal(0, _emulator.Chat.RemainingReplies);
        var results = _emulator.Chat.Requests[1].ToolResults;
        Assert.Equal(["\"HB-20001: kiszállítás alatt\"", "\"HB-20003: kiszállítás alatt\""], results.Select(r => r.Content).Order());
        Assert.Equal(2, results.Select(r => r.ToolCallId).Distinct().Count());
    }

    [Fact]
    public async Task ConcurrentRequestsAreEachAnsweredAndAllRecorded()
    {
        _emulator.Chat.RespondWith(request => ScriptedReply.Text($"Válasz erre: {request.LastMessage.Content}"));
        var client = OpenAiChat();
        var questions = Enumerable.Range(1, 8).Select(i => $"Kérdés {i}").ToList();

        var answers = await Task.WhenAll(questions.Select(q => client.GetResponseAsync(q, cancellationToken: Cancellation)));

        Assert.Equal(questions.Select(q => $"Válasz erre: {q}"), answers.Select(a => a.Text));
        Assert.Equal(questions, _emulator.Chat.Requests.Select(r => r.LastMessage.Content).Order());
    }

    [Fact]
    public async Task StructuredOutputGetsTheScriptedJson()
    {
        _emulator.Chat.RespondWith(request => request.ResponseFormat is { Type: "json_schema", Schema: not null }
            ? ScriptedReply.Json(new OrderStatus("HB-20001", "shipped"))
            : ScriptedReply.Text("nem JSON"));

        var response = await OpenAiChat().GetResponseAsync<OrderStatus>("Mi a HB-20001 állapota?", cancellationToken: Cancellation);

        Assert.Equal(new OrderStatus("HB-20001", "shipped"), response.Result);
        Assert.Equal("OrderStatus", _emulator.Chat.Requests[0].ResponseFormat!.SchemaName);
    }

    [Fact]
    public async Task AWrongKeyIsRejectedWith401AndTheModelSeesNothing()
    {
        _emulator.Chat.Enqueue(ScriptedReply.Text("nem szabadna látszania"));

        var error = await Assert.ThrowsAsync<ClientResultException>(() => OpenAiChat("sk-wrong").GetResponseAsync("Szia", cancellationToken: Cancellation));

        Assert.Equal(401, error.Status);
        Assert.Contains("Incorrect API key provided", error.Message);
        Assert.Empty(_emulator.Chat.Requests);
    }

    [Fact]
    public async Task TheAzureClientIsServedOnTheDeploymentRouteWithItsApiKey()
    {
        _emulator.Chat.Enqueue(ScriptedReply.Text("Azure válasz."), ScriptedReply.Text("Azure folyam válasz."));
        var client = new AzureOpenAIClient(_emulator.AzureEndpoint, new ApiKeyCredential(OpenAiEmulator.ApiKey))
            .GetChatClient("chatbuddy-gpt4o").AsIChatClient();

        var response = await client.GetResponseAsync(Conversation("Szia"), cancellationToken: Cancellation);
        var streamed = await client.GetStreamingResponseAsync(Conversation("Szia"), cancellationToken: Cancellation).ToListAsync(Cancellation);

        Assert.Equal("Azure válasz.", response.Text);
        Assert.Equal("Azure folyam válasz.", string.Concat(streamed.Select(u => u.Text)));
        Assert.All(_emulator.Chat.Requests, r => Assert.Equal("chatbuddy-gpt4o", r.Azure?.Deployment));
        Assert.NotEmpty(_emulator.Chat.Requests[0].Azure!.ApiVersion);
    }

    [Fact]
    public async Task TheAzureRouteRejectsAWrongKeyWithItsOwn401()
    {
        var client = new AzureOpenAIClient(_emulator.AzureEndpoint, new ApiKeyCredential("wrong")).GetChatClient("chatbuddy-gpt4o").AsIChatClient();

        var error = await Assert.ThrowsAsync<ClientResultException>(() => client.GetResponseAsync("Szia", cancellationToken: Cancellation));

        Assert.Equal(401, error.Status);
        Assert.Contains("Access denied", error.Message);
    }

    [Theory]
    [InlineData("""{"messages":[{"role":"user","content":"Szia"}]}""", "you must provide a model parameter", null)]
    [InlineData("""{"model":"gpt-4o"}""", "Missing required parameter: 'messages'.", "missing_required_parameter")]
    [InlineData("""{"model":"gpt-4o","messages":[]}""", "Invalid 'messages': empty array.", "empty_array")]
    [InlineData("""{"model":"gpt-4o","messages":[{"content":"Szia"}]}""", "Missing required parameter: 'messages[0].role'.", "missing_required_parameter")]
    [InlineData("""{"model":"gpt-4o","messages":[{"role":"tool","tool_call_id":"call_1","content":"x"}]}""", "messages with role 'tool' must be a response", null)]
    [InlineData("""{"model":"gpt-4o","messages":[{"role":"assistant","tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"user","content":"?"}]}""", "The following tool_call_ids did not have response messages: call_1", null)]
    [InlineData("not json", "We could not parse the JSON body of your request.", null)]
    public async Task AMalformedRequestIsA400WithTheDocumentedErrorBody(string body, string message, string? code)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OpenAiEmulator.ApiKey);

        using var response = await http.PostAsync(
            new Uri(_emulator.BaseUrl + "/chat/completions"), new StringContent(body, Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancellation))!["error"]!;
        Assert.Contains(message, error["message"]!.GetValue<string>());
        Assert.Equal("invalid_request_error", error["type"]!.GetValue<string>());
        Assert.Equal(code, error["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task ARequestNobodyScriptedFailsAtOnceWithoutRetries()
    {
        var error = await Assert.ThrowsAsync<ClientResultException>(() => OpenAiChat().GetResponseAsync("Szia", cancellationToken: Cancellation));

        Assert.Equal(501, error.Status);
        Assert.Contains("no reply is queued and no rule is set", error.Message);
        Assert.Single(_emulator.Chat.Requests);
    }

    [Fact]
    public async Task AScriptedCallOfAToolThatWasNotOfferedIsRefused()
    {
        _emulator.Chat.Enqueue(ScriptedReply.ToolCall("cancel_order", """{"order_number":"HB-20001"}"""));

        var error = await Assert.ThrowsAsync<ClientResultException>(() =>
            WithTools(OpenAiChat()).GetResponseAsync(Conversation("Töröld!"), ToolOptions(), Cancellation));

        Assert.Equal(501, error.Status);
        Assert.Contains("cancel_order", error.Message);
    }

    [Fact]
    public async Task LatencyIsAppliedBeforeTheFirstByteAndBetweenChunks()
    {
        var beforeFirstByte = TimeSpan.FromMilliseconds(300);
        var betweenChunks = TimeSpan.FromMilliseconds(40);
        _emulator.Latency = new EmulatedLatency(beforeFirstByte, betweenChunks);
        _emulator.Chat.RespondWith(_ => ScriptedReply.Text("egy kettő három négy öt"));
        var client = OpenAiChat();

        var whole = Stopwatch.StartNew();
        await client.GetResponseAsync("Számolj!", cancellationToken: Cancellation);
        whole.Stop();
        var streamed = Stopwatch.StartNew();
        TimeSpan? firstUpdate = null;
        await foreach (var _ in client.GetStreamingResponseAsync("Számolj!", cancellationToken: Cancellation))
        {
            firstUpdate ??= streamed.Elapsed;
        }

        streamed.Stop();

        Assert.True(whole.Elapsed >= beforeFirstByte, $"whole reply after {whole.Elapsed}");
        Assert.True(firstUpdate >= beforeFirstByte, $"first update after {firstUpdate}");
        // Role, five words, finish and usage: eight chunks, seven gaps.
        Assert.True(streamed.Elapsed >= beforeFirstByte + (7 * betweenChunks), $"stream took {streamed.Elapsed}");
        // Buffered, the whole stream would land at once; the slack of four gaps absorbs a busy client.
        Assert.True(streamed.Elapsed - firstUpdate >= 3 * betweenChunks, $"first update after {firstUpdate} of {streamed.Elapsed}: not streamed");
    }

    private IChatClient OpenAiChat(string key = OpenAiEmulator.ApiKey) =>
        new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = _emulator.BaseUrl }).GetChatClient("gpt-4o").AsIChatClient();

    private static IChatClient WithTools(IChatClient client) => new ChatClientBuilder(client).UseFunctionInvocation().Build();

    private ChatOptions ToolOptions() => new()
    {
        Tools = [AIFunctionFactory.Create(
            (string order_number) =>
            {
                _statusLookups.Enqueue(order_number);
                return $"{order_number}: kiszállítás alatt";
            },
            "get_order_status",
            "Egy rendelés állapota a rendelésszám alapján.")],
    };

    private static Func<ChatRequestView, ScriptedReply> AnswerFromToolResultsElseLookUp(string orderNumber) => request =>
        request.LastMessage.Role == "tool"
            ? ScriptedReply.Text($"Állapot: {request.ToolResults[^1].Content}")
            : ScriptedReply.ToolCall("get_order_status", $$"""{"order_number":"{{orderNumber}}"}""");

    private static List<ChatMessage> Conversation(string question) =>
        [new(ChatRole.System, SystemPrompt), new(ChatRole.User, question)];

    private sealed record OrderStatus(string OrderNumber, string Status);
}
