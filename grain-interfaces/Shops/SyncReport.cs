namespace ChatBuddy.GrainInterfaces.Shops;

/// <summary>What one sync run did. <see cref="Error"/> is set when it stopped early; <see cref="RetryAt"/> when the platform asked to wait.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.SyncReport")]
public sealed record SyncReport(
    [property: Id(0)] SyncKind Kind,
    [property: Id(1)] DateTimeOffset StartedAt,
    [property: Id(2)] DateTimeOffset FinishedAt,
    [property: Id(3)] IReadOnlyDictionary<string, int> Counts,
    [property: Id(4)] int ApiCalls,
    [property: Id(5)] string? Error = null,
    [property: Id(6)] DateTimeOffset? RetryAt = null)
{
    public bool Succeeded => Error is null;

    public TimeSpan Elapsed => FinishedAt - StartedAt;

    public int Count(string key) => Counts.TryGetValue(key, out var value) ? value : 0;
}
