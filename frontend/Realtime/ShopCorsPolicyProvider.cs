using ChatBuddy.Frontend.Api;
using ChatBuddy.GrainInterfaces.Tenants;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>
/// CORS for the chat endpoints a widget calls from a shop's own site: the origin is allowed when the
/// request's shop lists it (same-origin pages need no CORS at all).
/// </summary>
public sealed class ShopCorsPolicyProvider(IGrainFactory grains, IConfiguration configuration) : ICorsPolicyProvider
{
    public const string PolicyName = "shop-origins";

    public async Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        var origin = context.Request.Headers.Origin.ToString();
        var builder = new CorsPolicyBuilder().AllowAnyHeader().AllowAnyMethod().AllowCredentials();
        if (origin.Length > 0)
        {
            var shopId = ShopParameter.Resolve(context.Request.Query["shop"], configuration);
            if (await grains.GetGrain<IShopTenantGrain>(shopId).GetSettingsAsync() is { } settings
                && settings.AllowedOrigins.Any(a => string.Equals(a.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase)))
            {
                builder.WithOrigins(origin);
            }
        }

        return builder.Build();
    }
}
