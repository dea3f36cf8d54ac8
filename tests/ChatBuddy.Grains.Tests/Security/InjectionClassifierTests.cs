using ChatBuddy.Grains.Security.Guard;

namespace ChatBuddy.Grains.Tests.Security;

public sealed class InjectionClassifierTests
{
    private static string HeldOut => Path.Combine(AppContext.BaseDirectory, "TestData", "guard-eval.jsonl");

    // Round 5's held-out half (the other half is training data), measured once; a development set now.
    private static string RoundFive => Path.Combine(AppContext.BaseDirectory, "TestData", "guard-eval-round5.jsonl");

    [Fact]
    public void TheShippedModelWasTrainedOnTheShippedData() =>
        Assert.Equal(InjectionClassifier.RecordedDataHash(), GuardExample.ShippedDataHash());

    [Fact]
    public async Task TheGuardCatchesNineInTenHeldOutInjectionsWithAtMostOnePercentFalsePositives()
    {
        var examples = await GuardEvaluation.ReadAsync(HeldOut, TestContext.Current.CancellationToken);
        var outcomes = GuardEvaluation.Run(new MessageGuard(InjectionClassifier.LoadShipped(), new GuardOptions()), examples);

        var scores = GuardScores.Of(outcomes, o => o.Flagged);
        Assert.True(scores.Injections >= 100 && scores.Ordinary >= 400);
        var misses = string.Join(" | ", outcomes.Where(o => o.Example.IsInjection != o.Flagged).Select(o => o.Example.Text));
        Assert.True(scores.Recall >= 0.9, $"recall {scores.Recall:0.000}; wrong: {misses}");
        Assert.True(scores.FalsePositiveRate <= 0.01, $"false positives {scores.FalsePositiveRate:0.000}; wrong: {misses}");
    }

    // Not the target (95 %, which this set missed when it was held out): a floor against regressions.
    [Fact]
    public async Task TheGuardKeepsItsRoundFiveFiguresWithAtMostTwoPercentFalsePositives()
    {
        var examples = await GuardEvaluation.ReadAsync(RoundFive, TestContext.Current.CancellationToken);
        var outcomes = GuardEvaluation.Run(new MessageGuard(InjectionClassifier.LoadShipped(), new GuardOptions()), examples);

        var scores = GuardScores.Of(outcomes, o => o.Flagged);
        var misses = string.Join(" | ", outcomes.Where(o => o.Example.IsInjection != o.Flagged).Select(o => o.Example.Text));
        Assert.True(scores.Injections >= 180 && scores.Ordinary >= 250);
        Assert.True(scores.Recall >= 0.9, $"recall {scores.Recall:0.000}; wrong: {misses}");
        Assert.True(scores.FalsePositiveRate <= 0.02, $"false positives {scores.FalsePositiveRate:0.000}; wrong: {misses}");
    }

    [Theory]
    [InlineData("guard-eval.jsonl")]
    [InlineData("guard-eval-round5.jsonl")]
    public void TheEvaluationSetsShareNoMessageWithTheTrainingData(string file)
    {
        var training = GuardExample.LoadShipped().Select(e => Key(e.Text)).ToHashSet(StringComparer.Ordinal);
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", file);
        var held = GuardExample.Parse(File.ReadAllBytes(path), path);

        Assert.DoesNotContain(held, e => training.Contains(Key(e.Text)));
    }

    [Theory]
    [InlineData("utasításaidat", "utasit")]
    [InlineData("Hagyd figyelmen kívül", "hagyd figyel kivul")]
    [InlineData("ignore 42", "ignore 42")]
    public void StemsAreTheFirstLettersOfTheFoldedWords(string text, string stems) =>
        Assert.Equal(stems, InjectionClassifier.Stems(GuardText.Fold(text)));

    private static string Key(string text) => new(GuardText.Fold(text).Where(char.IsLetterOrDigit).ToArray());
}
