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

    /// <summary>
    /// Handles one shopper message end to end and streams what happens: <see cref="ChatAck"/> once
    /// the message is stored, <see cref="ChatTyping"/>, <see cref="ChatDelta"/> pieces, then the stored
    /// <see cref="ChatReply"/>. Turns run one at a time in arrival order; a repeated client id replays
    /// the stored ack and reply instead of answering twice. While staff own the session the bot is silent.
    /// </summary>
    [Alias("Chat")]
    IAsyncEnumerable<ChatEvent> ChatAsync(ChatTurn turn, CancellationToken cancellationToken = default);

    /// <summary>Stores a staff member's reply; the session becomes staff-owned (the bot stays silent).</summary>
    [Alias("ReplyAsHuman")]
    Task<ChatReply> ReplyAsHumanAsync(string staffName, string text);

    /// <summary>Ends the staff conversation; the shopper's next message goes to the bot again.</summary>
    [Alias("Close")]
    Task CloseAsync();

    /// <summary>Messages after <paramref name="afterSeq"/>, oldest first, as replies with their parts.</summary>
    [Alias("History")]
    Task<IReadOnlyList<TranscriptEntry>> HistoryAsync(int afterSeq);

    /// <summary>
    /// Every stored message after <paramref name="afterSeq"/>, oldest first, with the product cards,
    /// quick replies and handoff notice it was shown with: what a resuming client replays.
    /// </summary>
    [Alias("Replay")]
    Task<IReadOnlyList<StoredMessage>> ReplayAsync(int afterSeq);

    /// <summary>Sets the language the session replies in ("hu" or "en").</summary>
    [Alias("SetLanguage")]
    Task SetLanguageAsync(string language);

    /// <summary>
    /// The session's persisted state as JSON (transcript window, memory, routing), for a data export.
    /// </summary>
    [Alias("ExportState")]
    Task<string> ExportStateAsync();

    /// <summary>
    /// Clears the persisted state and deactivates, so a live activation never writes the old state
    /// back (GDPR erasure, retention). Safe to call again.
    /// </summary>
    [Alias("Forget")]
    Task ForgetAsync();
}
