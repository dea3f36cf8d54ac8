using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.Grains.Conversations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBuddy.Frontend.Api;

/// <summary>
/// Staff side of the handoff under <c>/api/v1/admin</c>: the queue of sessions waiting for a person,
/// replying as a person, and closing. Guarded by <c>X-Admin-Key</c> = ChatBuddy:Admin:ApiKey until
/// JWT sign-in arrives; without a configured key the admin API is off.
/// </summary>
public static class HandoffApi
{
    public static IEndpointRouteBuilder MapHandoffApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Admin").RequireAdminKey();
        admin.MapGet("/handoffs", ListAsync).WithName("ListHandoffs");
        admin.MapPost("/sessions/{sessionId}/reply", ReplyAsync).WithName("ReplyAsHuman");
        admin.MapPost("/sessions/{sessionId}/close", CloseAsync).WithName("CloseSession");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<PendingSession>>> ListAsync(string? shop, ConversationStore store, IConfiguration configuration, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListPendingAsync(ShopParameter.Resolve(shop, configuration), cancellationToken));

    public static async Task<Results<Ok<StaffReplyView>, ProblemHttpResult>> ReplyAsync(
        string sessionId, StaffReply? body, string? shop, IGrainFactory grains, ConversationStore store, ISessionNotifier notifier, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (body?.Text is not { } text || string.IsNullOrWhiteSpace(text) || text.Length > ChatApi.MaxMessageLength || text.Contains('\0', StringComparison.Ordinal)
            || body.Staff is { Length: > 100 } || !InputText.IsPlain(body.Staff))
        {
            return TypedResults.Problem(detail: $"Send 1–{ChatApi.MaxMessageLength} characters in 'text' (no NUL) and optionally 'staff', up to 100 characters without control characters.", statusCode: 400, title: "Invalid reply");
        }

        var shopId = ShopParameter.Resolve(shop, configuration);
        if (!Guid.TryParse(sessionId, out var id) || !await store.SessionExistsAsync(shopId, id, cancellationToken))
        {
            return TypedResults.Problem(detail: "No such session in this shop.", statusCode: 404, title: "Unknown session");
        }

        var reply = await grains.GetGrain<IChatSessionGrain>(GrainKeys.ForShop(shopId, id.ToString())).ReplyAsHumanAsync(body.Staff ?? "staff", text.Trim());

        // Stored first, pushed second: a shopper who misses the push still gets it by resuming from last_seq.
        await notifier.PublishAsync(shopId, id, new StoredMessage(
            reply.MessageId, reply.Seq, MessageRole.Human, reply.Text, null, reply.Agent, reply.Products, reply.QuickReplies, reply.Handoff, DateTimeOffset.UtcNow, reply.Flags), cancellationToken);
        return TypedResults.Ok(new StaffReplyView(reply.MessageId, reply.Seq));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> CloseAsync(
        string sessionId, string? shop, IGrainFactory grains, ConversationStore store, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var shopId = ShopParameter.Resolve(shop, configuration);
        if (!Guid.TryParse(sessionId, out var id) || !await store.SessionExistsAsync(shopId, id, cancellationToken))
        {
            return TypedResults.Problem(detail: "No such session in this shop.", statusCode: 404, title: "Unknown session");
        }

        await grains.GetGrain<IChatSessionGrain>(GrainKeys.ForShop(shopId, id.ToString())).CloseAsync();
        return TypedResults.NoContent();
    }
}

public sealed record StaffReply(string? Text, string? Staff);

public sealed record StaffReplyView(Guid MessageId, int Seq);
