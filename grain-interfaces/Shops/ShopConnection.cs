namespace ChatBuddy.GrainInterfaces.Shops;

/// <summary>
/// Where and how to reach one shop's platform API. Shoprenter uses <see cref="ClientId"/> and
/// <see cref="Secret"/> (OAuth2 client credentials); UNAS uses <see cref="Secret"/> as the API key and
/// <see cref="Package"/> ("premium" or "vip") for its hourly call budget. Secrets never appear in
/// <see cref="ToString"/>, so they never reach a log.
/// </summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.ShopConnection")]
public sealed record ShopConnection(
    [property: Id(0)] ShopPlatform Platform,
    [property: Id(1)] Uri BaseUrl,
    [property: Id(2)] string? ClientId,
    [property: Id(3)] string Secret,
    [property: Id(4)] string Package = "premium",
    [property: Id(5)] string? WebhookSecret = null)
{
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!BaseUrl.IsAbsoluteUri || BaseUrl.Scheme is not ("http" or "https"))
        {
            problems.Add("the base URL must be an absolute http(s) URL");
        }

        if (string.IsNullOrWhiteSpace(Secret))
        {
            problems.Add(Platform == ShopPlatform.Unas ? "the UNAS API key is required" : "the client secret is required");
        }

        if (Platform == ShopPlatform.Shoprenter && string.IsNullOrWhiteSpace(ClientId))
        {
            problems.Add("the Shoprenter client id is required");
        }

        if (Platform == ShopPlatform.Unas && Package is not ("premium" or "vip"))
        {
            problems.Add("the UNAS package must be 'premium' or 'vip'");
        }

        return problems;
    }

    public override string ToString() => $"{Platform} {BaseUrl} (client {ClientId ?? "-"}, secret ***)";
}
