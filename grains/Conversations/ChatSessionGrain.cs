using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.Grains.Hosting;

namespace ChatBuddy.Grains.Conversations;

// Not [Reentrant]: one call at a time is the per-session ordering of messages.
public sealed class ChatSessionGrain(
    [PersistentState("session", ChatBuddySiloExtensions.StorageName)] IPersistentState<ChatSessionState> state,
    ConversationStore store,
    TimeProvider clock) : Grain, IChatSessionGrain
{
    public const int TranscriptWindow = 50;
    private string _shopId = "";
    private Guid _sessionId;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (shopId, id) = GrainKeys.Split(this.GetPrimaryKeyString());
        if (!Guid.TryParse(id, out _sessionId))
        {
            throw new ArgumentException($"Session id '{id}' is not a GUID.");
        }

        _shopId = shopId;

        // The message table is the source of truth for sequence numbers: a crash between inserting a
        // message and writing grain state must not hand out the same seq twice.
        var stored = await store.MaxSeqAsync(_shopId, _sessionId, cancellationToken);
        state.State.LastSeq = Math.Max(state.State.LastSeq, stored);
        await base.OnActivateAsync(cancellationToken);
    }

    public Task<SessionSnapshot> GetSnapshotAsync() => Task.FromResult(new SessionSnapshot(
        _shopId,
        _sessionId,
        state.State.Language,
        state.State.CurrentAgent,
        state.State.LastSeq,
        state.State.Transcript.ToList(),
        state.State.Routing.ToList()));

    public async Task<TranscriptEntry> AppendAsync(NewMessage message)
    {
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            throw new ArgumentException("A message needs text.", nameof(message));
        }

        if (message.ClientId is { } clientId)
        {
            var seen = state.State.Transcript.Find(e => e.ClientId == clientId)
                ?? await store.FindByClientIdAsync(_shopId, _sessionId, clientId);
            if (seen is not null)
            {
                return seen;
            }
        }

        if (!state.State.Started)
        {
            await store.EnsureSessionAsync(_shopId, _sessionId, state.State.Language);
            state.State.Started = true;
        }

        var entry = new TranscriptEntry(
            Guid.CreateVersion7(),
            state.State.LastSeq + 1,
            message.Role,
            message.Text,
            message.ClientId,
            message.Agent,
            clock.GetUtcNow());
        await store.InsertMessageAsync(_shopId, _sessionId, entry, message.Agent ?? state.State.CurrentAgent);

        state.State.LastSeq = entry.Seq;
        state.State.Transcript.Add(entry);
        if (state.State.Transcript.Count > TranscriptWindow)
        {
            state.State.Transcript.RemoveRange(0, state.State.Transcript.Count - TranscriptWindow);
        }

        await state.WriteStateAsync();
        return entry;
    }

    public async Task RecordRoutingAsync(RoutingDecision decision)
    {
        state.State.CurrentAgent = decision.Agent;
        state.State.Routing.Add(decision);
        if (state.State.Routing.Count > TranscriptWindow)
        {
            state.State.Routing.RemoveRange(0, state.State.Routing.Count - TranscriptWindow);
        }

        await state.WriteStateAsync();
    }

    public async Task SetLanguageAsync(string language)
    {
        if (language is not ("hu" or "en"))
        {
            throw new ArgumentException("Language must be 'hu' or 'en'.", nameof(language));
        }

        state.State.Language = language;
        await state.WriteStateAsync();
    }
}
