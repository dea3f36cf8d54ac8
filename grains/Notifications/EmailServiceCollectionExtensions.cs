using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ChatBuddy.Grains.Notifications;

public static class EmailServiceCollectionExtensions
{
    /// <summary>The outbox (always), the configured provider and the dispatcher that delivers the outbox through it.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration? configuration)
    {
        var options = new EmailOptions();
        configuration?.GetSection(EmailOptions.Section).Bind(options);
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton<EmailOutbox>();
        services.AddHostedService<EmailDispatchService>();
        if (options.Provider == "sendgrid")
        {
            // Short in-call retries smooth over a blip; longer outages are the outbox's backoff.
            services.AddHttpClient(SendGridEmailSender.ClientName, c => c.Timeout = TimeSpan.FromMinutes(1))
                .AddResilienceHandler("sendgrid", builder =>
                {
                    builder.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = 2,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(300),
                    });
                    builder.AddTimeout(TimeSpan.FromSeconds(20));
                });
            services.AddSingleton<IEmailSender>(sp => new SendGridEmailSender(sp.GetRequiredService<IHttpClientFactory>(), options.SendGrid));
            services.AddSingleton<EmailDispatcher>();
        }
        else if (options.Provider == "smtp")
        {
            services.AddSingleton<IEmailSender>(new SmtpEmailSender(options.Smtp));
            services.AddSingleton<EmailDispatcher>();
        }

        return services;
    }
}
