using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>
/// The tally of one corpus run: what was sent, how it was answered, and every finding (a server
/// error, a wrong content type, markup that reached a client unescaped, a message not stored as sent).
/// Safe to use from concurrent batches.
/// </summary>
public sealed class HardeningRun(string channel)
{
    private const int FindingsShown = 25;
    private readonly ConcurrentDictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _findings = new();
    private int _sent;

    public int Sent => _sent;

    public IReadOnlyCollection<string> Findings => _findings;

    public void Count(string outcome)
    {
        Interlocked.Increment(ref _sent);
        _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
    }

    public void Find(NaughtyPayload payload, string what) =>
        _findings.Enqueue($"{what} — [{payload.Source}] {Shorten(payload.Text)}");

    /// <summary>Runs every batch on its own session, <see cref="Parallelism"/> at a time.</summary>
    public static Task InBatchesAsync(IReadOnlyList<IReadOnlyList<NaughtyPayload>> batches, Func<IReadOnlyList<NaughtyPayload>, CancellationToken, Task> runBatch) =>
        Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = TestContext.Current.CancellationToken },
            async (batch, ct) => await runBatch(batch, ct));

    /// <summary>How many batches run at once (CHATBUDDY_HARDENING_PARALLEL, default 8).</summary>
    public static int Parallelism =>
        int.TryParse(Environment.GetEnvironmentVariable("CHATBUDDY_HARDENING_PARALLEL"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 8;

    public string Summary(TimeSpan elapsed)
    {
        var outcomes = string.Join(", ", _outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key}: {o.Value}"));
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{channel}: {_sent} sent in {elapsed.TotalSeconds:F1} s ({outcomes}); {_findings.Count} findings");
        foreach (var finding in _findings.Take(FindingsShown))
        {
            text.Append("\n  ").Append(finding);
        }

        return text.ToString();
    }

    private static string Shorten(string text)
    {
        var visible = new string(text.Select(c => char.IsControl(c) ? '·' : c).ToArray());
        return visible.Length > 120 ? visible[..120] + "…" : visible;
    }
}
