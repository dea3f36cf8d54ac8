using ChatBuddy.GrainInterfaces.Conversations;

namespace ChatBuddy.Grains.Orders;

// In memory on purpose: a lockout that is forgotten when the grain deactivates errs towards the
// shopper, and the per-session limit in the session grain's persisted state still holds.
public sealed class OrderLookupGuardGrain(TimeProvider clock) : Grain, IOrderLookupGuardGrain
{
    public const int MaxFailuresPerHour = 10;
    private readonly Queue<DateTimeOffset> _failures = new();

    public Task<bool> IsLockedAsync() => Task.FromResult(Count() >= MaxFailuresPerHour);

    public Task<bool> RecordFailureAsync()
    {
        _failures.Enqueue(clock.GetUtcNow());
        return Task.FromResult(Count() >= MaxFailuresPerHour);
    }

    private int Count()
    {
        var since = clock.GetUtcNow().AddHours(-1);
        while (_failures.TryPeek(out var oldest) && oldest < since)
        {
            _failures.Dequeue();
        }

        return _failures.Count;
    }
}
