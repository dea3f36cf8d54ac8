using System.Threading.RateLimiting;
using ChatBuddy.Frontend.Realtime;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using StackExchange.Redis;

namespace ChatBuddy.Frontend.Security;

/// <summary>
/// The sliding-window limits of every channel (REST through the rate-limiting middleware, hub and socket
/// messages through <see cref="ChatSessionService"/>). Partitions live in memory on a single node and in
/// Redis when Redis is configured, so every frontend counts against the same windows.
/// </summary>
public sealed class ChatRateLimiter : IAsyncDisposable
{
    private readonly RateLimitOptions _options;
    private readonly IConnectionMultiplexer? _redis;
    private readonly bool _ownsRedis;
    private readonly (string Kind, Func<RateLimitSubject, string?> Key, Func<RateLimitBucket, RateLimitRule?> Rule, PartitionedRateLimiter<RateLimitSubject> Limiter)[] _partitions;

    private readonly ILogger<ChatRateLimiter> _logger;

    public ChatRateLimiter(IOptions<RateLimitOptions> options, RealtimeRedis realtime, ILogger<ChatRateLimiter> logger)
    {
        _logger = logger;
        _options = options.Value;
        if (_options.Redis is { Length: > 0 } configured)
        {
            _redis = ConnectionMultiplexer.Connect(configured);
            _ownsRedis = true;
        }
        else
        {
            _redis = realtime.Connection;
        }

        _partitions =
        [
            Partition("ip", s => s.Ip, b => b.PerIp),
            Partition("session", s => s.Session, b => b.PerSession),
            Partition("customer", s => s.Customer, b => b.PerCustomer),
            Partition("api-key", s => s.ApiKey, b => b.PerApiKey),
        ];
    }

    public bool UsesRedis => _redis is not null;

    /// <summary>Takes one permit from every partition of the subject; the first that has none refuses.</summary>
    public async ValueTask<RateLimitDecision> AcquireAsync(RateLimitSubject subject, CancellationToken cancellationToken = default)
    {
        if (!_options.Enabled)
        {
            return RateLimitDecision.Allow;
        }

        var bucket = _options.For(subject.Bucket);
        foreach (var (kind, key, rule, limiter) in _partitions)
        {
            if (key(subject) is null || rule(bucket) is not { IsOn: true } limit)
            {
                continue;
            }

            RateLimitLease lease;
            try
            {
                lease = await limiter.AcquireAsync(subject, 1, cancellationToken);
            }
            catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
            {
                // Shoppers keep being served while Redis is away; the limits return with it.
                _logger.LogWarning(ex, "Rate limit {Bucket}/{Partition} not checked: Redis unavailable", subject.Bucket, kind);
                continue;
            }

            using (lease)
            {
                if (!lease.IsAcquired)
                {
                    return new RateLimitDecision(false, RetryAfter(lease, limit), kind);
                }
            }
        }

        return RateLimitDecision.Allow;
    }

    private (string, Func<RateLimitSubject, string?>, Func<RateLimitBucket, RateLimitRule?>, PartitionedRateLimiter<RateLimitSubject>) Partition(
        string kind, Func<RateLimitSubject, string?> key, Func<RateLimitBucket, RateLimitRule?> rule) =>
        (kind, key, rule, PartitionedRateLimiter.Create<RateLimitSubject, string>(subject =>
        {
            var limit = rule(_options.For(subject.Bucket))!;
            var partitionKey = $"chatbuddy:{subject.Bucket}:{kind}:{key(subject)}";
            return _redis is { } redis
                ? RedisRateLimitPartition.GetSlidingWindowRateLimiter(partitionKey, _ => new RedisSlidingWindowRateLimiterOptions
                {
                    ConnectionMultiplexerFactory = () => redis,
                    PermitLimit = limit.PermitLimit,
                    Window = limit.Window,
                })
                : RateLimitPartition.GetSlidingWindowLimiter(partitionKey, _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = limit.Window,
                    SegmentsPerWindow = Math.Max(1, _options.SegmentsPerWindow),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
        }));

    private int RetryAfter(RateLimitLease lease, RateLimitRule rule)
    {
        // The in-memory window frees permits segment by segment; the Redis log frees the oldest request a
        // full window after it was made, which is at most one window from now.
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero
            ? retryAfter
            : _redis is null ? rule.Window / Math.Max(1, _options.SegmentsPerWindow) : rule.Window;
        return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var partition in _partitions)
        {
            await partition.Limiter.DisposeAsync();
        }

        if (_ownsRedis && _redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}
