using System.Text.Json.Nodes;
using ChatBuddy.Grains.Catalog.Embeddings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBuddy.Tests.Emulators;

/// <summary>
/// A local server speaking the OpenAI embeddings wire protocol (POST /v1/embeddings, bearer key,
/// float or base64 encoding, the documented error body), so the OpenAI path is tested without a network.
/// Vectors are deterministic functions of the text.
/// </summary>
public sealed class OpenAiEmulator : IAsyncDisposable
{
    public const string ApiKey = "sk-test-emulator";
    private readonly WebApplication _app;
    private int _requests;

    private OpenAiEmulator(WebApplication app) => _app = app;

    public Uri BaseUrl => new(_app.Urls.First() + "/v1");

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<OpenAiEmulator> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var emulator = new OpenAiEmulator(app);
        app.MapPost("/v1/embeddings", (Delegate)emulator.EmbeddingsAsync);
        await app.StartAsync();
        return emulator;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> EmbeddingsAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (context.Request.Headers.Authorization.ToString() != $"Bearer {ApiKey}")
        {
            return Error(401, "Incorrect API key provided.", "invalid_api_key");
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
            return Error(400, "'input' and 'model' are required.", "invalid_request_error");
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

    private static IResult Error(int status, string message, string code) =>
        Results.Json(new { error = new { message, type = "invalid_request_error", param = (string?)null, code } }, statusCode: status);
}
