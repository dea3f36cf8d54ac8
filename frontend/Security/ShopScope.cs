using System.Security.Claims;
using ChatBuddy.Frontend.Api;
using Microsoft.AspNetCore.Authorization;

namespace ChatBuddy.Frontend.Security;

/// <summary>
/// A principal limited to a shop (an API key, or an admin token minted with <c>--shop</c>) may act only on
/// that shop: the route's <c>{shopId}</c>, else the <c>shop</c> query (or the default shop). Routes marked
/// <see cref="AllShopsOnly"/> act on the whole installation and need an unlimited principal.
/// </summary>
public sealed class ShopScopeRequirement : IAuthorizationRequirement;

/// <summary>Endpoint metadata: the route is installation-wide (an IP block, say).</summary>
public sealed record AllShopsOnly;

public sealed class ShopScopeHandler(IConfiguration configuration) : AuthorizationHandler<ShopScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ShopScopeRequirement requirement)
    {
        var scopes = context.User.FindAll(AdminTokens.ShopClaim).Select(c => c.Value).ToList();
        if (scopes.Count == 0)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        if (context.Resource is HttpContext http
            && http.GetEndpoint()?.Metadata.GetMetadata<AllShopsOnly>() is null
            && TargetShop(http, configuration) is { } target
            && scopes.Contains(target, StringComparer.Ordinal))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, "This credential is limited to another shop."));
        }

        return Task.CompletedTask;
    }

    public static string? TargetShop(HttpContext http, IConfiguration configuration) =>
        http.Request.RouteValues.TryGetValue("shopId", out var route) && route is string shopId
            ? shopId
            : ShopParameter.Resolve(http.Request.Query["shop"], configuration);

    public static string? ShopOf(ClaimsPrincipal user) => user.FindFirstValue(AdminTokens.ShopClaim);
}
