namespace ChatBuddy.GrainInterfaces.Shops;

/// <summary>A webhook as it arrived: the raw body (signatures cover its exact bytes), the UNAS X-Unas-Hmac signature, or the secret token of a Shoprenter webhook URL.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.ShopWebhook")]
public sealed record ShopWebhook(
    [property: Id(0)] ShopPlatform Platform,
    [property: Id(1)] byte[] Body,
    [property: Id(2)] string? Signature,
    [property: Id(3)] string? Token);
