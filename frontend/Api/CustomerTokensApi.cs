using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Customers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBuddy.Frontend.Api;

/// <summary>
/// <c>POST /api/v1/admin/shops/{shopId}/customer-token-keys</c>: a new key for the shop to sign its
/// logged-in shoppers' tokens with. The secret is shown only in this response; the previous key keeps
/// working until the next rotation.
/// </summary>
public static class CustomerTokensApi
{
    public static IEndpointRouteBuilder MapCustomerTokensApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/admin/shops").WithTags("Admin").RequireAdminKey()
            .MapPost("/{shopId}/customer-token-keys", RotateAsync).WithName("RotateCustomerTokenKey");
        return app;
    }

    public static async Task<Results<Created<CustomerTokenKey>, ProblemHttpResult>> RotateAsync(
        string shopId, IGrainFactory grains, CustomerTokens tokens, CancellationToken cancellationToken)
    {
        if (shopId.Length > 100 || await grains.GetGrain<IShopTenantGrain>(shopId).GetSettingsAsync() is null)
        {
            return TypedResults.Problem(detail: "No shop with this id is registered.", statusCode: 404, title: "Unknown shop");
        }

        var key = await tokens.RotateAsync(shopId, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/shops/{shopId}/customer-token-keys/{key.Kid}", key);
    }
}
