using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBuddy.Tests.Emulators.Email;

/// <summary>
/// A local SendGrid v3 Mail Send server (<c>POST /v3/mail/send</c>) built from the API reference:
/// <c>Authorization: Bearer KEY</c> (401 otherwise), the request's required parts checked (400 with
/// the documented <c>{"errors":[{"message","field","help"}]}</c> body), and 202 with an empty body and
/// an <c>X-Message-Id</c> header when accepted. Accepted mails are recorded in <see cref="Sent"/>.
/// </summary>
public sealed class SendGridEmulator : IAsyncDisposable
{
    public const string ApiKey = "SG.emulator-key.emulator-secret";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SentMail> _sent = new();
    private int _requests;
    private int _failNext;
    private int _failStatus = StatusCodes.Status500InternalServerError;

    private SendGridEmulator(WebApplication app) => _app = app;

    public Uri BaseUrl => new(_app.Urls.First());

    /// <summary>Requests received, refused ones included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Mails accepted (202), in order.</summary>
    public IReadOnlyList<SentMail> Sent => _sent.ToList();

    public static async Task<SendGridEmulator> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var emulator = new SendGridEmulator(app);
        app.MapPost("/v3/mail/send", (Delegate)emulator.SendAsync);
        await app.StartAsync();
        return emulator;
    }

    /// <summary>The next <paramref name="count"/> requests fail with <paramref name="status"/> (an outage on SendGrid's side).</summary>
    public void FailNext(int count, int status = StatusCodes.Status503ServiceUnavailable)
    {
        Volatile.Write(ref _failStatus, status);
        Volatile.Write(ref _failNext, count);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> SendAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + ApiKey)
        {
            return Errors(StatusCodes.Status401Unauthorized, ("The provided authorization grant is invalid, expired, or revoked", null, null));
        }

        if (Interlocked.Decrement(ref _failNext) >= 0)
        {
            return Errors(Volatile.Read(ref _failStatus), ("Internal server error", null, null));
        }

        Interlocked.Exchange(ref _failNext, 0);
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is not JsonObject mail)
        {
            return Errors(StatusCodes.Status400BadRequest, ("Bad Request", null, null));
        }

        var problems = Validate(mail);
        if (problems.Count > 0)
        {
            return Errors(StatusCodes.Status400BadRequest, [.. problems]);
        }

        var id = Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _sent.Enqueue(new SentMail(id, mail));
        context.Response.Headers["X-Message-Id"] = id;
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static List<(string Message, string? Field, string? Help)> Validate(JsonObject mail)
    {
        var problems = new List<(string, string?, string?)>();
        var personalizations = mail["personalizations"] as JsonArray;
        if (personalizations is not { Count: > 0 })
        {
            problems.Add(("The personalizations field is required and must have at least one personalization.", "personalizations", "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#-Personalizations-Errors"));
        }
        else if (personalizations.Any(p => p?["to"] is not JsonArray { Count: > 0 } to || to.Any(a => a?["email"]?.GetValue<string>() is not { } e || !e.Contains('@', StringComparison.Ordinal))))
        {
            problems.Add(("Does not contain a valid address.", "personalizations.0.to.0.email", "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.personalizations.to"));
        }

        if (mail["from"]?["email"]?.GetValue<string>() is not { Length: > 0 })
        {
            problems.Add(("The from object must be provided for every email send. It is an object that requires the email parameter, but may also contain a name parameter.", "from", "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.from"));
        }

        var templated = mail["template_id"] is not null;
        if (!templated && mail["subject"]?.GetValue<string>() is not { Length: > 0 } && personalizations?.All(p => p?["subject"] is not null) != true)
        {
            problems.Add(("The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined.", "subject", "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.subject"));
        }

        var content = mail["content"] as JsonArray;
        if (!templated && content is not { Count: > 0 })
        {
            problems.Add(("Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block. We typically suggest both text/plain and text/html blocks are included, but only one block is required.", "content", "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.content"));
        }
        else if (content is { Count: > 1 } && content.Skip(1).Any(c => c?["type"]?.GetValue<string>() == "text/plain"))
        {
            problems.Add(("If present, text/plain content must be first, followed by text/html, followed by any other content.", "content", "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.content"));
        }

        return problems;
    }

    private static IResult Errors(int status, params (string Message, string? Field, string? Help)[] errors) =>
        Results.Json(new { errors = errors.Select(e => new { message = e.Message, field = e.Field, help = e.Help }) }, statusCode: status);
}

/// <summary>One accepted mail: the message id SendGrid answered with and the request body as sent.</summary>
public sealed record SentMail(string MessageId, JsonObject Body)
{
    public string To => Body["personalizations"]![0]!["to"]![0]!["email"]!.GetValue<string>();

    public string From => Body["from"]!["email"]!.GetValue<string>();

    public string Subject => Body["subject"]!.GetValue<string>();

    public string Text => Body["content"]!.AsArray().First(c => c!["type"]!.GetValue<string>() == "text/plain")!["value"]!.GetValue<string>();
}
