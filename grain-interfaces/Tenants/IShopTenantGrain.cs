using ChatBuddy.GrainInterfaces.Shops;

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

    /// <summary>Connects the shop to its platform (Shoprenter or UNAS) after validating the settings; secrets stay in grain state and never reach a log.</summary>
    [Alias("ConfigureSync")]
    Task ConfigureSyncAsync(ShopSyncSettings settings);

    /// <summary>Starts a sync in the background unless one is running, and returns where it stands.</summary>
    [Alias("StartSync")]
    Task<SyncStatus> StartSyncAsync(SyncKind kind);

    /// <summary>The running sync's progress or the last run's report; answers while a sync runs.</summary>
    [Alias("GetSyncStatus"), Orleans.Concurrency.AlwaysInterleave]
    Task<SyncStatus> GetSyncStatusAsync();

    /// <summary>Starts a scheduled sync when the interval has passed (incremental; full once a day); true when one started.</summary>
    [Alias("SyncIfDue")]
    Task<bool> SyncIfDueAsync();

    /// <summary>A verified platform webhook: re-fetches the order it names, or runs an incremental sync.</summary>
    [Alias("HandleShopEvent")]
    Task HandleShopEventAsync(ShopEvent shopEvent);

    /// <summary>Verifies a raw webhook against the shop's webhook secret, stores it once, and queues the re-fetch it asks for; answers at once.</summary>
    [Alias("AcceptWebhook")]
    Task<WebhookOutcome> AcceptWebhookAsync(ShopWebhook webhook);

    /// <summary>
    /// Before an order's status is shown in chat: re-fetches that one order live from the platform when
    /// its synced copy is older than <paramref name="maxAge"/>. True when it was refreshed.
    /// </summary>
    [Alias("RefreshOrder")]
    Task<bool> RefreshOrderAsync(string orderNumber, TimeSpan maxAge);
}
