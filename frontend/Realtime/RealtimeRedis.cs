using StackExchange.Redis;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>The frontend's Redis connection for realtime pushes, or none on a single node without Redis.</summary>
public sealed class RealtimeRedis(IConnectionMultiplexer? connection) : IDisposable
{
    public IConnectionMultiplexer? Connection { get; } = connection;

    public void Dispose() => Connection?.Dispose();
}
