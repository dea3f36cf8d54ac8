using Microsoft.Extensions.Logging;
using Quartz;

namespace ChatBuddy.Grains.Security.Gdpr;

/// <summary>The Quartz job that runs <see cref="ConversationRetention"/>; clustering keeps it to one silo.</summary>
[DisallowConcurrentExecution]
public sealed partial class ConversationRetentionJob(ConversationRetention retention, ILogger<ConversationRetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("conversation-retention", "chatbuddy");

    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var deleted = await retention.RunAsync(cancellationToken);
        LogDeleted(logger, deleted);
    }

    /// <summary>Adds the job to the scheduler Quartz is configured with.</summary>
    public static void Schedule(IQuartzBuilder quartz)
    {
        quartz.AddJob<ConversationRetentionJob>(j => j.WithIdentity(Key).StoreDurably());
        quartz.AddTrigger(t => t
            .ForJob(Key)
            .WithIdentity("conversation-retention-trigger", "chatbuddy")
            .StartAt(DateTimeOffset.UtcNow.AddMinutes(5))
            .WithSimpleSchedule(s => s.WithInterval(Interval).RepeatForever()));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation retention deleted {Deleted} conversation(s)")]
    private static partial void LogDeleted(ILogger logger, int deleted);
}
