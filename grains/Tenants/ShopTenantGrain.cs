using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Grains.Shops;
using ChatBuddy.Grains.Shops.Sync;
using ChatBuddy.Grains.Shops.Unas;
using ChatBuddy.Grains.Shops.Webhooks;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace ChatBuddy.Grains.Tenants;

public sealed class ShopTenantGrain(
    [PersistentState("tenant", ChatBuddySiloExtensions.StorageName)] IPersistentState<ShopTenantState> state,
    ShopRepository shops,
    ShopAdapterFactory adapters,
    ShopSynchronizer synchronizer,
    SyncSettingsStore syncSettings,
    ShopSyncLock syncLock,
    WebhookLog webhookLog,
    TimeProvider clock,
    ILogger<ShopTenantGrain> logger) : Grain, IShopTenantGrain
{
    public static readonly TimeSpan FullSyncEvery = TimeSpan.FromDays(1);

    public static readonly TimeSpan SyncLockPatience = TimeSpan.FromMinutes(15);

    private Task? _sync;
    private Task _webhooks = Task.CompletedTask;
    private SyncProgress? _progress;
    private ShopSettings? _defaults;

    private string ShopId => this.GetPrimaryKeyString();

    public async Task<ShopSettings?> GetSettingsAsync()
    {
        if (state.State.Settings is { } settings)
        {
            return settings;
        }

        // Every chat turn asks; a shop without stored settings would otherwise cost a query each time.
        return _defaults ??= await shops.FindNameAsync(ShopId) is { } name ? ShopSettings.Default(name) : null;
    }

    public async Task<IReadOnlyList<PolicyPage>> GetPoliciesAsync()
    {
        var policies = await shops.ListPoliciesAsync(ShopId);
        return policies.Select(p => new PolicyPage(p.Kind, p.Title, p.Body, p.Url)).ToList();
    }

    public async Task<ShopSettings> UpdateSettingsAsync(ShopSettings settings)
    {
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid shop settings: " + string.Join("; ", problems), nameof(settings));
        }

        await shops.UpsertAsync(ShopId, settings);
        await SaveAsync(s => s.Settings = settings);
        return settings;
    }

    public Task<DateTimeOffset?> GetWatermarkAsync(string resource) =>
        Task.FromResult(state.State.Watermarks.TryGetValue(resource, out var at) ? at : (DateTimeOffset?)null);

    public async Task AdvanceWatermarkAsync(string resource, DateTimeOffset value)
    {
        if (state.State.Watermarks.TryGetValue(resource, out var current) && current >= value)
        {
            return;
        }

        await SaveAsync(s =>
        {
            if (!s.Watermarks.TryGetValue(resource, out var stored) || stored < value)
            {
                s.Watermarks[resource] = value;
            }
        });
    }

    public async Task ConfigureSyncAsync(ShopSyncSettings settings)
    {
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid sync settings: " + string.Join("; ", problems), nameof(settings));
        }

        await syncSettings.SaveAsync(ShopId, settings);
        await SaveAsync(s =>
        {
            if (s.Sync?.Connection.Platform != settings.Connection.Platform)
            {
                s.UnasBudget = null;
            }

            s.Sync = settings;
        });

        // The connection's ToString hides the secret.
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Shop {Shop} syncs from {Connection}", ShopId, settings.Connection.ToString());
        }
    }

    public Task<SyncStatus> StartSyncAsync(SyncKind kind)
    {
        if (_sync is { IsCompleted: false })
        {
            return Task.FromResult(Status());
        }

        var settings = state.State.Sync ?? throw new InvalidOperationException($"Shop '{ShopId}' has no platform connection; configure one first.");

        // The run outlives this call: it continues on the activation's scheduler, interleaving with
        // other calls only at its awaits, so grain state stays single-threaded.
        this.DelayDeactivation(TimeSpan.FromHours(2));
        _progress = new SyncProgress("starting", 0, 0, null);
        _sync = RunAsync(settings, kind);
        return Task.FromResult(Status());
    }

    public Task<SyncStatus> GetSyncStatusAsync() => Task.FromResult(Status());

    public async Task<bool> SyncIfDueAsync()
    {
        var now = clock.GetUtcNow();
        if (state.State.Sync is not { } settings || _sync is { IsCompleted: false })
        {
            return false;
        }

        if (state.State.LastReport is { } last && (now - last.StartedAt < TimeSpan.FromMinutes(settings.IntervalMinutes) || last.RetryAt > now))
        {
            return false;
        }

        var kind = state.State.LastFullSyncAt is { } full && now - full < FullSyncEvery ? SyncKind.Incremental : SyncKind.Full;
        await StartSyncAsync(kind);
        return true;
    }

    public async Task HandleShopEventAsync(ShopEvent shopEvent)
    {
        if (state.State.Sync is not { } settings || settings.Connection.Platform != shopEvent.Platform)
        {
            logger.LogWarning("Shop {Shop} got a {Platform} {Event} webhook but does not sync from {Platform}", ShopId, shopEvent.Platform, shopEvent.Event, shopEvent.Platform);
            return;
        }

        if (shopEvent.OrderId is not { } orderId)
        {
            await StartSyncAsync(SyncKind.Incremental);
            return;
        }

        var budget = Budget(settings);
        await using (var adapter = adapters.Create(settings.Connection, budget))
        {
            if (await adapter.OrderAsync(orderId) is { } order)
            {
                await synchronizer.UpsertOrdersAsync(ShopId, settings.Connection.Platform, [order]);
            }
        }

        if (budget is not null)
        {
            await SaveAsync(s => s.UnasBudget = budget.Snapshot());
        }
    }

    public async Task<WebhookOutcome> AcceptWebhookAsync(ShopWebhook webhook)
    {
        if (state.State.Sync is not { } settings || settings.Connection.Platform != webhook.Platform || settings.Connection.WebhookSecret is not { Length: > 0 } secret)
        {
            return WebhookOutcome.NotConnected;
        }

        if (!ShopWebhookReader.IsAuthentic(webhook, secret))
        {
            return WebhookOutcome.Rejected;
        }

        var shopEvent = ShopWebhookReader.Read(webhook);
        if (!await webhookLog.RecordAsync(ShopId, ShopWebhookReader.DedupeKey(webhook), shopEvent))
        {
            return WebhookOutcome.Duplicate;
        }

        // Answer the platform at once; re-fetches run one after another behind it.
        _webhooks = AfterAsync(_webhooks, shopEvent);
        return WebhookOutcome.Accepted;
    }

    private async Task AfterAsync(Task previous, ShopEvent shopEvent)
    {
        // The previous re-fetch was started by this activation, on its scheduler: awaiting it only orders them.
#pragma warning disable VSTHRD003
        await previous;
#pragma warning restore VSTHRD003
        try
        {
            await HandleShopEventAsync(shopEvent);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Shop {Shop}: re-fetch for a {Event} webhook failed; the next sync catches up", ShopId, shopEvent.Event);
        }
    }

    public async Task<bool> RefreshOrderAsync(string orderNumber, TimeSpan maxAge)
    {
        if (state.State.Sync is not { } settings)
        {
            return false;
        }

        var source = ShopSynchronizer.Source(settings.Connection.Platform);
        if (await synchronizer.FindSyncedOrderAsync(ShopId, source, orderNumber) is not { } synced || clock.GetUtcNow() - synced.SyncedAt < maxAge)
        {
            return false;
        }

        var budget = Budget(settings);
        var refreshed = false;
        await using (var adapter = adapters.Create(settings.Connection, budget))
        {
            if (await adapter.OrderAsync(synced.ExternalId) is { } order)
            {
                refreshed = await synchronizer.UpsertOrdersAsync(ShopId, settings.Connection.Platform, [order]) > 0;
            }
        }

        if (budget is not null)
        {
            await SaveAsync(s => s.UnasBudget = budget.Snapshot());
        }

        return refreshed;
    }

    private UnasCallBudget? Budget(ShopSyncSettings settings) =>
        settings.Connection.Platform == ShopPlatform.Unas ? new UnasCallBudget(settings.Connection.Package, clock, state.State.UnasBudget) : null;

    private SyncStatus Status() => _sync is { IsCompleted: false } && _progress is { } progress
        ? new SyncStatus(true, progress.Resource, progress.Items, progress.Pages is { } pages ? pages : null, state.State.LastReport)
        : SyncStatus.Idle(state.State.LastReport);

    private async Task RunAsync(ShopSyncSettings settings, SyncKind kind)
    {
        var startedAt = clock.GetUtcNow();
        await using var running = await syncLock.AcquireAsync(ShopId, SyncLockPatience, () => _progress = new SyncProgress("waiting for another sync of this shop", 0, 0, null));
        if (running is null)
        {
            await SaveAsync(s => s.LastReport = new SyncReport(kind, startedAt, clock.GetUtcNow(), new Dictionary<string, int>(), 0, "Another sync of this shop is still running on another node.", clock.GetUtcNow() + SyncLockPatience));
            return;
        }

        // The run that held the lock may have been another cluster's, with its own copy of this state.
        await state.ReadStateAsync();
        var budget = Budget(settings);
        SyncReport report;
        await using (var adapter = adapters.Create(settings.Connection, budget))
        {
            try
            {
                report = await synchronizer.RunAsync(
                    ShopId,
                    settings.Connection.Platform,
                    adapter,
                    kind,
                    new SyncWatermarks(GetWatermarkAsync, AdvanceWatermarkAsync),
                    new CallbackProgress<SyncProgress>(p => _progress = p));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Sync of shop {Shop} failed", ShopId);
                report = new SyncReport(kind, startedAt, clock.GetUtcNow(), new Dictionary<string, int>(), adapter.Calls, $"The sync failed: {ex.GetType().Name}: {ex.Message}{(ex.InnerException is { } inner ? $" ({inner.GetType().Name}: {inner.Message})" : "")}");
            }
        }

        if (report.Error is { } error)
        {
            logger.LogWarning("Sync of shop {Shop} stopped: {Error} (retry at {RetryAt})", ShopId, error, report.RetryAt);
        }

        await SaveAsync(s =>
        {
            s.LastReport = report;
            if (budget is not null)
            {
                s.UnasBudget = budget.Snapshot();
            }

            if (kind == SyncKind.Full && report.Succeeded)
            {
                s.LastFullSyncAt = startedAt;
            }
        });
    }

    /// <summary>
    /// Applies a change and stores it. Another cluster on the same database (the CLI's private silo
    /// beside a running server) may have stored this shop since it was read: then the change is
    /// applied again to what is stored now, instead of failing the call on a stale ETag.
    /// </summary>
    private async Task SaveAsync(Action<ShopTenantState> change)
    {
        change(state.State);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await state.WriteStateAsync();
                return;
            }
            catch (InconsistentStateException) when (attempt < 3)
            {
                await state.ReadStateAsync();
                change(state.State);
            }
        }
    }
}
