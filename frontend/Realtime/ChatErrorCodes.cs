namespace ChatBuddy.Frontend.Realtime;

/// <summary>The codes of hub <c>Error(code, detail)</c> calls and socket <c>error</c> frames (docs/realtime.md §4).</summary>
public static class ChatErrorCodes
{
    public const string Unauthorized = "unauthorized";
    public const string HelloRequired = "hello_required";
    public const string BadFrame = "bad_frame";
    public const string InvalidMessage = "invalid_message";
    public const string TurnFailed = "turn_failed";
    public const string Unavailable = "unavailable";
    public const string RateLimited = "rate_limited";
    public const string Blocked = "blocked";
}
