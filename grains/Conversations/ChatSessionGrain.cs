using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.GrainInterfaces.Security;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Assistant;
using ChatBuddy.Grains.Assistant.Language;
using ChatBuddy.Grains.Assistant.Offline;
using ChatBuddy.Grains.Assistant.Routing;
using ChatBuddy.Grains.Assistant.Slots;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Grains.Security.Audit;
using ChatBuddy.Grains.Security.Gdpr;
using ChatBuddy.Grains.Security.Guard;
using Microsoft.Extensions.AI;

namespace ChatBuddy.Grains.Conversations;

// Not [Reentrant]: one call at a time is the per-session ordering of messages. Streamed methods
// (ChatAsync) interleave by design in Orleans, so turns also pass through a FIFO task chain.
public sealed class ChatSessionGrain(
    [PersistentState("session", ChatBuddySiloExtensions.StorageName)] IPersistentState<ChatSessionState> state,
    ConversationStore store,
    Coordinator coordinator,
    ConversationEngine engine,
    ReplyTemplates templates,
    MessageGuard guard,
    IAuditTrail audit,
    PrivacyFlow privacy,
    TimeProvider clock) : Grain, IChatSessionGrain
{
    public const int TranscriptWindow = 50;
    private const int HistoryForAgents = 10;
    private static readonly TimeSpan SettingsLifetime = TimeSpan.FromMinutes(1);
    private static readonly System.Text.Json.JsonSerializerOptions ExportJson = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private string _shopId = "";
    private Guid _sessionId;
    private Task _tail = Task.CompletedTask;
    private (ShopSettings Settings, DateTimeOffset At)? _settings;

    // The most recent messages, context for the agents. Not grain state: chat_messages holds every message
    // already, so a turn's state write stays small however long the conversation.
    private readonly List<TranscriptEntry> _transcript = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (shopId, id) = GrainKeys.Split(this.GetPrimaryKeyString());
        if (!Guid.TryParse(id, out _sessionId))
        {
            throw new ArgumentException($"Session id '{id}' is not a GUID.");
        }

        _shopId = shopId;

        // The message table is the source of truth for the window and for sequence numbers: a crash between
        // inserting a message and writing grain state must not hand out the same seq twice.
        _transcript.AddRange(await store.RecentAsync(_shopId, _sessionId, TranscriptWindow, cancellationToken));
        state.State.LastSeq = Math.Max(state.State.LastSeq, _transcript.Count > 0 ? _transcript[^1].Seq : 0);
        await base.OnActivateAsync(cancellationToken);
    }

    public Task<SessionSnapshot> GetSnapshotAsync() => Task.FromResult(new SessionSnapshot(
        _shopId,
        _sessionId,
        state.State.Language,
        state.State.CurrentAgent,
        state.State.LastSeq,
        _transcript.ToList(),
        state.State.Routing.ToList(),
        state.State.Handoff));

    public async IAsyncEnumerable<ChatEvent> ChatAsync(ChatTurn turn, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(turn.Text))
        {
            throw new ArgumentException("A message needs text.", nameof(turn));
        }

        var events = Channel.CreateUnbounded<ChatEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var previous = _tail;
        _tail = ProduceAsync(previous, turn, events.Writer);
        await foreach (var e in events.Reader.ReadAllAsync(cancellationToken))
        {
            yield return e;
        }
    }

    /// <summary>
    /// Runs a turn to its end and stores it whether or not anyone still listens: when the frontend that
    /// asked dies mid-answer, the shopper's retry (same client id, another frontend) finds the answer
    /// stored instead of waiting behind a turn nobody consumes.
    /// </summary>
    private async Task ProduceAsync(Task previous, ChatTurn turn, ChannelWriter<ChatEvent> events)
    {
        try
        {
#pragma warning disable VSTHRD003 // The previous turn was started on this activation and never faults (see the catch below).
            await previous;
#pragma warning restore VSTHRD003
            await foreach (var e in TurnAsync(turn))
            {
                events.TryWrite(e);
            }

            events.TryComplete();
        }
        catch (Exception e)
        {
            events.TryComplete(e);
        }
    }

    private async IAsyncEnumerable<ChatEvent> TurnAsync(ChatTurn turn)
    {
        if (turn.ClientId is { } clientId && await FindByClientIdAsync(clientId) is { } seen)
        {
            yield return new ChatAck(seen.MessageId, seen.Seq, seen.ClientId);
            if (await StoredReplyAfterAsync(seen.Seq) is { } stored)
            {
                yield return stored;
                yield break;
            }

            // The first attempt stored the message but never answered it (its connection or silo
            // went away mid-turn): answer it now, unless the conversation has moved on or staff own it.
            if (seen.Seq != state.State.LastSeq || state.State.Handoff == HandoffStatus.Human)
            {
                yield break;
            }

            turn = turn with { Text = seen.Text };
        }
        else
        {
            var verdict = await guard.InspectAsync(turn.Text);
            turn = turn with { Text = verdict.Text };
            var decision = await GuardAsync(turn, verdict);
            var userParts = decision.Flags.Count == 0 ? null : new ReplyParts(decision.Language, [], [], false, decision.Flags);
            var user = await AppendEntryAsync(new NewMessage(MessageRole.User, turn.Text, turn.ClientId, null), userParts);
            yield return new ChatAck(user.MessageId, user.Seq, user.ClientId);
            if (decision.Refusal is { } refusal)
            {
                await AuditAsync(decision, user.MessageId);
                yield return await RefuseAsync(refusal, decision);
                yield break;
            }

            state.State.LastProcessedAt = clock.GetUtcNow();
            if (state.State.Handoff == HandoffStatus.Human)
            {
                await state.WriteStateAsync(CancellationToken.None);
                yield break;
            }
        }

        yield return new ChatTyping();
        var (context, run) = await PrepareTurnAsync(turn);
        var replyId = Guid.CreateVersion7();
        if (run is null)
        {
            run = new AgentRun(new RouteDecision(AgentNames.Human, 1, "waiting for staff"))
            {
                Text = templates.Render("smalltalk", context.Language, context.Settings.FormalRegister, new Dictionary<string, object?> { ["kind"] = "pending" }),
            };
            yield return new ChatDelta(replyId, run.Text);
        }
        else if (run.Answered)
        {
            yield return new ChatDelta(replyId, run.Text);
        }
        else
        {
            await foreach (var piece in engine.RunAsync(context, run, History(), CancellationToken.None))
            {
                yield return new ChatDelta(replyId, piece);
            }
        }

        yield return await CompleteTurnAsync(context, run, replyId);
    }

    /// <summary>
    /// The guard's say on a new shopper message: a refusal (injection, throttled, blocked, too long) with
    /// its flags, or null to pass it on. Flags count per session and, when the shopper is verified, per customer.
    /// </summary>
    private async Task<GuardDecision> GuardAsync(ChatTurn turn, GuardVerdict verdict)
    {
        var now = clock.GetUtcNow();
        var options = guard.Options;
        var language = turn.Locale is "hu" or "en" ? turn.Locale : LanguageDetector.Detect(turn.Text) ?? state.State.Language;
        if (verdict.TooLong)
        {
            return new GuardDecision(language, "too_long", [GuardFlags.TooLong], verdict);
        }

        var customer = (turn.Customer ?? state.State.Memory.Customer) is { } c
            ? GrainFactory.GetGrain<IGuardOffenderGrain>(GuardOffenderGrain.KeyFor(_shopId, c.Email))
            : null;
        var standing = state.State.Guard.Standing(now, options);
        if (verdict.Injection)
        {
            standing = state.State.Guard.Record(now, options);
            if (customer is not null)
            {
                standing = standing.Max(await customer.RecordFlagAsync());
            }
        }
        else if (customer is not null)
        {
            standing = standing.Max(await customer.StandingAsync());
        }

        List<string> flags = verdict.Injection ? [GuardFlags.PromptInjection] : [];
        if (standing.IsBlocked(now))
        {
            return new GuardDecision(language, "blocked", [.. flags, GuardFlags.Blocked], verdict, standing);
        }

        var throttled = standing.Flags >= options.ThrottleAfter;
        if (verdict.Injection)
        {
            return new GuardDecision(language, throttled ? "throttled" : "flagged", throttled ? [.. flags, GuardFlags.Throttled] : flags, verdict, standing);
        }

        return throttled && now - state.State.LastProcessedAt < options.ThrottleInterval
            ? new GuardDecision(language, "throttled", [GuardFlags.Throttled], verdict, standing)
            : new GuardDecision(language, null, [], verdict, standing);
    }

    private async Task<ChatReply> RefuseAsync(string kind, GuardDecision decision)
    {
        var settings = await SettingsAsync();
        var text = templates.Render("guard", decision.Language, settings.FormalRegister, new Dictionary<string, object?> { ["kind"] = kind });
        var parts = new ReplyParts(decision.Language, [], [], false, decision.Flags);
        var entry = await AppendEntryAsync(new NewMessage(MessageRole.Assistant, text, null, AgentNames.General), parts);
        await state.WriteStateAsync(CancellationToken.None);
        return ToReply(entry, parts);
    }

    // Ids, rule names and scores only: audit rows outlive erasure, so no message text goes in.
    private async Task AuditAsync(GuardDecision decision, Guid messageId)
    {
        if (!decision.Verdict.Injection && !decision.Standing.BlockStarted)
        {
            return;
        }

        var actor = $"session:{_sessionId}";
        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["rules"] = string.Join(',', decision.Verdict.Rules),
            ["score"] = decision.Verdict.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture),
            ["flags"] = string.Join(',', decision.Flags),
            ["flags_in_window"] = decision.Standing.Flags.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (decision.Verdict.Injection)
        {
            await audit.RecordAsync(new AuditEvent(_shopId, actor, AuditActions.SecurityFlag, messageId.ToString(), details));
        }

        if (decision.Standing.BlockStarted)
        {
            details["blocked_until"] = decision.Standing.BlockedUntil?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "";
            await audit.RecordAsync(new AuditEvent(_shopId, actor, AuditActions.SecurityBlocked, messageId.ToString(), details));
        }
    }

    public async Task<ChatReply> ReplyAsHumanAsync(string staffName, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("A reply needs text.", nameof(text));
        }

        await SetHandoffAsync(HandoffStatus.Human, reason: null);
        var parts = new ReplyParts(state.State.Language, [], [], Handoff: true, []);
        var entry = await AppendEntryAsync(new NewMessage(MessageRole.Human, text.Trim(), null, AgentNames.Human), parts);
        await state.WriteStateAsync();
        return ToReply(entry, parts);
    }

    public async Task CloseAsync()
    {
        await SetHandoffAsync(HandoffStatus.Closed, reason: null);
        await state.WriteStateAsync();
    }

    /// <summary>The session's state as a data export shows it, the transcript window included (as when it was part of the state).</summary>
    public Task<string> ExportStateAsync()
    {
        var export = System.Text.Json.JsonSerializer.SerializeToNode(state.State, ExportJson)!.AsObject();
        export["Transcript"] = System.Text.Json.JsonSerializer.SerializeToNode(_transcript, ExportJson);
        return Task.FromResult(export.ToJsonString());
    }

    public async Task ForgetAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }
        state.State = new ChatSessionState();
        _transcript.Clear();
        _settings = null;
        DeactivateOnIdle();
    }

    public async Task<IReadOnlyList<TranscriptEntry>> HistoryAsync(int afterSeq) =>
        await store.ListAsync(_shopId, _sessionId, Math.Max(0, afterSeq));

    public async Task<IReadOnlyList<StoredMessage>> ReplayAsync(int afterSeq) =>
        await store.ListStoredAsync(_shopId, _sessionId, Math.Max(0, afterSeq));

    public async Task<TranscriptEntry> AppendAsync(NewMessage message)
    {
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            throw new ArgumentException("A message needs text.", nameof(message));
        }

        if (message.ClientId is { } clientId && await FindByClientIdAsync(clientId) is { } seen)
        {
            return seen;
        }

        var entry = await AppendEntryAsync(message, parts: null);
        await state.WriteStateAsync();
        return entry;
    }

    public async Task RecordRoutingAsync(RoutingDecision decision)
    {
        Remember(decision);
        await state.WriteStateAsync();
    }

    public async Task SetLanguageAsync(string language)
    {
        if (language is not ("hu" or "en"))
        {
            throw new ArgumentException("Language must be 'hu' or 'en'.", nameof(language));
        }

        state.State.Language = language;
        state.State.LanguageChosen = true;
        await state.WriteStateAsync();
    }

    /// <summary>Language, memory and route for a turn; no route (null) while the shopper waits for staff.</summary>
    private async Task<(TurnContext Context, AgentRun? Run)> PrepareTurnAsync(ChatTurn turn)
    {
        var settings = await SettingsAsync();
        var now = clock.GetUtcNow();
        var language = turn.Locale is "hu" or "en" ? turn.Locale : LanguageDetector.Detect(turn.Text) ?? state.State.Language;
        state.State.Language = language;
        var memory = state.State.Memory;
        memory.Customer = turn.Customer ?? memory.Customer;
        var slots = SlotExtractor.Extract(turn.Text, DateOnly.FromDateTime(now.UtcDateTime));
        foreach (var contact in slots.Emails.Concat(slots.Phones))
        {
            memory.AddContact(contact);
        }

        var context = new TurnContext(_shopId, _sessionId, settings, memory)
        {
            Language = language,
            UserText = turn.Text,
            Now = now,
            Customer = memory.Customer,
            Origin = turn.Origin,
        };
        if (state.State.Handoff == HandoffStatus.PendingHuman)
        {
            return (context, null);
        }

        if (state.State.Handoff == HandoffStatus.Closed)
        {
            await SetHandoffAsync(HandoffStatus.Bot, reason: null);
        }

        var request = new PrivacyTurn(_shopId, _sessionId, settings.Name, turn.Text, language, settings.FormalRegister, state.State.Privacy);
        if (await privacy.TryHandleAsync(request) is { } outcome)
        {
            if (outcome.Erased)
            {
                ForgetConversation();
            }

            state.State.Privacy = outcome.Next;
            Remember(new RoutingDecision(state.State.LastSeq, AgentNames.Privacy, 1, "privacy request"));
            return (context, new AgentRun(new RouteDecision(AgentNames.Privacy, 1, "privacy request")) { Text = outcome.Text, Answered = true });
        }

        var route = coordinator.Route(turn.Text, memory, DateOnly.FromDateTime(now.UtcDateTime));
        Remember(new RoutingDecision(state.State.LastSeq, route.Agent, Math.Round(route.Confidence, 3), route.Reason));
        return (context, new AgentRun(route));
    }

    private async Task<ChatReply> CompleteTurnAsync(TurnContext context, AgentRun run, Guid replyId)
    {
        var agent = run.Route.Clarify ? AgentNames.General : run.Route.Agent;
        if (run.HandoffRequested)
        {
            await SetHandoffAsync(HandoffStatus.PendingHuman, context.UserText.Length > 200 ? context.UserText[..200] : context.UserText);
        }

        var handoff = state.State.Handoff is HandoffStatus.PendingHuman or HandoffStatus.Human;
        var parts = new ReplyParts(context.Language, run.Products, run.QuickReplies, handoff, run.Flags);
        var entry = await AppendEntryAsync(new NewMessage(MessageRole.Assistant, run.Text, null, agent), parts, replyId);
        context.Memory.LastAgent = agent;
        await state.WriteStateAsync();
        return ToReply(entry, parts);
    }

    /// <summary>
    /// After this conversation's subject was erased (its rows are gone): drop everything personal but
    /// keep the sequence counter, so the confirmation that follows still numbers after what the client saw.
    /// </summary>
    private void ForgetConversation()
    {
        state.State = new ChatSessionState
        {
            Language = state.State.Language,
            LanguageChosen = state.State.LanguageChosen,
            LastSeq = state.State.LastSeq,
            Guard = state.State.Guard,
        };
        _transcript.Clear();
    }

    private List<ChatMessage> History() => _transcript
        .TakeLast(HistoryForAgents)
        .Select(e => new ChatMessage(e.Role == MessageRole.User ? ChatRole.User : ChatRole.Assistant, e.Text))
        .ToList();

    private async Task<TranscriptEntry?> FindByClientIdAsync(string clientId) =>
        _transcript.Find(e => e.ClientId == clientId) ?? await store.FindByClientIdAsync(_shopId, _sessionId, clientId);

    private async Task<ChatReply?> StoredReplyAfterAsync(int seq)
    {
        // Only the message right after it answers it; a later answer belongs to a later message.
        var after = await store.ListAsync(_shopId, _sessionId, seq);
        var next = after.Count > 0 ? after[0] : null;
        if (next is null || next.Role is not (MessageRole.Assistant or MessageRole.Human))
        {
            return null;
        }

        var parts = await store.PartsAsync(_shopId, next.MessageId) ?? new ReplyParts(state.State.Language, [], [], false, []);
        return ToReply(next, parts);
    }

    private async Task<TranscriptEntry> AppendEntryAsync(NewMessage message, ReplyParts? parts, Guid? messageId = null)
    {
        var entry = new TranscriptEntry(
            messageId ?? Guid.CreateVersion7(),
            state.State.LastSeq + 1,
            message.Role,
            message.Text,
            message.ClientId,
            message.Agent,
            clock.GetUtcNow());
        await store.InsertMessageAsync(
            _shopId, _sessionId, entry, message.Agent ?? state.State.CurrentAgent, parts, startSession: state.State.Started ? null : state.State.Language);
        state.State.Started = true;

        state.State.LastSeq = entry.Seq;
        _transcript.Add(entry);
        if (_transcript.Count > TranscriptWindow)
        {
            _transcript.RemoveRange(0, _transcript.Count - TranscriptWindow);
        }

        return entry;
    }

    private void Remember(RoutingDecision decision)
    {
        state.State.CurrentAgent = decision.Agent;
        state.State.Routing.Add(decision);
        if (state.State.Routing.Count > TranscriptWindow)
        {
            state.State.Routing.RemoveRange(0, state.State.Routing.Count - TranscriptWindow);
        }
    }

    private async Task SetHandoffAsync(HandoffStatus status, string? reason)
    {
        if (!state.State.Started)
        {
            await store.EnsureSessionAsync(_shopId, _sessionId, state.State.Language);
            state.State.Started = true;
        }

        if (state.State.Handoff != status)
        {
            state.State.Handoff = status;
            await store.SetStatusAsync(_shopId, _sessionId, status, reason);
            if (HandoffAction(status) is { } action)
            {
                await audit.RecordAsync(new AuditEvent(_shopId, $"session:{_sessionId}", action, $"session:{_sessionId}"));
            }
        }
    }

    private static string? HandoffAction(HandoffStatus status) => status switch
    {
        HandoffStatus.PendingHuman => AuditActions.HandoffRequested,
        HandoffStatus.Human => AuditActions.HandoffTaken,
        HandoffStatus.Closed => AuditActions.HandoffReleased,
        _ => null,
    };

    private ChatReply ToReply(TranscriptEntry entry, ReplyParts parts) =>
        new(entry.MessageId, entry.Seq, entry.Agent ?? AgentNames.General, entry.Text, parts.Language, parts.Products, parts.QuickReplies, parts.Handoff, parts.Flags);

    private async Task<ShopSettings> SettingsAsync()
    {
        if (_settings is { } cached && clock.GetUtcNow() - cached.At < SettingsLifetime)
        {
            return cached.Settings;
        }

        var settings = await GrainFactory.GetGrain<IShopTenantGrain>(_shopId).GetSettingsAsync() ?? ShopSettings.Default(_shopId);
        _settings = (settings, clock.GetUtcNow());
        return settings;
    }
}
