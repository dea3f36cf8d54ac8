using ChatBuddy.Frontend.Realtime;
using ChatBuddy.Frontend.Security;
using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Conversations;
using ChatBuddy.Grains.Customers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBuddy.Frontend.Api;

/// <summary>
/// <c>POST /api/v1/chat</c>: one shopper message in, the session grain's complete reply out. A new
/// conversation gets a session id and a signed token; a follow-up must send the token as
/// <c>Authorization: Bearer</c>. <c>GET /api/v1/chat/{sessionId}/messages</c> returns what was said
/// after a sequence number (a staff reply, say).
/// </summary>
public static class ChatApi
{
    public const int MaxMessageLength = Grains.Security.Guard.GuardOptions.DefaultMaxMessageLength;

    public static IEndpointRouteBuilder MapChatApi(this IEndpointRouteBuilder app)
    {
        var chat = app.MapGroup("/api/v1/chat").WithTags("Chat");
        chat.MapPost("/", ChatAsync).WithName("Chat").RequireCors(ShopCorsPolicyProvider.PolicyName).Limit(RateLimitBuckets.Chat);
        chat.MapGet("/{sessionId}/messages", MessagesAsync).WithName("ChatMessages").Limit(RateLimitBuckets.Sessions);
        return app;
    }

    public static async Task<Results<Ok<ChatResponse>, ProblemHttpResult>> ChatAsync(
        ChatRequest? request, string? shop, HttpContext http, IGrainFactory grains, SessionTokens tokens, CustomerTokens customers, ChatRateLimiter limiter, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (request?.Message is not { } message || string.IsNullOrWhiteSpace(message))
        {
            return Problem(StatusCodes.Status400BadRequest, "Missing message", "Send the shopper's text in 'message'.");
        }

        if (message.Length > MaxMessageLength)
        {
            return Problem(StatusCodes.Status400BadRequest, "Message too long", $"'message' may be at most {MaxMessageLength} characters.");
        }

        if (request.Locale is not (null or "hu" or "en"))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid locale", "'locale' must be \"hu\", \"en\" or null.");
        }

        var shopId = ShopParameter.Resolve(shop, configuration);
        if (await grains.GetGrain<IShopTenantGrain>(shopId).GetSettingsAsync() is not { } settings)
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown shop", "No shop with this id is registered.");
        }

        if (!OriginPolicy.IsAllowed(http.Request, settings))
        {
            return Problem(StatusCodes.Status403Forbidden, "Origin not allowed", "This page's origin is not in the shop's allowed origins.");
        }

        Guid sessionId;
        if (request.SessionId is null)
        {
            sessionId = Guid.CreateVersion7();
        }
        else if (!Guid.TryParse(request.SessionId, out sessionId) || !await tokens.IsValidAsync(shopId, sessionId, BearerToken(http), cancellationToken))
        {
            return Problem(StatusCodes.Status401Unauthorized, "Session not authorised", "Send the session's token as 'Authorization: Bearer <session_token>'.");
        }

        var text = new string(message.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Trim();
        if (text.Length == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "Missing message", "The message has no visible text.");
        }

        VerifiedCustomer? customer = null;
        if (request.CustomerToken is { } customerToken && (customer = await customers.VerifyAsync(shopId, customerToken, cancellationToken)) is null)
        {
            return Problem(StatusCodes.Status401Unauthorized, "Customer token not valid", "'customer_token' must be a current token signed with one of this shop's customer-token keys.");
        }

        // The client address and API key were counted by the middleware; the session and the customer are known only now.
        var decision = await limiter.AcquireAsync(
            new RateLimitSubject(RateLimitBuckets.Chat, Session: sessionId.ToString("N"), Customer: RateLimitKeys.Customer(customer)),
            cancellationToken);
        if (!decision.Permitted)
        {
            http.Response.Headers.RetryAfter = decision.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem(StatusCodes.Status429TooManyRequests, "Rate limited", $"Too many messages in this conversation; try again in {decision.RetryAfterSeconds} s.");
        }

        var clientId = http.Request.Headers["Idempotency-Key"].ToString() is { Length: > 0 and <= 100 } key && !key.Any(char.IsControl) ? key : null;
        var turn = new ChatTurn(text, clientId, request.Locale, http.Connection.RemoteIpAddress?.ToString(), customer);
        var session = grains.GetGrain<IChatSessionGrain>(GrainKeys.ForShop(shopId, sessionId.ToString()));
        ChatAck? ack = null;
        ChatReply? reply = null;
        await foreach (var e in session.ChatAsync(turn, cancellationToken))
        {
            ack = e as ChatAck ?? ack;
            reply = e as ChatReply ?? reply;
        }

        var token = await tokens.IssueAsync(shopId, sessionId, cancellationToken);
        var language = reply?.Language ?? request.Locale ?? "hu";
        return TypedResults.Ok(reply is null
            ? new ChatResponse(sessionId, token, ack!.MessageId, "human", "", language, [], [], true, [])
            : new ChatResponse(
                sessionId,
                token,
                reply.MessageId,
                reply.Agent,
                reply.Text,
                reply.Language,
                reply.Products.Select(p => new ChatProduct(p.Sku, p.Name, p.Price, p.SalePrice, p.Currency, p.InStock, p.Url)).ToList(),
                reply.QuickReplies,
                reply.Handoff,
                reply.Flags));
    }

    public static async Task<Results<Ok<IReadOnlyList<ChatMessageView>>, ProblemHttpResult>> MessagesAsync(
        string sessionId, int? afterSeq, string? shop, HttpContext http, IGrainFactory grains, SessionTokens tokens, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var shopId = ShopParameter.Resolve(shop, configuration);
        if (!Guid.TryParse(sessionId, out var id) || !await tokens.IsValidAsync(shopId, id, BearerToken(http), cancellationToken))
        {
            return Problem(StatusCodes.Status401Unauthorized, "Session not authorised", "Send the session's token as 'Authorization: Bearer <session_token>'.");
        }

        var entries = await grains.GetGrain<IChatSessionGrain>(GrainKeys.ForShop(shopId, id.ToString())).HistoryAsync(afterSeq ?? 0);
        return TypedResults.Ok<IReadOnlyList<ChatMessageView>>(entries
            .Select(e => new ChatMessageView(e.MessageId, e.Seq, e.Role.ToString().ToLowerInvariant(), e.Agent, e.Text, e.At))
            .ToList());
    }

    private static string? BearerToken(HttpContext http) =>
        http.Request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}

/// <summary>A shopper message; <c>customer_token</c> is a shop-signed JWT naming a logged-in shopper.</summary>
public sealed record ChatRequest(string? Message, string? SessionId, string? Locale, string? CustomerToken = null);

public sealed record ChatProduct(string Sku, string Name, int Price, int? SalePrice, string Currency, bool InStock, string? Url);

public sealed record ChatResponse(
    Guid SessionId,
    string SessionToken,
    Guid MessageId,
    string Agent,
    string Reply,
    string Language,
    IReadOnlyList<ChatProduct> Products,
    IReadOnlyList<string> QuickReplies,
    bool Handoff,
    IReadOnlyList<string> Flags);

public sealed record ChatMessageView(Guid MessageId, int Seq, string Role, string? Agent, string Text, DateTimeOffset At);
