namespace ChatBuddy.Grains.Security.Guard;

/// <summary>The <c>flags</c> the guard puts on a reply.</summary>
public static class GuardFlags
{
    public const string PromptInjection = "prompt_injection";
    public const string Throttled = "throttled";
    public const string Blocked = "blocked";
    public const string TooLong = "too_long";
}
