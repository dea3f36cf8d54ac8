using System.Net;
using ChatBuddy.Frontend.Api;
using ChatBuddy.Frontend.Security;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.Grains.Conversations;
using ChatBuddy.Grains.Customers;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>
/// What the hub and the plain socket both do, so they stay thin adapters: authenticate a session by
/// its token, replay what a client missed, and run a shopper turn on the session grain, streaming
/// ack, typing, deltas and the stored answer to the asking connection. Every message passes the chat
/// rate limits here (client address, session, customer), whichever transport brought it.
/// </summary>
public sealed class ChatSessionService(
    IGrainFactory grains, SessionTokens tokens, CustomerTokens customers, ChatRateLimiter limiter, IpBlockList blockList, ILogger<ChatSessionService> logger)
{
    public const int MaxClientIdLength = 100;

    /// <summary>The session when <paramref name="token"/> is its signed token, else null.</summary>
    public async Task<ChatSessionRef?> AuthenticateAsync(string shopId, string? sessionId, string? token, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(sessionId, out var id) || !await tokens.IsValidAsync(shopId, id, token, cancellationToken))
        {
            return null;
        }

        return new ChatSessionRef(shopId, id);
    }

    /// <summary>The shopper a shop-signed customer token vouches for, or null (same check as the chat API).</summary>
    public Task<VerifiedCustomer?> VerifyCustomerAsync(string shopId, string customerToken, CancellationToken cancellationToken) =>
        customers.VerifyAsync(shopId, customerToken, cancellationToken);

    /// <summary>Writes every stored message after <paramref name="lastSeq"/> to the channel, oldest first.</summary>
    public async Task ReplayAsync(ChatSessionRef session, int lastSeq, IChatChannel channel)
    {
        IReadOnlyList<StoredMessage> missed;
        try
        {
            missed = await grains.GetGrain<IChatSessionGrain>(session.GrainKey).ReplayAsync(Math.Max(0, lastSeq));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Replaying session {Session} failed", session.GrainKey);
            await channel.ErrorAsync(ChatErrorCodes.Unavailable, "The conversation could not be loaded just now; say hello again in a moment.");
            return;
        }

        foreach (var message in missed)
        {
            await channel.MessageAsync(message);
        }
    }

    /// <summary>
    /// One shopper message (typed, or a quick reply's text). A repeated <paramref name="clientId"/> is
    /// answered by the grain from the store: the same ack and answer, nothing processed twice.
    /// </summary>
    public async Task SendAsync(
        ChatSessionRef session, string? clientId, string? text, string? origin, IChatChannel channel, CancellationToken cancellationToken, VerifiedCustomer? customer = null)
    {
        // New connections from a blocked address are refused at the door; one opened before the block
        // is ended at its next message.
        if (IPAddress.TryParse(origin, out var address) && await blockList.IsBlockedAsync(address, cancellationToken))
        {
            await channel.ErrorAsync(ChatErrorCodes.Blocked, "Messages from this address are blocked.");
            await channel.DisconnectAsync();
            return;
        }

        var decision = await limiter.AcquireAsync(
            new RateLimitSubject(RateLimitBuckets.Chat, RateLimitKeys.Address(origin), session.SessionId.ToString("N"), RateLimitKeys.Customer(customer)),
            cancellationToken);
        if (!decision.Permitted)
        {
            // The connection stays open: the client waits and sends again (with the same client id).
            await channel.ErrorAsync(ChatErrorCodes.RateLimited, $"Too many messages; try again in {decision.RetryAfterSeconds} s.", decision.RetryAfterSeconds);
            return;
        }

        if (string.IsNullOrWhiteSpace(clientId) || clientId.Length > MaxClientIdLength || clientId.Any(char.IsControl))
        {
            await channel.ErrorAsync(ChatErrorCodes.InvalidMessage, $"Every message needs a client id of 1–{MaxClientIdLength} characters, without control characters.");
            return;
        }

        var clean = text is null ? "" : new string(text.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Trim();
        if (clean.Length == 0 || clean.Length > ChatApi.MaxMessageLength)
        {
            await channel.ErrorAsync(ChatErrorCodes.InvalidMessage, $"A message needs 1–{ChatApi.MaxMessageLength} characters of visible text.");
            return;
        }

        var grain = grains.GetGrain<IChatSessionGrain>(session.GrainKey);
        try
        {
            await foreach (var e in grain.ChatAsync(new ChatTurn(clean, clientId, null, origin, customer), cancellationToken))
            {
                await (e switch
                {
                    ChatAck ack => channel.AckAsync(ack.ClientId ?? clientId, ack.MessageId, ack.Seq),
                    ChatTyping => channel.TypingAsync(),
                    ChatDelta delta => channel.DeltaAsync(delta.MessageId, delta.Text),
                    ChatReply reply => channel.MessageAsync(ToStored(reply)),
                    _ => Task.CompletedTask,
                });
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The connection went away mid-answer; the grain still stores the answer, and the client
            // gets it by resuming (hello with last_seq) or by resending the same client id.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "A turn of session {Session} failed", session.GrainKey);
            await channel.ErrorAsync(ChatErrorCodes.TurnFailed, "The answer could not be produced; send the message again with the same client id.");
        }
    }

    public static StoredMessage ToStored(ChatReply reply) => new(
        reply.MessageId,
        reply.Seq,
        MessageRole.Assistant,
        reply.Text,
        null,
        reply.Agent,
        reply.Products,
        reply.QuickReplies,
        reply.Handoff,
        DateTimeOffset.UtcNow,
        reply.Flags);
}
