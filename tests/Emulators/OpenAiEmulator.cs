using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBuddy.Grains.Catalog.Embeddings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace ChatBuddy.Tests.Emulators;

/// <summary>
/// A local server speaking the OpenAI wire protocol, so OpenAI code paths are tested without a network:
/// embeddings (POST /v1/embeddings, float or base64, vectors a deterministic function of the text) and chat
/// completions answered from <see cref="Chat"/> (POST /v1/chat/completions with a bearer key, and the Azure
/// OpenAI route POST /openai/deployments/{deployment}/chat/completions?api-version=… with an api-key header),
/// plain or streamed, with the documented error bodies.
/// </summary>
public sealed class OpenAiEmulator : IAsyncDisposable
{
    public const string ApiKey = "sk-test-emulator";
    private readonly WebApplication _app;
    private int _requests;
    private long _chatTicks;

    private OpenAiEmulator(WebApplication app) => _app = app;

    /// <summary>The OpenAI endpoint, for <c>OpenAIClientOptions.Endpoint</c>.</summary>
    public Uri BaseUrl => new(_app.Urls.First() + "/v1");

    /// <summary>The Azure OpenAI resource endpoint, for <c>new AzureOpenAIClient(endpoint, key)</c>.</summary>
    public Uri AzureEndpoint => new(_app.Urls.First());

    /// <summary>Embedding requests received.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public ChatScript Chat { get; } = new();

    /// <summary>
    /// Time the chat completions endpoint took, from a request's arrival to its last byte written, summed:
    /// the model's time as a client sees it, emulated latency and the emulator's own work included.
    /// </summary>
    public TimeSpan ChatTimeServed => TimeSpan.FromTicks(Interlocked.Read(ref _chatTicks));

    /// <summary>Applied to every request from now on; replace it whole to change it.</summary>
    public EmulatedLatency Latency { get; set; } = EmulatedLatency.None;

    /// <summary>The configuration that points ChatBuddy's language model (the "compatible" provider) at this emulator.</summary>
    public Dictionary<string, string?> ProviderSettings(string model = "gpt-4o") => new()
    {
        ["ChatBuddy:Ai:Provider"] = "compatible",
        ["ChatBuddy:Ai:Endpoint"] = BaseUrl.ToString(),
        ["ChatBuddy:Ai:ApiKey"] = ApiKey,
        ["ChatBuddy:Ai:Model"] = model,
    };

    public static async Task<OpenAiEmulator> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var emulator = new OpenAiEmulator(app);
        app.Use(async (context, next) =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await next(context);
            if (context.Request.Path.Value?.EndsWith("/chat/completions", StringComparison.Ordinal) == true)
            {
                Interlocked.Add(ref emulator._chatTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
            }
        });
        app.MapPost("/v1/embeddings", (Delegate)emulator.EmbeddingsAsync);
        app.MapPost("/v1/chat/completions", (Delegate)emulator.OpenAiChatCompletionsAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (Delegate)emulator.AzureChatCompletionsAsync);
        await app.StartAsync();
        return emulator;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private Task<IResult> OpenAiChatCompletionsAsync(HttpContext context) => ChatCompletionsAsync(context, azure: null);

    private async Task<IResult> AzureChatCompletionsAsync(HttpContext context)
    {
        if (context.Request.Query["api-version"].ToString() is not { Length: > 0 } apiVersion)
        {
            return AzureError(404, "Resource not found");
        }

        return await ChatCompletionsAsync(context, new AzureRouteView((string)context.GetRouteValue("deployment")!, apiVersion));
    }

    private async Task<IResult> ChatCompletionsAsync(HttpContext context, AzureRouteView? azure)
    {
        await Task.Delay(Latency.BeforeFirstByte, context.RequestAborted);
        if ((azure is null ? Unauthorized(context) : AzureUnauthorized(context)) is { } unauthorized)
        {
            return unauthorized;
        }

        ChatRequestView request;
        try
        {
            request = ChatRequestParser.Parse(await ReadJsonAsync(context), azure);
        }
        catch (InvalidChatRequestException invalid)
        {
            return Error(400, invalid.Message, "invalid_request_error", invalid.Code, invalid.Param);
        }

        ScriptedReply reply;
        try
        {
            reply = Chat.Answer(request);
        }
        // A rule that throws is a failing test; a 500 would be retried by the SDK and run the rule again.
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return Unscripted(failure.Message);
        }

        if (reply.ToolCalls.Select(c => c.Name).Except(request.ToolNames).ToList() is { Count: > 0 } unoffered)
        {
            return Unscripted($"the script calls {string.Join(", ", unoffered)}, which the request does not offer (offered: {string.Join(", ", request.ToolNames)}).");
        }

        var response = new ChatCompletionResponse(request, reply);
        return request.Stream ? response.Stream(Latency.BetweenChunks, context.RequestAborted) : response.Completion();
    }

    private static async Task<JsonNode?> ReadJsonAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult? Unauthorized(HttpContext context) => context.Request.Headers.Authorization.ToString() switch
    {
        $"Bearer {ApiKey}" => null,
        "" => Error(401, "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
            "invalid_request_error", code: null),
        _ => Error(401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key"),
    };

    private static IResult? AzureUnauthorized(HttpContext context) => context.Request.Headers["api-key"].ToString() == ApiKey
        ? null
        : AzureError(401, "Access denied due to invalid subscription key or wrong API endpoint. " +
            "Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.");

    // 501 rather than 500: the SDKs retry a 500, and a test that forgot a reply should fail at once.
    private static IResult Unscripted(string why) =>
        Error(501, $"OpenAiEmulator has no answer: {why}", "server_error", "emulator_unscripted");

    private async Task<IResult> EmbeddingsAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        await Task.Delay(Latency.BeforeFirstByte, context.RequestAborted);
        if (Unauthorized(context) is { } unauthorized)
        {
            return unauthorized;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body);
        var inputs = body?["input"] switch
        {
            JsonArray array => array.Select(i => i!.GetValue<string>()).ToList(),
            JsonValue value => [value.GetValue<string>()],
            _ => null,
        };
        if (inputs is null || inputs.Count == 0 || body?["model"]?.GetValue<string>() is not { Length: > 0 } model)
        {
            return Error(400, "'input' and 'model' are required.", "invalid_request_error", "invalid_request_error");
        }

        var dimensions = body["dimensions"]?.GetValue<int>() ?? 1536;
        var base64 = body["encoding_format"]?.GetValue<string>() == "base64";
        var data = inputs.Select((text, index) =>
        {
            var vector = Vector(text, dimensions);
            object embedding = base64 ? Convert.ToBase64String(vector.SelectMany(BitConverter.GetBytes).ToArray()) : vector;
            return new { @object = "embedding", index, embedding };
        }).ToList();
        var tokens = inputs.Sum(i => i.Split(' ').Length);
        return Results.Json(new { @object = "list", data, model, usage = new { prompt_tokens = tokens, total_tokens = tokens } });
    }

    private static float[] Vector(string text, int dimensions)
    {
        var local = HashedNgramEmbeddingGenerator.Embed(text);
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = local[i % local.Length] * (i / local.Length % 2 == 0 ? 1 : -1);
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return norm == 0 ? vector : vector.Select(v => v / norm).ToArray();
    }

    private static IResult Error(int status, string message, string type, string? code, string? param = null) =>
        Results.Json(new { error = new { message, type, param, code } }, statusCode: status);

    private static IResult AzureError(int status, string message) =>
        Results.Json(new { error = new { code = status.ToString(CultureInfo.InvariantCulture), message } }, statusCode: status);
}
