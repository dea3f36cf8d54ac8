using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Assistant.Tools;

namespace ChatBuddy.Grains.Assistant;

/// <summary>
/// Everything one turn knows that a model must not be able to change: the shop, the session, the
/// verified customer, the memory; and what the turn's tools produced (facts, product cards, quick
/// replies, a handoff request), collected for grounding and for the reply.
/// </summary>
public sealed class TurnContext(string shopId, Guid sessionId, ShopSettings settings, ConversationMemory memory)
{
    private readonly List<object> _facts = [];

    public string ShopId { get; } = shopId;

    public Guid SessionId { get; } = sessionId;

    public ShopSettings Settings { get; } = settings;

    public ConversationMemory Memory { get; } = memory;

    public required string Language { get; init; }

    public required string UserText { get; init; }

    public required DateTimeOffset Now { get; init; }

    public VerifiedCustomer? Customer { get; init; }

    public string? Origin { get; init; }

    public string Channel { get; init; } = "web";

    public List<ProductFact> Products { get; } = [];

    public List<string> QuickReplies { get; } = [];

    public bool HandoffRequested { get; set; }

    public IReadOnlyList<object> Facts => _facts;

    /// <summary>Who acts in the audit log: the session, never the shopper's contact details.</summary>
    public string Actor => $"session:{SessionId}";

    /// <summary>A stable key for "one per customer": the verified e-mail, else this session.</summary>
    public string CustomerKey => Customer?.Email.ToLowerInvariant()
        ?? Memory.Contacts.FirstOrDefault(c => c.Contains('@', StringComparison.Ordinal))?.ToLowerInvariant()
        ?? $"session:{SessionId}";

    public T Record<T>(T result)
        where T : notnull
    {
        _facts.Add(result);
        return result;
    }
}
