using ChatBuddy.GrainInterfaces.Tenants;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>
/// The schedule's one job: visit every shop with a platform connection and let its tenant grain start
/// a sync when its interval has passed. The grain decides (and dedupes), so a sweep that runs on two
/// silos at once or twice in a row does no harm; clustering keeps it to one silo anyway.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ShopSyncSweepJob(SyncSettingsStore settings, IGrainFactory grains, ILogger<ShopSyncSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("shop-sync-sweep", "chatbuddy");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var started = 0;
        foreach (var shopId in await settings.EnabledShopsAsync(cancellationToken))
        {
            try
            {
                if (await grains.GetGrain<IShopTenantGrain>(shopId).SyncIfDueAsync())
                {
                    started++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogShopFailed(logger, shopId, ex);
            }
        }

        LogSweep(logger, started);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled sync of shop {Shop} could not start")]
    private static partial void LogShopFailed(ILogger logger, string shop, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sync sweep started {Started} shop sync(s)")]
    private static partial void LogSweep(ILogger logger, int started);
}
