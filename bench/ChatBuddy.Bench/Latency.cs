using System.Diagnostics;

namespace ChatBuddy.Bench;

/// <summary>Sequential latency of an operation over a set of inputs, after a warm-up round.</summary>
internal static class Latency
{
    public const int Rounds = 5;

    public static async Task<(double P50, double P95, double P99)> MeasureAsync<T>(IReadOnlyList<T> inputs, Func<T, Task> operation)
    {
        foreach (var input in inputs)
        {
            await operation(input);
        }

        var samples = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var input in inputs)
            {
                var watch = Stopwatch.StartNew();
                await operation(input);
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        return (Percentile(samples, 0.50), Percentile(samples, 0.95), Percentile(samples, 0.99));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
