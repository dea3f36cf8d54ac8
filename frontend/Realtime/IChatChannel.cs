using ChatBuddy.GrainInterfaces.Conversations;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>One client connection as the session service writes to it; each transport renders it its own way.</summary>
public interface IChatChannel
{
    Task AckAsync(string clientId, Guid messageId, int seq);

    Task TypingAsync();

    Task DeltaAsync(Guid messageId, string text);

    Task MessageAsync(StoredMessage message);

    Task ErrorAsync(string code, string detail);
}
