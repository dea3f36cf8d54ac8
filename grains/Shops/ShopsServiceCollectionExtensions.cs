using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ChatBuddy.Grains.Shops;

public static class ShopsServiceCollectionExtensions
{
    /// <summary>Shoprenter allows 3 requests per second per app and shop; a little under that keeps clear of 429s.</summary>
    public static readonly TimeSpan ShoprenterWindow = TimeSpan.FromMilliseconds(1200);

    public static IServiceCollection AddShopAdapters(this IServiceCollection services)
    {
        // One pipeline per authority (= per shop host), so each shop has its own 3 requests/s.
        services.AddHttpClient(ShopAdapterFactory.ShoprenterClient, c => c.Timeout = TimeSpan.FromMinutes(5))
            .AddResilienceHandler("shoprenter", builder =>
            {
                builder.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 6,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(500),
                });
                builder.AddRateLimiter(new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = 3,
                    Window = ShoprenterWindow,
                    SegmentsPerWindow = 12,
                    QueueLimit = 10_000,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
                builder.AddTimeout(TimeSpan.FromSeconds(60));
            })
            .SelectPipelineByAuthority();

        // UNAS counts every call against hourly budgets, so failed calls are not blindly repeated:
        // only transport errors and 5xx are retried, a few times.
        services.AddHttpClient(ShopAdapterFactory.UnasClient, c => c.Timeout = TimeSpan.FromMinutes(5))
            .AddResilienceHandler("unas", builder =>
            {
                builder.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = DelayBackoffType.Exponential,
                    Delay = TimeSpan.FromSeconds(1),
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException || (int?)args.Outcome.Result?.StatusCode >= 500),
                });
                builder.AddTimeout(TimeSpan.FromSeconds(120));
            });
        services.AddSingleton<ShopAdapterFactory>();
        return services;
    }
}
