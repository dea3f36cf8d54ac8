using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.GrainInterfaces.Tenants;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBuddy.Frontend.Webhooks;

/// <summary>
/// Platform webhooks under <c>/webhooks/shops/{shopId}/{platform}</c>: the raw body goes to the shop's
/// tenant grain, which verifies it (UNAS: X-Unas-Hmac; Shoprenter: the <c>token</c> in the URL), stores
/// it once and queues the re-fetch. Answers fast; never trusts the payload beyond what to re-fetch.
/// </summary>
public static class ShopWebhooksApi
{
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapShopWebhooksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/shops/{shopId}/{platform}", ReceiveAsync).WithTags("Webhooks").WithName("ShopWebhook");
        return app;
    }

    public static async Task<Results<Ok<WebhookAnswer>, ProblemHttpResult>> ReceiveAsync(string shopId, string platform, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ShopPlatform>(platform, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown platform", "Webhooks are accepted for 'shoprenter' and 'unas'.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Webhook too large", $"A webhook body may be at most {MaxBodyBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBodyBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Webhook too large", $"A webhook body may be at most {MaxBodyBytes} bytes.");
        }

        var webhook = new ShopWebhook(parsed, buffer.ToArray(), request.Headers["X-Unas-Hmac"].FirstOrDefault(), request.Query["token"].FirstOrDefault());
        return await grains.GetGrain<IShopTenantGrain>(shopId).AcceptWebhookAsync(webhook) switch
        {
            WebhookOutcome.Accepted => TypedResults.Ok(new WebhookAnswer("accepted")),
            WebhookOutcome.Duplicate => TypedResults.Ok(new WebhookAnswer("duplicate")),
            WebhookOutcome.Rejected => Problem(StatusCodes.Status401Unauthorized, "Signature mismatch", "The webhook's signature or token does not match this shop's webhook secret."),
            _ => Problem(StatusCodes.Status404NotFound, "Shop not connected", $"Shop '{shopId}' does not take {parsed} webhooks (no connection or no webhook secret)."),
        };
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}

/// <summary>What happened to a webhook.</summary>
public sealed record WebhookAnswer(string Status);
