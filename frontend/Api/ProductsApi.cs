using ChatBuddy.Frontend.Security;
using ChatBuddy.Grains.Catalog.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBuddy.Frontend.Api;

/// <summary>Product search and details under <c>/api/v1/products</c>; the shop is <c>?shop=</c> (default: the configured shop).</summary>
public static class ProductsApi
{
    public const int MaxQueryLength = 500;

    public static IEndpointRouteBuilder MapProductsApi(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/api/v1/products").WithTags("Products").Limit(RateLimitBuckets.Catalog);
        products.MapGet("/search", SearchAsync).WithName("SearchProducts");
        products.MapGet("/{sku}", GetAsync).WithName("GetProduct");
        return app;
    }

    public static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(
        string? q, int? limit, string? shop, ProductSearch search, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problem(StatusCodes.Status400BadRequest, "Missing query", "Give the search words in 'q'.");
        }

        if (q.Length > MaxQueryLength)
        {
            return Problem(StatusCodes.Status400BadRequest, "Query too long", $"'q' may be at most {MaxQueryLength} characters.");
        }

        if (limit is < 1 or > ProductSearch.MaxLimit)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid limit", $"'limit' must be between 1 and {ProductSearch.MaxLimit}.");
        }

        var cleaned = new string(q.Where(c => !char.IsControl(c)).ToArray());
        return TypedResults.Ok(await search.SearchAsync(ShopParameter.Resolve(shop, configuration), cleaned, limit ?? 10, cancellationToken));
    }

    public static async Task<Results<Ok<ProductHit>, ProblemHttpResult>> GetAsync(
        string sku, string? shop, ProductSearch search, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (sku.Length > 64 || sku.Any(char.IsControl))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid SKU", "A SKU is at most 64 characters, without control characters.");
        }

        return await search.GetAsync(ShopParameter.Resolve(shop, configuration), sku, cancellationToken) is { } product
            ? TypedResults.Ok(product)
            : Problem(StatusCodes.Status404NotFound, "Product not found", "No product with that SKU.");
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
