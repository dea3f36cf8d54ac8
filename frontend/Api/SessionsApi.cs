using ChatBuddy.Frontend.Realtime;
using ChatBuddy.Frontend.Security;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Conversations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBuddy.Frontend.Api;

/// <summary>
/// <c>POST /api/v1/sessions?shop=ID</c>: a new conversation's id and its signed token, for the hub,
/// the plain socket and the chat API. Only pages whose origin the shop allows get one.
/// </summary>
public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/sessions").WithTags("Chat")
            .MapPost("/", CreateAsync).WithName("CreateSession").RequireCors(ShopCorsPolicyProvider.PolicyName).Limit(RateLimitBuckets.Sessions);
        return app;
    }

    public static async Task<Results<Created<NewSession>, ProblemHttpResult>> CreateAsync(
        string? shop, HttpContext http, IGrainFactory grains, SessionTokens tokens, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var shopId = ShopParameter.Resolve(shop, configuration);
        if (await grains.GetGrain<IShopTenantGrain>(shopId).GetSettingsAsync() is not { } settings)
        {
            return TypedResults.Problem(detail: "No shop with this id is registered.", statusCode: StatusCodes.Status404NotFound, title: "Unknown shop");
        }

        if (!OriginPolicy.IsAllowed(http.Request, settings))
        {
            return TypedResults.Problem(detail: "This page's origin is not in the shop's allowed origins.", statusCode: StatusCodes.Status403Forbidden, title: "Origin not allowed");
        }

        var sessionId = Guid.CreateVersion7();
        return TypedResults.Created((string?)null, new NewSession(sessionId, await tokens.IssueAsync(shopId, sessionId, cancellationToken)));
    }
}

public sealed record NewSession(Guid SessionId, string Token);
