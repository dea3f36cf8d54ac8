using ChatBuddy.GrainInterfaces.Conversations;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>A complete, stored message as realtime clients receive it (hub <c>Message</c>; the socket's <c>message</c> frame has the same fields).</summary>
public sealed record WidgetMessage(
    Guid MessageId,
    int Seq,
    string Agent,
    string Reply,
    IReadOnlyList<WidgetProduct> Products,
    IReadOnlyList<string> QuickReplies,
    bool Handoff,
    string Role,
    string? ClientId,
    IReadOnlyList<string> Flags)
{
    public static WidgetMessage From(StoredMessage message) => new(
        message.MessageId,
        message.Seq,
        message.Role == MessageRole.User ? "user" : message.Agent ?? "general",
        message.Text,
        message.Products.Select(WidgetProduct.From).ToList(),
        message.QuickReplies,
        message.Handoff,
        RoleName(message.Role),
        message.ClientId,
        message.Flags ?? []);

    private static string RoleName(MessageRole role) => role switch
    {
        MessageRole.User => "user",
        MessageRole.Human => "human",
        MessageRole.System => "system",
        _ => "assistant",
    };
}

public sealed record WidgetProduct(string Sku, string Name, int Price, int? SalePrice, string Currency, bool InStock, string? Url)
{
    public static WidgetProduct From(ProductCard card) => new(card.Sku, card.Name, card.Price, card.SalePrice, card.Currency, card.InStock, card.Url);
}
