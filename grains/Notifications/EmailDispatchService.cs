using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBuddy.Grains.Notifications;

/// <summary>Runs the outbox dispatcher every <see cref="EmailOptions.PollSeconds"/>; without a provider it says so once and leaves mail waiting in the outbox.</summary>
public sealed class EmailDispatchService(IServiceProvider services, EmailOptions options, TimeProvider clock, ILogger<EmailDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Configured)
        {
            logger.LogInformation("E-mail is not configured (ChatBuddy:Email:Provider); mails wait in the email_outbox table until a provider is set");
            return;
        }

        var dispatcher = services.GetRequiredService<EmailDispatcher>();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.PollSeconds), clock);
        do
        {
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database hiccup must not stop delivery for good; the next tick tries again.
                logger.LogWarning(ex, "E-mail dispatch failed; retrying in {Seconds} s", options.PollSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
