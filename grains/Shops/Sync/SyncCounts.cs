namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>Counters of one sync run, plus the first rejected records with their reasons.</summary>
public sealed class SyncCounts
{
    public const int MaxRejections = 20;
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _rejections = [];

    public int this[string key] => _counts.GetValueOrDefault(key);

    public IReadOnlyList<string> Rejections => _rejections;

    public void Add(string key, int value) => _counts[key] = _counts.GetValueOrDefault(key) + value;

    public void Reject(string reason)
    {
        Add("rejected", 1);
        if (_rejections.Count < MaxRejections)
        {
            _rejections.Add(reason);
        }
    }

    public IReadOnlyDictionary<string, int> ToDictionary() => new Dictionary<string, int>(_counts, StringComparer.Ordinal);
}
