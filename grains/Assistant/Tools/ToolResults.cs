namespace ChatBuddy.Grains.Assistant.Tools;

// What the tools return. The same records are serialised for a real LLM and rendered by the
// offline model's templates, so every number in a reply can be traced back to one of them.

/// <summary>A product as the agents see it; <see cref="Position"/> is its place in the list shown.</summary>
public sealed record ProductFact(
    int Position,
    string Sku,
    string Name,
    string? Brand,
    string? Category,
    int Price,
    int? SalePrice,
    string Currency,
    bool InStock,
    string? Url);

public sealed record ProductListResult(string Query, string Kind, IReadOnlyList<ProductFact> Products, int? MaxPrice, int? MinPrice);

public sealed record ProductDetailResult(string Outcome, ProductFact? Product, int? StockQuantity, string? Description);

public sealed record OrderLine(string Name, int Quantity, int UnitPrice);

public sealed record OrderFact(
    string Number,
    string Status,
    string? StatusText,
    DateOnly OrderedOn,
    DateOnly? ExpectedDelivery,
    string? ShippingMethod,
    string? TrackingNumber,
    string? TrackingUrl,
    int Total,
    string Currency,
    IReadOnlyList<OrderLine> Items,
    string? ShipTo = null);

/// <summary>
/// <see cref="Outcome"/>: ok, need_order_number, need_contact, not_verified (also for unknown
/// numbers: a wrong pair and a missing order read the same), locked.
/// </summary>
public sealed record OrderStatusResult(string Outcome, string? OrderNumber, OrderFact? Order, bool CancelRequested);

public sealed record PromotionFact(string Name, string Description, string Kind, int Value, int MinBasket, string? Code, DateOnly? EndsOn);

public sealed record PromotionListResult(IReadOnlyList<PromotionFact> Promotions);

/// <summary><see cref="Outcome"/>: subscribed, unsubscribed, already, not_subscribed, need_email.</summary>
public sealed record NewsletterResult(string Outcome, string? Email);

/// <summary><see cref="Outcome"/>: issued, already_issued, not_offered.</summary>
public sealed record DiscountCodeResult(string Outcome, string? Code, int Percent, int MinBasket, DateOnly? ExpiresOn);

/// <summary><see cref="Outcome"/>: ok, unknown_topic (then <see cref="Topics"/> lists what the shop has).</summary>
public sealed record PolicyResult(string Outcome, string? Topic, string? Title, string? Excerpt, string? Body, string? Url, IReadOnlyList<string> Topics);

/// <summary><see cref="Outcome"/>: queued. <see cref="WithinOpeningHours"/> decides between "soon" and "by e-mail".</summary>
public sealed record HandoffResult(string Outcome, bool WithinOpeningHours, string OpeningHours, bool HasEmail);
