namespace ChatBuddy.Grains.Catalog.Search;

/// <summary>What a query can name in one shop: its brands and its category words (folded → as written).</summary>
public sealed record ShopLexicon(IReadOnlyDictionary<string, string> Brands, IReadOnlyDictionary<string, string> Categories)
{
    public static ShopLexicon Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());
}
