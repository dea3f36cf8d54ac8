using System.ComponentModel;
using System.Globalization;
using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Catalog.Search;
using ChatBuddy.Grains.Security.Audit;
using ChatBuddy.Grains.Tenants;
using Microsoft.Extensions.AI;

namespace ChatBuddy.Grains.Assistant.Tools;

/// <summary>
/// The agents' tools for one turn. The shop, the customer and every contact detail come from the
/// turn's context, never from model arguments; failures come back as outcomes a reply can explain.
/// </summary>
public sealed class ShopToolbox(AssistantServices services, TurnContext turn)
{
    public const int MaxFailedVerificationsPerSession = 5;
    private const int ListSize = 5;

    public IList<AITool> For(IEnumerable<string> names) => names.Select(Create).ToList<AITool>();

    [Description("Searches the shop's catalog. Put every wish of the shopper (product, colour, size, price limit, brand) into the query in their own words.")]
    public async Task<ProductListResult> SearchProductsAsync(
        [Description("The shopper's wish as free text, e.g. 'piros női futócipő 40-es'.")] string query,
        [Description("Upper price limit in forints, when the shopper stated one.")] int? maxPrice = null,
        [Description("Lower price limit in forints, when the shopper stated one.")] int? minPrice = null,
        CancellationToken cancellationToken = default)
    {
        var text = query.Length > 300 ? query[..300] : query;
        text += maxPrice is > 0 ? $" max {maxPrice} Ft" : "";
        text += minPrice is > 0 ? $" min {minPrice} Ft" : "";
        var response = await services.Search.SearchAsync(turn.ShopId, text, ListSize, cancellationToken);
        turn.Memory.LastQuery = query;
        return Show(new ProductListResult(query, "search", Facts(OnTopic(response.Results)), response.Filters.MaxPrice, response.Filters.MinPrice));
    }

    [Description("Details of one product by its SKU: price, sale price, stock, link.")]
    public async Task<ProductDetailResult> GetProductAsync(
        [Description("The product's SKU as shown in an earlier result.")] string sku,
        CancellationToken cancellationToken = default) =>
        turn.Record(await DetailAsync(sku, cancellationToken));

    [Description("How many pieces of a product are in stock.")]
    public async Task<ProductDetailResult> CheckStockAsync(
        [Description("The product's SKU.")] string sku,
        CancellationToken cancellationToken = default) =>
        turn.Record(await DetailAsync(sku, cancellationToken));

    [Description("Status, items, delivery and tracking of the shopper's order. Details are shown only when the order number matches an e-mail address or phone number the shopper wrote in this chat.")]
    public async Task<OrderStatusResult> GetOrderStatusAsync(
        [Description("The order number, e.g. HB-20731.")] string? orderNumber = null,
        [Description("True when the shopper wants to cancel the order.")] bool cancel = false,
        CancellationToken cancellationToken = default) =>
        turn.Record(await OrderStatusAsync(orderNumber, cancel, cancellationToken));

    [Description("The shop's promotions running now, with their codes and conditions.")]
    public async Task<PromotionListResult> ListPromotionsAsync(CancellationToken cancellationToken = default) =>
        turn.Record(new PromotionListResult(await services.Promotions.ListActiveAsync(turn.ShopId, turn.Now, cancellationToken)));

    [Description("Subscribes the shopper to the newsletter with the e-mail address they wrote in this chat; records their consent.")]
    public async Task<NewsletterResult> SubscribeNewsletterAsync(CancellationToken cancellationToken = default) =>
        turn.Record(await NewsletterAsync(granted: true, cancellationToken));

    [Description("Unsubscribes the shopper's e-mail address (written in this chat) from the newsletter; records the withdrawal.")]
    public async Task<NewsletterResult> UnsubscribeNewsletterAsync(CancellationToken cancellationToken = default) =>
        turn.Record(await NewsletterAsync(granted: false, cancellationToken));

    [Description("Creates a personal discount code for the shopper within the shop's policy (capped percentage, minimum basket, one per customer, expiry).")]
    public async Task<DiscountCodeResult> CreateDiscountCodeAsync(
        [Description("The percentage the shopper asked for, if any; the shop's cap applies anyway.")] int? percent = null,
        CancellationToken cancellationToken = default) =>
        turn.Record(await IssueDiscountAsync(percent, cancellationToken));

