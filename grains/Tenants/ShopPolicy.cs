namespace ChatBuddy.Grains.Tenants;

/// <summary>One of a shop's policy pages (shipping, returns, payment, warranty, contact, …).</summary>
public sealed record ShopPolicy(string Kind, string Title, string Body, string? Url)
{
    public static IReadOnlyList<string> Kinds { get; } = ["shipping", "returns", "payment", "warranty", "contact", "privacy", "terms"];
}
