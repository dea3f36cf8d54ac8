namespace ChatBuddy.Grains.Shops.Unas;

/// <summary>
/// UNAS's hourly call limits, counted on our side so a sync stops before the platform bans the IP:
/// per function, a get returning many entities costs from the small budget (30/h PREMIUM, 90/h VIP),
/// one entity from the large one (1000/3000), login from its own (2000/6000). The ledger can be saved
/// and restored, so the limits hold across runs and silos. A ban seen from UNAS blocks until it ends.
/// </summary>
public sealed class UnasCallBudget
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private readonly Lock _lock = new();
    private readonly TimeProvider _clock;
    private readonly bool _vip;
    private readonly Dictionary<string, List<DateTimeOffset>> _calls;

    public UnasCallBudget(string package, TimeProvider clock, UnasBudgetSnapshot? snapshot = null)
    {
        _clock = clock;
        _vip = string.Equals(package, "vip", StringComparison.OrdinalIgnoreCase);
        _calls = snapshot?.Calls.ToDictionary(kv => kv.Key, kv => kv.Value.ToList(), StringComparer.Ordinal) ?? new(StringComparer.Ordinal);
        BannedUntil = snapshot?.BannedUntil;
    }

    public DateTimeOffset? BannedUntil { get; private set; }

    public int Limit(string function, bool many) => (function, many) switch
    {
        ("login", _) => _vip ? 6000 : 2000,
        ("getOrderStatus" or "getMethod" or "getCoupon", _) => _vip ? 90 : 30,
        (_, true) => _vip ? 90 : 30,
        (_, false) => _vip ? 3000 : 1000,
    };

    /// <summary>Calls of this kind still allowed in the current hour.</summary>
    public int Remaining(string function, bool many)
    {
        lock (_lock)
        {
            return Limit(function, many) - Recent(Key(function, many)).Count;
        }
    }

    /// <summary>Takes one call from the budget, or throws with the time the next call is allowed.</summary>
    public void Take(string function, bool many)
    {
        lock (_lock)
        {
            var now = _clock.GetUtcNow();
            if (BannedUntil is { } banned && banned > now)
            {
                throw new ShopApiException($"UNAS has banned this IP for the shop until {banned:yyyy-MM-dd HH:mm:ss} UTC; the sync will retry after that.", banned);
            }

            var key = Key(function, many);
            var recent = Recent(key);
            var limit = Limit(function, many);
            if (recent.Count >= limit)
            {
                var retryAt = recent[0] + Hour;
                throw new ShopApiException(
                    $"UNAS allows {limit} {(many ? "multi-entity " : "")}{function} calls an hour on the {(_vip ? "VIP" : "PREMIUM")} package and they are used up; stopping before UNAS bans the IP. Next call possible at {retryAt:yyyy-MM-dd HH:mm:ss} UTC.",
                    retryAt);
            }

            recent.Add(now);
        }
    }

    public void Banned(DateTimeOffset until)
    {
        lock (_lock)
        {
            BannedUntil = until;
        }
    }

    public UnasBudgetSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new UnasBudgetSnapshot(_calls.Keys.ToDictionary(k => k, k => (IReadOnlyList<DateTimeOffset>)Recent(k).ToList(), StringComparer.Ordinal), BannedUntil);
        }
    }

    private static string Key(string function, bool many) => many ? function + ":many" : function;

    private List<DateTimeOffset> Recent(string key)
    {
        if (!_calls.TryGetValue(key, out var list))
        {
            _calls[key] = list = [];
        }

        var cutoff = _clock.GetUtcNow() - Hour;
        list.RemoveAll(t => t <= cutoff);
        return list;
    }
}
