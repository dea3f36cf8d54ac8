using ChatBuddy.GrainInterfaces.Tenants;

namespace ChatBuddy.Grains.Tenants;

[GenerateSerializer, Alias("chatbuddy.ShopTenantState")]
public sealed class ShopTenantState
{
    [Id(0)]
    public ShopSettings? Settings { get; set; }

    /// <summary>Per-resource sync watermarks (products, orders, customers, …).</summary>
    [Id(1)]
    public Dictionary<string, DateTimeOffset> Watermarks { get; set; } = new(StringComparer.Ordinal);
}
