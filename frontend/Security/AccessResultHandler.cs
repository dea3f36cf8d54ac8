using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ChatBuddy.Frontend.Security;

/// <summary>Refusals of the admin policy as problem+json that say which credential to send.</summary>
public sealed class AccessResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            await TypedResults.Problem(
                detail: "Send an admin token (Authorization: Bearer <jwt>), an API key (X-Api-Key: cbk_…) or the bootstrap X-Admin-Key.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Not authorised").ExecuteAsync(context);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            var reason = authorizeResult.AuthorizationFailure?.FailureReasons.FirstOrDefault()?.Message ?? "This credential may not do this.";
            await TypedResults.Problem(detail: reason, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(context);
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
