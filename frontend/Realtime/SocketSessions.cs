using System.Collections.Concurrent;
using ChatBuddy.GrainInterfaces.Conversations;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>The plain-socket connections this frontend holds, by session, for pushes.</summary>
public sealed class SocketSessions
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<ChatSocketConnection, byte>> _bySession = new(StringComparer.Ordinal);

    public int Count => _bySession.Values.Sum(c => c.Count);

    public void Add(ChatSessionRef session, ChatSocketConnection connection) =>
        _bySession.GetOrAdd(session.Group, _ => new()).TryAdd(connection, 0);

    public void Remove(ChatSessionRef session, ChatSocketConnection connection)
    {
        if (_bySession.TryGetValue(session.Group, out var connections))
        {
            connections.TryRemove(connection, out _);
            if (connections.IsEmpty)
            {
                _bySession.TryRemove(new KeyValuePair<string, ConcurrentDictionary<ChatSocketConnection, byte>>(session.Group, connections));
            }
        }
    }

    public async Task DeliverAsync(ChatSessionRef session, StoredMessage message)
    {
        if (_bySession.TryGetValue(session.Group, out var connections))
        {
            await Task.WhenAll(connections.Keys.Select(c => c.MessageAsync(message)));
        }
    }

    public Task CloseAllAsync(string reason) =>
        Task.WhenAll(_bySession.Values.SelectMany(c => c.Keys).Select(c => c.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.EndpointUnavailable, reason)));
}
