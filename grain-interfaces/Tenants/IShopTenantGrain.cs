namespace ChatBuddy.GrainInterfaces.Tenants;

/// <summary>One webshop (tenant), keyed by its shop id: settings, policies and sync watermarks.</summary>
[Alias("chatbuddy.IShopTenantGrain")]
public interface IShopTenantGrain : IGrainWithStringKey
{
    /// <summary>The shop's settings (defaults until configured), or null when no such shop is registered.</summary>
    [Alias("GetSettings")]
    Task<ShopSettings?> GetSettingsAsync();

    /// <summary>The shop's policy pages (shipping, returns, payment, warranty, contact, …).</summary>
    [Alias("GetPolicies")]
    Task<IReadOnlyList<PolicyPage>> GetPoliciesAsync();

    /// <summary>Replaces the shop's settings after validating them.</summary>
    [Alias("UpdateSettings")]
    Task<ShopSettings> UpdateSettingsAsync(ShopSettings settings);

    /// <summary>The last successful sync point of one resource (products, orders, …), if any.</summary>
    [Alias("GetWatermark")]
    Task<DateTimeOffset?> GetWatermarkAsync(string resource);

    /// <summary>Moves a resource's sync watermark forward; an older value is ignored.</summary>
    [Alias("AdvanceWatermark")]
    Task AdvanceWatermarkAsync(string resource, DateTimeOffset value);
}
