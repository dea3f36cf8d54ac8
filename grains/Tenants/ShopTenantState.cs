using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Shops.Unas;

namespace ChatBuddy.Grains.Tenants;

[GenerateSerializer, Alias("chatbuddy.ShopTenantState")]
public sealed class ShopTenantState
{
    [Id(0)]
    public ShopSettings? Settings { get; set; }

    /// <summary>Per-resource sync watermarks (products, orders, customers, …).</summary>
    [Id(1)]
    public Dictionary<string, DateTimeOffset> Watermarks { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The platform connection and sync options (holds the platform secret).</summary>
    [Id(2)]
    public ShopSyncSettings? Sync { get; set; }

    /// <summary>UNAS calls of the last hour, so the hourly limits hold across runs.</summary>
    [Id(3)]
    public UnasBudgetSnapshot? UnasBudget { get; set; }

    [Id(4)]
    public SyncReport? LastReport { get; set; }

    [Id(5)]
    public DateTimeOffset? LastFullSyncAt { get; set; }
}
