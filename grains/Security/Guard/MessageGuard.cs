namespace ChatBuddy.Grains.Security.Guard;

/// <summary>What the guard made of one inbound message.</summary>
/// <param name="Text">The clean text to store and process (NFC, no control characters).</param>
/// <param name="Rules">Names of the matched injection rules.</param>
/// <param name="Score">The classifier's injection probability.</param>
/// <param name="Injection">Whether a rule matched or the score reached the threshold.</param>
/// <param name="TooLong">Longer than the configured limit (only possible when a channel lets it through).</param>
public sealed record GuardVerdict(string Text, IReadOnlyList<string> Rules, float Score, bool Injection, bool TooLong = false);

/// <summary>
/// The inbound message guard every channel passes through (the session grain's turn): cleans the text
/// and decides whether it is a prompt injection — any rule, or the classifier above its threshold, or,
/// with a language model configured, the model's judgement of a message the classifier is unsure about.
/// </summary>
public sealed class MessageGuard(InjectionClassifier classifier, GuardOptions options, InjectionJudge? judge = null)
{
    public GuardOptions Options => options;

    public bool HasJudge => judge is not null;

    public async Task<GuardVerdict> InspectAsync(string text, CancellationToken cancellationToken = default) =>
        judge is null ? Inspect(text) : await judge.ReviewAsync(Inspect(text), cancellationToken);

    /// <summary>Rules and classifier only, without the model's judgement.</summary>
    public GuardVerdict Inspect(string text)
    {
        var clean = GuardText.Clean(text);
        if (clean.Length > options.MaxMessageLength)
        {
            return new GuardVerdict(clean, [], 0, Injection: false, TooLong: true);
        }

        var folded = GuardText.Fold(clean);
        var rules = InjectionRules.Match(folded);
        var score = classifier.Probability(clean);
        return new GuardVerdict(clean, rules, score, rules.Count > 0 || score >= options.ClassifierThreshold);
    }
}
