namespace ChatBuddy.Frontend.Api;

/// <summary>
/// The shop an API call is about: <c>?shop=</c>, else the configured CHATBUDDY_SHOP, else the demo shop.
/// Control characters become U+FFFD, so a hostile id is simply an unknown shop (PostgreSQL text,
/// where grain state lives, cannot hold a NUL).
/// </summary>
public static class ShopParameter
{
    public static string Resolve(string? shop, IConfiguration configuration) =>
        shop is { Length: > 0 and <= 63 }
            ? string.Create(shop.Length, shop, (chars, id) =>
            {
                for (var i = 0; i < id.Length; i++)
                {
                    chars[i] = char.IsControl(id[i]) ? '\ufffd' : id[i];
                }
            })
            : configuration["CHATBUDDY_SHOP"] ?? "demo";
}
