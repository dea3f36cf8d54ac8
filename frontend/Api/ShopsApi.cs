using System.Text.RegularExpressions;
using ChatBuddy.Frontend.Security;
using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Carts;
using ChatBuddy.GrainInterfaces.Tenants;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBuddy.Frontend.Api;

/// <summary>Shop settings, policy pages and carts under <c>/api/v1/shops/{shopId}</c>.</summary>
public static partial class ShopsApi
{
    public static IEndpointRouteBuilder MapShopsApi(this IEndpointRouteBuilder app)
    {
        var shops = app.MapGroup("/api/v1/shops/{shopId}").WithTags("Shops").Limit(RateLimitBuckets.Catalog);
        shops.MapGet("/", GetShopAsync).WithName("GetShop");
        shops.MapGet("/policies", GetPoliciesAsync).WithName("ListPolicies");
        shops.MapGet("/policies/{kind}", GetPolicyAsync).WithName("GetPolicy");
        shops.MapGet("/carts/{cartId:guid}", GetCartAsync).WithName("GetCart");
        shops.MapPost("/carts/{cartId:guid}/items", AddCartItemAsync).WithName("AddCartItem");
        return app;
    }

    public static async Task<Results<Ok<ShopSettings>, ProblemHttpResult>> GetShopAsync(string shopId, IGrainFactory grains)
    {
        if (await FindShopAsync(shopId, grains) is not { } settings)
        {
            return ShopNotFound(shopId);
        }

        return TypedResults.Ok(settings);
    }

    public static async Task<Results<Ok<IReadOnlyList<PolicyPage>>, ProblemHttpResult>> GetPoliciesAsync(string shopId, IGrainFactory grains)
    {
        if (await FindShopAsync(shopId, grains) is null)
        {
            return ShopNotFound(shopId);
        }

        return TypedResults.Ok(await grains.GetGrain<IShopTenantGrain>(shopId).GetPoliciesAsync());
    }

    public static async Task<Results<Ok<PolicyPage>, ProblemHttpResult>> GetPolicyAsync(string shopId, string kind, IGrainFactory grains)
    {
        if (await FindShopAsync(shopId, grains) is null)
        {
            return ShopNotFound(shopId);
        }

        var policies = await grains.GetGrain<IShopTenantGrain>(shopId).GetPoliciesAsync();
        return policies.FirstOrDefault(p => string.Equals(p.Kind, kind, StringComparison.OrdinalIgnoreCase)) is { } policy
            ? TypedResults.Ok(policy)
            : Problem(StatusCodes.Status404NotFound, "Policy not found", $"The shop has no '{kind}' page.");
    }

    public static async Task<Results<Ok<CartSnapshot>, ProblemHttpResult>> GetCartAsync(string shopId, Guid cartId, IGrainFactory grains)
    {
        if (await FindShopAsync(shopId, grains) is null)
        {
            return ShopNotFound(shopId);
        }

        return TypedResults.Ok(await Cart(grains, shopId, cartId).GetAsync());
    }

    public static async Task<Results<Ok<CartSnapshot>, ProblemHttpResult>> AddCartItemAsync(string shopId, Guid cartId, AddCartItemRequest request, IGrainFactory grains)
    {
        if (await FindShopAsync(shopId, grains) is null)
        {
            return ShopNotFound(shopId);
        }

        if (string.IsNullOrWhiteSpace(request.Sku) || request.Sku.Length > 64 || request.Sku.Any(char.IsControl))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid SKU", "'sku' must be 1 to 64 characters, without control characters.");
        }

        var result = await Cart(grains, shopId, cartId).AddItemAsync(request.Sku, request.Quantity ?? 1);
        return result.Error switch
        {
            null => TypedResults.Ok(result.Cart),
            CartError.UnknownProduct => Problem(StatusCodes.Status404NotFound, "Unknown product", $"No product with SKU '{request.Sku}'."),
            CartError.OutOfStock => Problem(StatusCodes.Status409Conflict, "Not enough stock", "The shop does not have that many in stock."),
            CartError.InvalidQuantity => Problem(StatusCodes.Status400BadRequest, "Invalid quantity", "'quantity' must be between 1 and 99."),
            _ => Problem(StatusCodes.Status409Conflict, "Cart already ordered", "This cart has been checked out."),
        };
    }

    private static ICustomerCartGrain Cart(IGrainFactory grains, string shopId, Guid cartId) =>
        grains.GetGrain<ICustomerCartGrain>(GrainKeys.ForShop(shopId, cartId.ToString()));

    private static async Task<ShopSettings?> FindShopAsync(string shopId, IGrainFactory grains) =>
        ShopIdPattern().IsMatch(shopId) ? await grains.GetGrain<IShopTenantGrain>(shopId).GetSettingsAsync() : null;

    private static ProblemHttpResult ShopNotFound(string shopId) =>
        Problem(StatusCodes.Status404NotFound, "Shop not found", $"No shop is registered as '{Truncate(shopId)}'.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    private static string Truncate(string text) => text.Length <= 64 ? text : text[..64] + "…";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex ShopIdPattern();
}

/// <summary>A product to put into a cart; quantity defaults to 1.</summary>
public sealed record AddCartItemRequest(string Sku, int? Quantity);
