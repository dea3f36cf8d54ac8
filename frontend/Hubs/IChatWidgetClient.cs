using ChatBuddy.Frontend.Realtime;

namespace ChatBuddy.Frontend.Hubs;

/// <summary>What the hub calls on a chat client (docs/realtime.md §2). Not "IChatClient": that is Microsoft.Extensions.AI's.</summary>
public interface IChatWidgetClient
{
    /// <summary>The shopper's message is stored as <paramref name="messageId"/> with <paramref name="seq"/>.</summary>
    Task Ack(string clientId, Guid messageId, int seq);

    /// <summary>The assistant is working on an answer.</summary>
    Task Typing();

    /// <summary>The next piece of answer <paramref name="messageId"/> while it streams.</summary>
    Task Delta(Guid messageId, string text);

    /// <summary>A complete, stored message: an answer, a staff reply, or any message of a replay.</summary>
    Task Message(WidgetMessage message);

    /// <summary>A refusal (docs/realtime.md §4); <paramref name="retryAfterSeconds"/> is set for <c>rate_limited</c>, else null.</summary>
    Task Error(string code, string detail, int? retryAfterSeconds);
}
