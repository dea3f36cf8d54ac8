using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Catalog.Search;
using ChatBuddy.Grains.Marketing;
using ChatBuddy.Grains.Orders;
using ChatBuddy.Grains.Security.Audit;
using ChatBuddy.Grains.Tenants;

namespace ChatBuddy.Grains.Assistant.Tools;

/// <summary>The domain services the tools call; one instance per silo (<see cref="Grains"/> is null outside one).</summary>
public sealed record AssistantServices(
    ProductSearch Search,
    CatalogReader Catalog,
    Recommender Recommender,
    OrderReader Orders,
    PromotionStore Promotions,
    NewsletterSubscriptions Newsletter,
    DiscountCodeIssuer Discounts,
    ShopRepository Shops,
    IGrainFactory? Grains,
    OrderRefreshOptions OrderRefresh,
    IAuditTrail Audit);
