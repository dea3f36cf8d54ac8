namespace ChatBuddy.Grains.Assistant.Tools;

public static class ToolNames
{
    public const string SearchProducts = "search_products";
    public const string GetProduct = "get_product";
    public const string CheckStock = "check_stock";
    public const string GetOrderStatus = "get_order_status";
    public const string ListPromotions = "list_promotions";
    public const string SubscribeNewsletter = "subscribe_newsletter";
    public const string UnsubscribeNewsletter = "unsubscribe_newsletter";
    public const string CreateDiscountCode = "create_discount_code";
    public const string GetPolicy = "get_policy";
    public const string Recommend = "recommend";
    public const string RequestHuman = "request_human";
}