    [Description("The shop's own policy page on a topic, with the part that answers the shopper's question.")]
    public async Task<PolicyResult> GetPolicyAsync(
        [Description("One of: shipping, returns, payment, warranty, contact, privacy, terms.")] string topic,
        CancellationToken cancellationToken = default)
    {
        var kind = (topic ?? "").Trim().ToLowerInvariant();
        var policies = await services.Shops.ListPoliciesAsync(turn.ShopId, cancellationToken);
        var topics = policies.Select(p => p.Kind).ToList();
        if (policies.FirstOrDefault(p => p.Kind == kind) is not { } policy)
        {
            turn.QuickReplies.AddRange(topics.Take(5).Select(t => Topics.Label(t, turn.Language)));
            return turn.Record(new PolicyResult("unknown_topic", null, null, null, null, null, topics));
        }

        var excerpt = PolicyDigest.Excerpt(policy.Body, turn.UserText);
        return turn.Record(new PolicyResult("ok", policy.Kind, policy.Title, excerpt, policy.Body, policy.Url, topics));
    }

    [Description("Recommends products: 'similar' to a product, 'complementary' to a product, 'gift' ideas within a budget, 'personal' picks for the verified customer, or 'query' for a described need.")]
    public async Task<ProductListResult> RecommendAsync(
        [Description("similar, complementary, gift, personal or query.")] string kind,
        [Description("The product to start from (for similar and complementary).")] string? sku = null,
        [Description("The shopper's need in their words (for gift and query).")] string? query = null,
        [Description("Upper price limit in forints, if stated.")] int? maxPrice = null,
        CancellationToken cancellationToken = default)
    {
        var products = await RecommendationsAsync(kind, sku, query, maxPrice, cancellationToken);
        return Show(new ProductListResult(query ?? sku ?? "", kind, Facts(products), maxPrice, null));
    }

    [Description("Hands the conversation to the shop's staff when the shopper asks for a person or the assistant cannot help.")]
    public Task<HandoffResult> RequestHumanAsync(
        [Description("Why a person is needed, in a few words.")] string? reason = null)
    {
        turn.HandoffRequested = true;
        var hours = turn.Settings.StaffHours;
        return Task.FromResult(turn.Record(new HandoffResult(
            "queued", hours.IsOpen(turn.Now), hours.Describe(turn.Language), turn.Memory.Contacts.Any(c => c.Contains('@', StringComparison.Ordinal)) || turn.Customer is not null)));
    }

    private AIFunction Create(string name) => name switch
    {
        ToolNames.SearchProducts => Function(SearchProductsAsync, name),
        ToolNames.GetProduct => Function(GetProductAsync, name),
        ToolNames.CheckStock => Function(CheckStockAsync, name),
        ToolNames.GetOrderStatus => Function(GetOrderStatusAsync, name),
        ToolNames.ListPromotions => Function(ListPromotionsAsync, name),
        ToolNames.SubscribeNewsletter => Function(SubscribeNewsletterAsync, name),
        ToolNames.UnsubscribeNewsletter => Function(UnsubscribeNewsletterAsync, name),
        ToolNames.CreateDiscountCode => Function(CreateDiscountCodeAsync, name),
        ToolNames.GetPolicy => Function(GetPolicyAsync, name),
        ToolNames.Recommend => Function(RecommendAsync, name),
        ToolNames.RequestHuman => Function(RequestHumanAsync, name),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown tool."),
    };

    private static AIFunction Function(Delegate method, string name) =>
        AIFunctionFactory.Create(method, new AIFunctionFactoryOptions { Name = name, SerializerOptions = ToolJson.Options });

    private async Task<ProductDetailResult> DetailAsync(string sku, CancellationToken cancellationToken)
    {
        var clean = (sku ?? "").Trim();
        if (clean.Length is 0 or > 64 || await services.Search.GetAsync(turn.ShopId, clean, cancellationToken) is not { } hit)
        {
            return new ProductDetailResult("not_found", null, null, null);
        }

        var summary = await services.Catalog.FindAsync(turn.ShopId, hit.Sku, cancellationToken);
        var fact = Facts([hit])[0];
        turn.Memory.Focus(fact.Sku, fact.Name);
        turn.Products.Add(fact);
        return new ProductDetailResult("ok", fact, summary?.Stock, null);
    }

