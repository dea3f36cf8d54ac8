namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>
/// The notifier seam: delivers a stored message to every live connection of a session, on whichever
/// frontend holds it, when the message is not the answer to that connection's own request (a staff
/// reply, say). Implemented by the frontend host; delivery is at most once, and clients that miss
/// a push get the message from the store when they resume.
/// </summary>
public interface ISessionNotifier
{
    /// <summary>Pushes <paramref name="message"/> to the connections of session <paramref name="sessionId"/> of shop <paramref name="shopId"/>.</summary>
    Task PublishAsync(string shopId, Guid sessionId, StoredMessage message, CancellationToken cancellationToken = default);
}
