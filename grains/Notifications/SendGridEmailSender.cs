using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBuddy.Grains.Notifications;

/// <summary>
/// SendGrid v3 Mail Send (<c>POST /v3/mail/send</c>, Bearer API key): 202 with <c>X-Message-Id</c> is
/// sent; 400/413 are permanent (the mail itself is wrong); 401/403 (a key problem an operator can
/// fix), 429 and 5xx are retried by the outbox.
/// </summary>
public sealed class SendGridEmailSender(IHttpClientFactory clients, SendGridOptions options) : IEmailSender
{
    public const string ClientName = "sendgrid";

    public string Name => "sendgrid";

    public async Task<string?> SendAsync(EmailMessage message, EmailAddress from, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseUrl, "v3/mail/send"))
        {
            Content = JsonContent.Create(Body(message, from), options: Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        using var http = clients.CreateClient(ClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Accepted || response.IsSuccessStatusCode)
        {
            return response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
        }

        var errors = await ErrorsAsync(response, cancellationToken);
        var permanent = response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge;
        throw new EmailSendException($"SendGrid answered {(int)response.StatusCode}: {errors}", permanent);
    }

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static object Body(EmailMessage message, EmailAddress from)
    {
        // text/plain must come before text/html.
        var content = new List<object> { new { type = "text/plain", value = message.Text } };
        if (message.Html is { } html)
        {
            content.Add(new { type = "text/html", value = html });
        }

        return new
        {
            personalizations = new[] { new { to = new[] { new { email = message.To, name = message.ToName } } } },
            from = new { email = from.Email, name = from.Name },
            subject = message.Subject,
            content,
        };
    }

    /// <summary>SendGrid's error body is <c>{"errors":[{"message","field","help"}]}</c>; its messages, or the status text.</summary>
    private static async Task<string> ErrorsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                var messages = errors.EnumerateArray()
                    .Select(e => e.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null)
                    .OfType<string>()
                    .ToList();
                if (messages.Count > 0)
                {
                    return string.Join("; ", messages);
                }
            }
        }
        catch (JsonException)
        {
        }

        return response.ReasonPhrase ?? "no details";
    }
}
