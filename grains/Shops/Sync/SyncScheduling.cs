using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ChatBuddy.Grains.Shops.Sync;

public static class SyncScheduling
{
    /// <summary>Quartz with the shop sync sweep on a fixed interval; the job store follows <see cref="SyncScheduleOptions"/>.</summary>
    public static IServiceCollection AddShopSyncSchedule(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var options = new SyncScheduleOptions();
        configuration.GetSection(SyncScheduleOptions.Section).Bind(options);
        options.Validate();
        if (!options.Enabled)
        {
            return services;
        }

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "chatbuddy");
            if (options.JobStore == "postgres")
            {
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering();
                    store.UseSystemTextJsonSerializer();
                });
            }

            q.AddJob<ShopSyncSweepJob>(j => j.WithIdentity(ShopSyncSweepJob.Key).StoreDurably());
            q.AddTrigger(t => t
                .ForJob(ShopSyncSweepJob.Key)
                .WithIdentity("shop-sync-sweep-trigger", "chatbuddy")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(options.SweepSeconds)).RepeatForever()));
            Security.Gdpr.ConversationRetentionJob.Schedule(q);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
