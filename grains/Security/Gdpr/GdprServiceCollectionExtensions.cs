using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Grains.Security.Gdpr;

public static class GdprServiceCollectionExtensions
{
    /// <summary>Consent records, export, erasure, the chat's data-request flow and conversation retention.</summary>
    public static IServiceCollection AddGdpr(this IServiceCollection services, IConfiguration? configuration)
    {
        var options = new PrivacyOptions();
        configuration?.GetSection(PrivacyOptions.Section).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<ConsentStore>();
        services.AddSingleton<PersonalDataStore>();
        services.AddSingleton<PersonalDataService>();
        services.AddSingleton<PrivacyExportLinks>();
        services.AddSingleton<PrivacyFlow>();
        services.AddSingleton<ConversationRetention>();
        services.AddTransient<ConversationRetentionJob>();
        return services;
    }
}
