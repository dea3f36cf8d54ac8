using ChatBuddy.GrainInterfaces.Conversations;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>One client connection as the session service writes to it; each transport renders it its own way.</summary>
public interface IChatChannel
{
    Task AckAsync(string clientId, Guid messageId, int seq);

    Task TypingAsync();

    Task DeltaAsync(Guid messageId, string text);

    Task MessageAsync(StoredMessage message);

    /// <summary>A refusal; <paramref name="retryAfterSeconds"/> is set when the client may simply try again later.</summary>
    Task ErrorAsync(string code, string detail, int? retryAfterSeconds = null);

    /// <summary>Ends the connection from the server's side (its address was blocked after it opened).</summary>
    Task DisconnectAsync();
}
