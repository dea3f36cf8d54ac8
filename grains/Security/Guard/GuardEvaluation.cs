namespace ChatBuddy.Grains.Security.Guard;

/// <summary>One held-out message and what the guard decided.</summary>
public sealed record GuardOutcome(GuardExample Example, bool ByRules, bool ByClassifier, bool Flagged, bool ByJudge = false);

/// <summary>Precision, recall, F1 and false-positive rate of a set of decisions.</summary>
public sealed record GuardScores(int Injections, int Ordinary, int TruePositives, int FalsePositives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Injections == 0 ? 0 : (double)TruePositives / Injections;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double FalsePositiveRate => Ordinary == 0 ? 0 : (double)FalsePositives / Ordinary;

    public static GuardScores Of(IReadOnlyList<GuardOutcome> outcomes, Func<GuardOutcome, bool> flagged) => new(
        outcomes.Count(o => o.Example.IsInjection),
        outcomes.Count(o => !o.Example.IsInjection),
        outcomes.Count(o => o.Example.IsInjection && flagged(o)),
        outcomes.Count(o => !o.Example.IsInjection && flagged(o)));
}

/// <summary>The guard on a labelled set (<c>{"text","label"}</c> lines, 1 = injection).</summary>
public static class GuardEvaluation
{
    public static async Task<IReadOnlyList<GuardExample>> ReadAsync(string file, CancellationToken cancellationToken = default) =>
        GuardExample.Parse(await File.ReadAllBytesAsync(file, cancellationToken), file);

    public static IReadOnlyList<GuardOutcome> Run(MessageGuard guard, IEnumerable<GuardExample> examples) =>
        examples.Select(e => Outcome(e, guard.Inspect(e.Text), guard.Options)).ToList();

    /// <summary>With the model's judgement too, when the guard has a judge (a language model is configured).</summary>
    public static async Task<IReadOnlyList<GuardOutcome>> RunAsync(MessageGuard guard, IEnumerable<GuardExample> examples, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<GuardOutcome>();
        foreach (var example in examples)
        {
            outcomes.Add(Outcome(example, await guard.InspectAsync(example.Text, cancellationToken), guard.Options));
        }

        return outcomes;
    }

    private static GuardOutcome Outcome(GuardExample example, GuardVerdict verdict, GuardOptions options)
    {
        var byRules = verdict.Rules.Any(r => r != InjectionJudge.Rule);
        return new GuardOutcome(example, byRules, verdict.Score >= options.ClassifierThreshold, verdict.Injection, verdict.Rules.Contains(InjectionJudge.Rule));
    }
}