    private async Task<OrderStatusResult> OrderStatusAsync(string? requested, bool cancel, CancellationToken cancellationToken)
    {
        var memory = turn.Memory;
        var number = Normalize(requested) ?? memory.LastOrderNumber;
        if (number is null)
        {
            return new OrderStatusResult("need_order_number", null, null, cancel);
        }

        memory.LastOrderNumber = number;
        var guard = turn.Origin is { Length: > 0 } origin && services.Grains is not null ? services.Grains.GetGrain<IOrderLookupGuardGrain>(GrainKeys.ForShop(turn.ShopId, origin)) : null;
        var verified = memory.VerifiedOrders.Contains(number, StringComparer.OrdinalIgnoreCase);
        if (!verified && (memory.FailedVerifications >= MaxFailedVerificationsPerSession || (guard is not null && await guard.IsLockedAsync())))
        {
            await AuditOrderLookupAsync(AuditActions.OrderLookupFailed, number, "locked", cancellationToken);
            return new OrderStatusResult("locked", number, null, cancel);
        }

        var contacts = memory.Contacts.Concat(turn.Customer is { } c ? [c.Email] : []).ToList();
        if (!verified && contacts.Count == 0)
        {
            return new OrderStatusResult("need_contact", number, null, cancel);
        }

        var found = await services.Orders.FindAsync(turn.ShopId, number, cancellationToken);
        if (found is { } order && (verified || Matches(order.Email, order.Phone, contacts)))
        {
            if (!verified)
            {
                memory.VerifiedOrders.Add(order.Order.Number);
            }

            var shown = await RefreshedAsync(order.Order.Number, cancellationToken) ?? order.Order;
            await AuditOrderLookupAsync(AuditActions.OrderLookup, shown.Number, verified ? "shown_again" : "verified", cancellationToken);
            return new OrderStatusResult("ok", shown.Number, shown, cancel);
        }

        // A wrong pair and an unknown number read the same, so the answer never confirms that an order exists.
        memory.FailedVerifications++;
        var locked = guard is not null && await guard.RecordFailureAsync();
        var outcome = locked || memory.FailedVerifications >= MaxFailedVerificationsPerSession ? "locked" : "not_verified";
        await AuditOrderLookupAsync(AuditActions.OrderLookupFailed, number, outcome, cancellationToken);
        return new OrderStatusResult(outcome, number, null, cancel);
    }

    private Task AuditOrderLookupAsync(string action, string number, string outcome, CancellationToken cancellationToken) =>
        services.Audit.RecordAsync(
            new AuditEvent(turn.ShopId, turn.Actor, action, $"order:{number}", new Dictionary<string, string> { ["outcome"] = outcome, ["channel"] = turn.Channel }),
            cancellationToken);

