using ChatBuddy.Grains.Assistant.Offline;
using ChatBuddy.Grains.Assistant.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBuddy.Grains.Assistant;

/// <summary>
/// Trains the intent classifier and parses the templates while the host starts, so the first
/// conversation does not pay for it inside a grain activation (which Orleans would time out).
/// </summary>
public sealed class AssistantWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(
        () =>
        {
            services.GetRequiredService<IntentClassifier>();
            services.GetRequiredService<ReplyTemplates>();
        },
        cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
