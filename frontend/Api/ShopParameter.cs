namespace ChatBuddy.Frontend.Api;

/// <summary>The shop an API call is about: <c>?shop=</c>, else the configured CHATBUDDY_SHOP, else the demo shop.</summary>
public static class ShopParameter
{
    public static string Resolve(string? shop, IConfiguration configuration) =>
        shop is { Length: > 0 and <= 63 } ? shop : configuration["CHATBUDDY_SHOP"] ?? "demo";
}
