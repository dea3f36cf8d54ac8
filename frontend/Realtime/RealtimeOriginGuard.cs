using ChatBuddy.Frontend.Api;
using ChatBuddy.Frontend.Hubs;
using ChatBuddy.GrainInterfaces.Tenants;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>
/// Guards the hub and the socket before SignalR or the upgrade sees them: the shop must exist and the
/// page's origin must be allowed (<see cref="OriginPolicy"/>). Refusals are problem+json.
/// </summary>
public static class RealtimeOriginGuard
{
    public static IApplicationBuilder UseRealtimeOriginGuard(this IApplicationBuilder app) =>
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments(ChatHub.Path) || http.Request.Path.StartsWithSegments(ChatSocketEndpoint.Path),
            branch => branch.Use(async (http, next) =>
            {
                if (http.Request.Method == HttpMethods.Options)
                {
                    await next(http);
                    return;
                }

                var shopId = ShopParameter.Resolve(http.Request.Query["shop"], http.RequestServices.GetRequiredService<IConfiguration>());
                var settings = await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IShopTenantGrain>(shopId).GetSettingsAsync();
                var refusal = settings is null
                    ? TypedResults.Problem(detail: $"No shop '{shopId}' is registered.", statusCode: StatusCodes.Status404NotFound, title: "Unknown shop")
                    : !OriginPolicy.IsAllowed(http.Request, settings)
                        ? TypedResults.Problem(detail: "This page's origin is not in the shop's allowed origins.", statusCode: StatusCodes.Status403Forbidden, title: "Origin not allowed")
                        : null;
                if (refusal is not null)
                {
                    await refusal.ExecuteAsync(http);
                    return;
                }

                await next(http);
            }));
}
