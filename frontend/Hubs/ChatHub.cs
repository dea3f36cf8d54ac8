using ChatBuddy.Frontend.Api;
using ChatBuddy.Frontend.Realtime;
using ChatBuddy.Frontend.Security;
using ChatBuddy.GrainInterfaces.Conversations;
using Microsoft.AspNetCore.SignalR;

namespace ChatBuddy.Frontend.Hubs;

/// <summary>
/// <c>/hubs/chat?shop=ID</c>: thin; every call goes to <see cref="ChatSessionService"/>. A connection
/// says Hello once to bind itself to a session and join its push group; a logged-in shopper's page says
/// HelloAsCustomer instead, adding the shop-signed customer token.
/// </summary>
public sealed class ChatHub(ChatSessionService sessions, IConfiguration configuration) : Hub<IChatWidgetClient>
{
    public const string Path = "/hubs/chat";
    private const string SessionItem = "chatbuddy.session";
    private const string CustomerItem = "chatbuddy.customer";

    public Task Hello(string sessionId, string token, int lastSeq) => BindAsync(sessionId, token, lastSeq, null);

    // SignalR binds arguments by position and has no optional ones, so the customer token gets its own method.
    public Task HelloAsCustomer(string sessionId, string token, int lastSeq, string customerToken) => BindAsync(sessionId, token, lastSeq, customerToken);

    public Task Send(string clientId, string text) => TurnAsync(clientId, text);

    public Task QuickReply(string clientId, string payload) => TurnAsync(clientId, payload);

    public async Task Typing()
    {
        if (Session is null)
        {
            await Clients.Caller.Error(ChatErrorCodes.HelloRequired, "Call Hello(sessionId, token, lastSeq) first.", null);
        }
    }

    private ChatSessionRef? Session => Context.Items.TryGetValue(SessionItem, out var value) ? value as ChatSessionRef : null;

    private async Task BindAsync(string sessionId, string token, int lastSeq, string? customerToken)
    {
        var shopId = ShopParameter.Resolve(Context.GetHttpContext()?.Request.Query["shop"], configuration);
        var session = await sessions.AuthenticateAsync(shopId, sessionId, token, Context.ConnectionAborted);
        if (session is null)
        {
            await Clients.Caller.Error(ChatErrorCodes.Unauthorized, "The token does not belong to this session.", null);
            return;
        }

        VerifiedCustomer? customer = null;
        if (customerToken is not null && (customer = await sessions.VerifyCustomerAsync(shopId, customerToken, Context.ConnectionAborted)) is null)
        {
            await Clients.Caller.Error(ChatErrorCodes.Unauthorized, "The customer token is not a current token signed with one of this shop's customer-token keys.", null);
            return;
        }

        if (Context.Items.TryGetValue(SessionItem, out var previous) && previous is ChatSessionRef old && old != session)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, old.Group);
        }

        Context.Items[SessionItem] = session;
        Context.Items[CustomerItem] = customer;
        await Groups.AddToGroupAsync(Context.ConnectionId, session.Group);
        await sessions.ReplayAsync(session, lastSeq, new Caller(Clients.Caller, Context.Abort));
    }

    private async Task TurnAsync(string clientId, string text)
    {
        if (Session is not { } session)
        {
            await Clients.Caller.Error(ChatErrorCodes.HelloRequired, "Call Hello(sessionId, token, lastSeq) first.", null);
            return;
        }

        var customer = Context.Items.TryGetValue(CustomerItem, out var value) ? value as VerifiedCustomer : null;
        var origin = ClientAddress.Of(Context.GetHttpContext());
        await sessions.SendAsync(session, clientId, text, origin, new Caller(Clients.Caller, Context.Abort), Context.ConnectionAborted, customer);
    }

    /// <summary>The asking connection as the session service's channel.</summary>
    private sealed class Caller(IChatWidgetClient client, Action abort) : IChatChannel
    {
        public Task AckAsync(string clientId, Guid messageId, int seq) => client.Ack(clientId, messageId, seq);

        public Task TypingAsync() => client.Typing();

        public Task DeltaAsync(Guid messageId, string text) => client.Delta(messageId, text);

        public Task MessageAsync(StoredMessage message) => client.Message(WidgetMessage.From(message));

        public Task ErrorAsync(string code, string detail, int? retryAfterSeconds = null) => client.Error(code, detail, retryAfterSeconds);

        public Task DisconnectAsync()
        {
            abort();
            return Task.CompletedTask;
        }
    }
}
