namespace ChatBuddy.Grains.Assistant;

/// <summary>The coordinator's routes: five specialist agents and the human handoff.</summary>
public static class AgentNames
{
    public const string ProductInfo = "product_info";
    public const string OrderStatus = "order_status";
    public const string Recommendation = "recommendation";
    public const string Marketing = "marketing";
    public const string General = "general";
    public const string Human = "human";

    /// <summary>The data export / erasure flow: answered by keyword cues, not a classifier route.</summary>
    public const string Privacy = "privacy";

    public static IReadOnlyList<string> All { get; } = [ProductInfo, OrderStatus, Recommendation, Marketing, General, Human];
}
