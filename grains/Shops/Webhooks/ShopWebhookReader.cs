using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatBuddy.GrainInterfaces.Shops;

namespace ChatBuddy.Grains.Shops.Webhooks;

/// <summary>
/// Checks a webhook against the shop's secret and reduces it to a re-fetch trigger. UNAS signs the raw
/// body (X-Unas-Hmac = base64 HMAC-SHA256); Shoprenter signs nothing, so its webhook URL carries a
/// secret token instead. Payloads are never trusted beyond naming what to re-fetch.
/// </summary>
public static class ShopWebhookReader
{
    public static bool IsAuthentic(ShopWebhook webhook, string secret)
    {
        if (webhook.Platform == ShopPlatform.Unas)
        {
            var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), webhook.Body);
            return webhook.Signature is { } signature && TryBase64(signature, out var given) && CryptographicOperations.FixedTimeEquals(expected, given);
        }

        return webhook.Token is { } token && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(secret));
    }

    /// <summary>The event and the order it names, when the payload says; an unreadable payload still triggers an incremental sync.</summary>
    public static ShopEvent Read(ShopWebhook webhook)
    {
        try
        {
            using var document = JsonDocument.Parse(webhook.Body);
            var root = document.RootElement;
            if (webhook.Platform == ShopPlatform.Shoprenter)
            {
                var order = root.TryGetProperty("orders", out var orders) && orders.TryGetProperty("order", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0 ? list[0] : default;
                var resource = order.Text("innerResourceId");
                return new ShopEvent(webhook.Platform, "order", resource?.Split('/')[^1]);
            }

            return new ShopEvent(webhook.Platform, root.Text("event") ?? "unknown", root.Text("orderKey"));
        }
        catch (JsonException)
        {
            return new ShopEvent(webhook.Platform, "unknown", null);
        }
    }

    public static string DedupeKey(ShopWebhook webhook) => Convert.ToHexStringLower(SHA256.HashData(webhook.Body));

    private static bool TryBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var written) && (bytes = bytes[..written]).Length > 0;
    }
}
