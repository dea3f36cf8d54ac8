namespace ChatBuddy.Frontend.Security;

/// <summary>Refuses every request from a blocked address (REST, hub negotiation, socket upgrade) with 403 problem+json.</summary>
public static class IpBlockGuard
{
    public static IApplicationBuilder UseIpBlockGuard(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var blockList = http.RequestServices.GetRequiredService<IpBlockList>();
        if (await blockList.IsBlockedAsync(http.Connection.RemoteIpAddress, http.RequestAborted))
        {
            await TypedResults.Problem(
                detail: "Requests from this address are blocked.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Address blocked").ExecuteAsync(http);
            return;
        }

        await next(http);
    });
}
