using System.Diagnostics;

namespace ChatBuddy.Bench;

/// <summary>Latencies of one load phase, recorded from many tasks at once.</summary>
internal sealed class Recorder
{
    private readonly Lock _lock = new();
    private readonly List<double> _milliseconds = [];
    private int _errors;

    public TimeSpan Elapsed { get; set; }

    public int Count => _milliseconds.Count;

    public int Errors => _errors;

    public double PerSecond => Count / Elapsed.TotalSeconds;

    public async Task TimeAsync(Func<Task> operation)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await operation();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref _errors);
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        lock (_lock)
        {
            _milliseconds.Add(elapsed);
        }
    }

    public double P(int percentile)
    {
        lock (_lock)
        {
            if (_milliseconds.Count == 0)
            {
                return double.NaN;
            }

            var sorted = _milliseconds.Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
        }
    }
}
