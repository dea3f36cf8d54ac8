using ChatBuddy.Grains.Security.Guard;

namespace ChatBuddy.Grains.Tests.Security;

public sealed class InjectionClassifierTests
{
    private static string HeldOut => Path.Combine(AppContext.BaseDirectory, "TestData", "guard-eval.jsonl");

    // Written after the first set, then used to tune the second round of data and rules: a development set now.
    private static string RoundTwo => Path.Combine(AppContext.BaseDirectory, "TestData", "guard-eval-round2.jsonl");

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

    [Fact]
    public async Task TheGuardMeetsTheIssueTargetOnTheSecondDevelopmentSet()
    {
        var examples = await GuardEvaluation.ReadAsync(RoundTwo, TestContext.Current.CancellationToken);
        var outcomes = GuardEvaluation.Run(new MessageGuard(InjectionClassifier.LoadShipped(), new GuardOptions()), examples);

        var scores = GuardScores.Of(outcomes, o => o.Flagged);
        var misses = string.Join(" | ", outcomes.Where(o => o.Example.IsInjection != o.Flagged).Select(o => o.Example.Text));
        Assert.True(scores.Recall >= 0.95, $"recall {scores.Recall:0.000}; wrong: {misses}");
        Assert.True(scores.FalsePositiveRate <= 0.02, $"false positives {scores.FalsePositiveRate:0.000}; wrong: {misses}");
    }

    [Theory]
    [InlineData("guard-eval.jsonl")]
    [InlineData("guard-eval-round2.jsonl")]
    public void TheEvaluationSetsShareNoMessageWithTheTrainingData(string file)
    {
        var training = GuardExample.LoadShipped().Select(e => Key(e.Text)).ToHashSet(StringComparer.Ordinal);
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", file);
        var held = GuardExample.Parse(File.ReadAllBytes(path), path);

        Assert.DoesNotContain(held, e => training.Contains(Key(e.Text)));
    }

    [Fact]
    public void RoundThreeSharesNoMessageWithTheGuardsOwnTrainingDataNorAnyInjectionWithTheRoutingData()
    {
        // Round 3's writer saw none of our data, yet nine of its ordinary lines ("hello", "Köszi!", "Lehet
        // utánvéttel fizetni?") are also routing training utterances; the routing data stays as it is, so the
        // routing utterances are checked against round 3's injections only.
        var own = GuardExample.LoadShippedFiles().Select(e => Key(e.Text)).ToHashSet(StringComparer.Ordinal);
        var all = GuardExample.LoadShipped().Select(e => Key(e.Text)).ToHashSet(StringComparer.Ordinal);
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "guard-eval-round3.jsonl");
        var held = GuardExample.Parse(File.ReadAllBytes(path), path);

        Assert.DoesNotContain(held, e => own.Contains(Key(e.Text)));
        Assert.DoesNotContain(held, e => e.IsInjection && all.Contains(Key(e.Text)));
    }

    [Theory]
    [InlineData("utasításaidat", "utasit")]
    [InlineData("Hagyd figyelmen kívül", "hagyd figyel kivul")]
    [InlineData("ignore 42", "ignore 42")]
    public void StemsAreTheFirstLettersOfTheFoldedWords(string text, string stems) =>
        Assert.Equal(stems, InjectionClassifier.Stems(GuardText.Fold(text)));

    private static string Key(string text) => new(GuardText.Fold(text).Where(char.IsLetterOrDigit).ToArray());
}
