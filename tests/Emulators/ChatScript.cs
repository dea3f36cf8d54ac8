namespace ChatBuddy.Tests.Emulators;

/// <summary>
/// What the emulated chat model answers, and what it was asked. Queued replies are used first, in order;
/// when none is left the rule decides. Safe to use while requests are being served.
/// </summary>
public sealed class ChatScript
{
    private readonly Lock _lock = new();
    private readonly Queue<ScriptedReply> _replies = new();
    private readonly List<ChatRequestView> _requests = [];
    private Func<ChatRequestView, ScriptedReply>? _rule;

    /// <summary>Every well-formed request received, in arrival order.</summary>
    public IReadOnlyList<ChatRequestView> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public int RemainingReplies
    {
        get
        {
            lock (_lock)
            {
                return _replies.Count;
            }
        }
    }

    public void Enqueue(params ScriptedReply[] replies)
    {
        lock (_lock)
        {
            foreach (var reply in replies)
            {
                _replies.Enqueue(reply);
            }
        }
    }

    /// <summary>Answers every request that finds the queue empty, e.g. a tool call first and text once the tool result is in.</summary>
    public void RespondWith(Func<ChatRequestView, ScriptedReply> rule)
    {
        lock (_lock)
        {
            _rule = rule;
        }
    }

    internal ScriptedReply Answer(ChatRequestView request)
    {
        Func<ChatRequestView, ScriptedReply> rule;
        lock (_lock)
        {
            _requests.Add(request);
            if (_replies.TryDequeue(out var queued))
            {
                return queued;
            }

            rule = _rule ?? throw new UnscriptedRequestException("no reply is queued and no rule is set.");
        }

        return rule(request);
    }
}

/// <summary>The test asked more of the emulated model than it scripted.</summary>
internal sealed class UnscriptedRequestException(string message) : Exception(message);
