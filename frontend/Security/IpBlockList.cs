using System.Net;
using ChatBuddy.Frontend.Realtime;
using ChatBuddy.Grains.Security.Access;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBuddy.Frontend.Security;

/// <summary>
/// The blocked addresses every request is checked against, read from PostgreSQL and kept in memory for
/// a few seconds. A change made on one frontend clears the copy of every frontend at once through a
/// Redis channel when Redis is configured; otherwise the others catch up within the cache duration.
/// Expiry is checked on every lookup, so a block ends on time whatever the cache holds.
/// </summary>
public sealed class IpBlockList : IDisposable
{
    private static readonly RedisChannel Changes = RedisChannel.Literal("chatbuddy:ip-blocks");
    private readonly IpBlockStore _store;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _cacheDuration;
    private readonly ISubscriber? _subscriber;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _snapshot;

    public IpBlockList(IpBlockStore store, TimeProvider clock, IOptions<SecurityOptions> options, RealtimeRedis redis)
    {
        _store = store;
        _clock = clock;
        _cacheDuration = options.Value.BlockListCacheDuration;
        _subscriber = redis.Connection?.GetSubscriber();
        _subscriber?.Subscribe(Changes, (_, _) => _snapshot = null);
    }

    public async Task<bool> IsBlockedAsync(IPAddress? address, CancellationToken cancellationToken = default)
    {
        if (address is null)
        {
            return false;
        }

        var normal = ClientAddress.Normal(address);
        var now = _clock.GetUtcNow();
        var blocks = await CurrentAsync(now, cancellationToken);
        return blocks.Any(b => (b.ExpiresAt is null || b.ExpiresAt > now) && b.Network.Contains(normal));
    }

    /// <summary>Drops the cached copy here and, through Redis, on every other frontend.</summary>
    public async Task ChangedAsync()
    {
        _snapshot = null;
        if (_subscriber is not null)
        {
            await _subscriber.PublishAsync(Changes, "changed");
        }
    }

    private async Task<IReadOnlyList<Entry>> CurrentAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_snapshot is { } fresh && fresh.ReadAt + _cacheDuration > now)
        {
            return fresh.Blocks;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } other && other.ReadAt + _cacheDuration > now)
            {
                return other.Blocks;
            }

            var blocks = (await _store.ActiveAsync(cancellationToken))
                .Select(b => new Entry(IPNetwork.Parse(b.Network), b.ExpiresAt))
                .ToList();
            _snapshot = new Snapshot(now, blocks);
            return blocks;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose()
    {
        _subscriber?.Unsubscribe(Changes);
        _refresh.Dispose();
    }

    private sealed record Entry(IPNetwork Network, DateTimeOffset? ExpiresAt);

    private sealed record Snapshot(DateTimeOffset ReadAt, IReadOnlyList<Entry> Blocks);
}
