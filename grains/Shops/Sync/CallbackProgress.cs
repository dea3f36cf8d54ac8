namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>Reports on the caller's own thread (unlike <see cref="Progress{T}"/>), which keeps grain state single-threaded.</summary>
public sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
