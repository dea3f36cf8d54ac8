namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>
/// One conversation, keyed "{shopId}/{sessionId}". Not reentrant: its turn-based execution is the
/// per-session order of messages.
/// </summary>
[Alias("chatbuddy.IChatSessionGrain")]
public interface IChatSessionGrain : IGrainWithStringKey
{
    /// <summary>The session's state as the frontend may show it.</summary>
    [Alias("GetSnapshot")]
    Task<SessionSnapshot> GetSnapshotAsync();

    /// <summary>
    /// Appends one message to the transcript with the next sequence number. A repeated client id
    /// returns the entry stored the first time instead of adding a second one.
    /// </summary>
    [Alias("Append")]
    Task<TranscriptEntry> AppendAsync(NewMessage message);

    /// <summary>Records which agent the coordinator chose for a message, and why.</summary>
    [Alias("RecordRouting")]
    Task RecordRoutingAsync(RoutingDecision decision);

    /// <summary>Sets the language the session replies in ("hu" or "en").</summary>
    [Alias("SetLanguage")]
    Task SetLanguageAsync(string language);
}
