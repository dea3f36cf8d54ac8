using ChatBuddy.Frontend.Security;
using ChatBuddy.Grains.Security.Audit;

namespace ChatBuddy.Frontend.Api;

/// <summary>
/// The admin API's guard: the <see cref="Policy"/> authorisation policy accepts an admin JWT, a shop's
/// API key (for that shop only) or the bootstrap <c>X-Admin-Key</c>; every call that passes is audited
/// with its actor and route name (never its body), and counts against the admin rate limits.
/// </summary>
public static class AdminAccess
{
    public const string Policy = "admin";

    /// <summary>Kept under its old name: every admin group calls it.</summary>
    public static RouteGroupBuilder RequireAdminKey(this RouteGroupBuilder group) => group.RequireAdmin();

    public static RouteGroupBuilder RequireAdmin(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(Policy).Limit(RateLimitBuckets.Admin).AddEndpointFilter(AuditAsync);
        return group;
    }

    private static async ValueTask<object?> AuditAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var route = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? http.Request.Path.ToString();
        var shopId = http.Request.RouteValues.TryGetValue("shopId", out var value) ? value as string : http.Request.Query["shop"].ToString() is { Length: > 0 } q ? q : null;
        var result = await next(context);
        await http.RequestServices.GetRequiredService<IAuditTrail>().RecordAsync(
            new AuditEvent(
                shopId is { Length: <= 100 } ? shopId : null,
                AdminTokens.ActorOf(http.User),
                AuditActions.AdminAction,
                route,
                new Dictionary<string, string> { ["method"] = http.Request.Method, ["status"] = StatusOf(result, http) }),
            CancellationToken.None);
        return result;
    }

    private static string StatusOf(object? result, HttpContext http) =>
        (result is IStatusCodeHttpResult { StatusCode: { } code } ? code : http.Response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
