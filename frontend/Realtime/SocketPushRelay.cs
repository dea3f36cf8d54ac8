using System.Text.Json;
using ChatBuddy.GrainInterfaces.Conversations;
using StackExchange.Redis;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>
/// Carries pushes to plain sockets on every frontend: over the Redis channel
/// <see cref="Channel"/> when Redis is configured (each frontend subscribes once and writes to its own
/// sockets), in-process otherwise. SignalR connections are reached through the SignalR backplane instead.
/// </summary>
public sealed class SocketPushRelay(SocketSessions sockets, RealtimeRedis redis, ILogger<SocketPushRelay> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("chatbuddy:realtime:sessions");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task PublishAsync(ChatSessionRef session, StoredMessage message)
    {
        if (redis.Connection is { } connection)
        {
            var payload = JsonSerializer.Serialize(new Push(session.ShopId, session.SessionId, message), Json);
            await connection.GetSubscriber().PublishAsync(Channel, payload);
        }
        else
        {
            await sockets.DeliverAsync(session, message);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (redis.Connection is not { } connection)
        {
            return;
        }

        var queue = await connection.GetSubscriber().SubscribeAsync(Channel);
        queue.OnMessage(async m =>
        {
            try
            {
                if (JsonSerializer.Deserialize<Push>(m.Message.ToString(), Json) is { } push)
                {
                    await sockets.DeliverAsync(new ChatSessionRef(push.ShopId, push.SessionId), push.Message);
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                logger.LogWarning(ex, "Ignored an unreadable realtime push");
            }
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private sealed record Push(string ShopId, Guid SessionId, StoredMessage Message);
}