    private async Task<DiscountCodeResult> IssueDiscountAsync(int? percent, CancellationToken cancellationToken)
    {
        var result = await services.Discounts.IssueAsync(turn.ShopId, turn.CustomerKey, percent, turn.Settings.Discounts, cancellationToken);
        if (result.Outcome == "issued")
        {
            await services.Audit.RecordAsync(
                new AuditEvent(turn.ShopId, turn.Actor, AuditActions.DiscountCodeIssued, $"discount:{result.Code}", new Dictionary<string, string> { ["percent"] = result.Percent.ToString(CultureInfo.InvariantCulture) }),
                cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// The order fetched live from the shop's platform when its synced copy is older than the configured
    /// age; null (the stored copy answers) when it is fresh, not synced, or the platform is slow or failing.
    /// </summary>
    private async Task<OrderFact?> RefreshedAsync(string number, CancellationToken cancellationToken)
    {
        if (services.Grains is null)
        {
            return null;
        }

        try
        {
            var refresh = services.OrderRefresh;
            var refreshed = await services.Grains.GetGrain<IShopTenantGrain>(turn.ShopId)
                .RefreshOrderAsync(number, refresh.OrderRefreshAfter)
                .WaitAsync(refresh.OrderRefreshTimeout, cancellationToken);
            return refreshed && await services.Orders.FindAsync(turn.ShopId, number, cancellationToken) is { } fresh ? fresh.Order : null;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static bool Matches(string? email, string? phone, IReadOnlyList<string> contacts) =>
        contacts.Any(c => (email is not null && string.Equals(c, email.Trim(), StringComparison.OrdinalIgnoreCase))
            || (phone is not null && c.StartsWith('+') && c == PhoneKey(phone)));

    private static string PhoneKey(string phone)
    {
        var digits = new string(phone.Where(char.IsDigit).ToArray());
        return digits.StartsWith("06", StringComparison.Ordinal) ? "+36" + digits[2..] : "+" + digits;
    }

    private static string? Normalize(string? orderNumber)
    {
        if (string.IsNullOrWhiteSpace(orderNumber))
        {
            return null;
        }

        var found = Slots.SlotExtractor.OrderNumbers(orderNumber);
        return found.Count > 0 ? found[0] : null;
    }

    private async Task<NewsletterResult> NewsletterAsync(bool granted, CancellationToken cancellationToken)
    {
        var email = turn.Memory.Contacts.LastOrDefault(c => c.Contains('@', StringComparison.Ordinal)) ?? turn.Customer?.Email;
        if (email is null)
        {
            return new NewsletterResult("need_email", null);
        }

        var changed = await services.Newsletter.SetAsync(turn.ShopId, email, granted, turn.Channel, cancellationToken);
        var outcome = (granted, changed) switch
        {
            (true, true) => "subscribed",
            (true, false) => "already",
            (false, true) => "unsubscribed",
            _ => "not_subscribed",
        };
        return new NewsletterResult(outcome, email);
    }

    private async Task<IReadOnlyList<ProductHit>> RecommendationsAsync(string kind, string? sku, string? query, int? maxPrice, CancellationToken cancellationToken)
    {
        var anchor = sku ?? turn.Memory.FocusSku;
        var email = turn.Customer?.Email ?? (turn.Memory.VerifiedOrders.Count > 0 ? turn.Memory.Contacts.FirstOrDefault(c => c.Contains('@', StringComparison.Ordinal)) : null);
        IReadOnlyList<ProductHit> products = (kind ?? "").ToLowerInvariant() switch
        {
            "similar" when anchor is not null => await services.Recommender.SimilarAsync(turn.ShopId, anchor, maxPrice, ListSize, cancellationToken),
            "complementary" when anchor is not null => await services.Recommender.ComplementaryAsync(turn.ShopId, anchor, ListSize, cancellationToken),
            "personal" when email is not null => await services.Recommender.ForCustomerAsync(turn.ShopId, email, ListSize, cancellationToken),
            _ => [],
        };
        if (products.Count > 0)
        {
            return products;
        }

        if (!string.IsNullOrWhiteSpace(query))
        {
            var text = query + (maxPrice is > 0 ? string.Create(CultureInfo.InvariantCulture, $" max {maxPrice} Ft") : "");
            var found = await services.Search.SearchAsync(turn.ShopId, text, ListSize, cancellationToken);
            if (found.Results.Count > 0 && QueryHasProductWords(found))
            {
                turn.Memory.LastQuery = query;
                return found.Results;
            }

            maxPrice ??= found.Filters.MaxPrice;
        }

        var unsuitable = Slots.GiftRecipient.UnsuitableNameWord(query ?? turn.UserText);
        var sellers = await services.Recommender.BestSellersAsync(turn.ShopId, maxPrice, null, unsuitable is null ? ListSize : ListSize * 4, cancellationToken);
        return unsuitable is null
            ? sellers
            : sellers.Where(p => !p.Name.Contains(unsuitable, StringComparison.OrdinalIgnoreCase)).Take(ListSize).ToList();
    }

    /// <summary>
    /// The search fills a short list from elsewhere (it is ranked for evaluation); a shopper asking for
    /// running shoes under 15 000 Ft should see the three that exist, not a garden hose after them.
    /// </summary>
    private static IReadOnlyList<ProductHit> OnTopic(IReadOnlyList<ProductHit> hits) =>
        hits.Count == 0 ? hits : hits.Where(h => h.Category == hits[0].Category || h.Score >= hits[0].Score / 2).ToList();

    private static bool QueryHasProductWords(SearchResponse response) => response.Results.Any(r => r.Score > 0);

    private ProductListResult Show(ProductListResult result)
    {
        turn.Products.AddRange(result.Products);
        turn.Memory.Remember(result.Products.Select(p => new RememberedProduct(p.Position, p.Sku, p.Name, p.SalePrice ?? p.Price)).ToList());
        return turn.Record(result);
    }

    private static List<ProductFact> Facts(IReadOnlyList<ProductHit> hits) =>
        hits.Select((h, i) => new ProductFact(i + 1, h.Sku, h.Name, h.Brand, LeafCategory(h.Category), h.Price, h.SalePrice, h.Currency, h.InStock, h.Url)).ToList();

    private static string? LeafCategory(string? path) => path?.Split(" > ")[^1];
}
