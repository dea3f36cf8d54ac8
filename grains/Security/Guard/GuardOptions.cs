namespace ChatBuddy.Grains.Security.Guard;

/// <summary>
/// <c>ChatBuddy:Guard</c>: limits of the inbound message guard. A sender (session, or verified customer
/// across sessions) with <see cref="ThrottleAfter"/> flags inside <see cref="Window"/> gets at most one
/// processed message per <see cref="ThrottleInterval"/>; with <see cref="BlockAfter"/> flags it is
/// refused for <see cref="BlockFor"/>.
/// </summary>
public sealed class GuardOptions
{
    public const string Section = "ChatBuddy:Guard";
    public const int DefaultMaxMessageLength = 2000;

    /// <summary>The same bound the REST API and the sockets enforce before a message reaches the grain.</summary>
    public int MaxMessageLength { get; set; } = DefaultMaxMessageLength;

    /// <summary>Classifier probability from which a message counts as an injection without a rule matching.</summary>
    public float ClassifierThreshold { get; set; } = 0.6f;

    /// <summary>With a language model configured (not offline), ask it about messages scoring from here up to the threshold.</summary>
    public bool Judge { get; set; } = true;

    public float JudgeFrom { get; set; } = 0.2f;

    /// <summary>How long a turn waits for the judge before the classifier's verdict stands.</summary>
    public TimeSpan JudgeTimeout { get; set; } = TimeSpan.FromSeconds(3);

    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);

    public int ThrottleAfter { get; set; } = 3;

    public TimeSpan ThrottleInterval { get; set; } = TimeSpan.FromSeconds(20);

    public int BlockAfter { get; set; } = 5;

    public TimeSpan BlockFor { get; set; } = TimeSpan.FromMinutes(30);

    public void Validate()
    {
        if (MaxMessageLength <= 0 || ClassifierThreshold is <= 0 or > 1 || JudgeFrom < 0 || JudgeFrom > ClassifierThreshold || JudgeTimeout <= TimeSpan.Zero || Window <= TimeSpan.Zero
            || ThrottleAfter < 1 || BlockAfter < ThrottleAfter || ThrottleInterval < TimeSpan.Zero || BlockFor <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"{Section}: MaxMessageLength > 0, ClassifierThreshold in (0, 1], 0 <= JudgeFrom <= ClassifierThreshold, JudgeTimeout, Window and BlockFor > 0, 1 <= ThrottleAfter <= BlockAfter.");
        }
    }
}
