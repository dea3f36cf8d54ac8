using ChatBuddy.Frontend.Hubs;
using ChatBuddy.GrainInterfaces.Conversations;
using Microsoft.AspNetCore.SignalR;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>
/// The frontend's side of the notifier seam: a session's SignalR group (across frontends through the
/// Redis backplane when configured) and its plain sockets (through <see cref="SocketPushRelay"/>).
/// </summary>
public sealed class SessionNotifier(IHubContext<ChatHub, IChatWidgetClient> hub, SocketPushRelay sockets) : ISessionNotifier
{
    public async Task PublishAsync(string shopId, Guid sessionId, StoredMessage message, CancellationToken cancellationToken = default)
    {
        var session = new ChatSessionRef(shopId, sessionId);
        await Task.WhenAll(
            hub.Clients.Group(session.Group).Message(WidgetMessage.From(message)),
            sockets.PublishAsync(session, message));
    }
}
