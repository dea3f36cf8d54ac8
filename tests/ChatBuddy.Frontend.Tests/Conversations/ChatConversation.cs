using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBuddy.Frontend.Tests.Conversations;

/// <summary>One shopper talking to <c>POST /api/v1/chat</c>: keeps the session id and token between turns.</summary>
public sealed class ChatConversation(HttpClient client)
{
    public string? SessionId { get; private set; }

    public string? Token { get; private set; }

    /// <summary>A shop-signed customer token sent with each message while set.</summary>
    public string? CustomerToken { get; set; }

    public async Task<JsonElement> SayAsync(string message, string? locale = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat")
        {
            Content = JsonContent.Create(new { message, session_id = SessionId, locale, customer_token = CustomerToken }),
        };
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        SessionId = body.GetProperty("session_id").GetString();
        Token = body.GetProperty("session_token").GetString();
        return body;
    }
}

public static class ChatReplyExtensions
{
    public static string Agent(this JsonElement reply) => reply.GetProperty("agent").GetString()!;

    public static string Text(this JsonElement reply) => reply.GetProperty("reply").GetString()!;

    public static IReadOnlyList<JsonElement> Products(this JsonElement reply) => reply.GetProperty("products").EnumerateArray().ToList();

    public static int EffectivePrice(this JsonElement product) =>
        product.GetProperty("sale_price").ValueKind == JsonValueKind.Number ? product.GetProperty("sale_price").GetInt32() : product.GetProperty("price").GetInt32();
}
