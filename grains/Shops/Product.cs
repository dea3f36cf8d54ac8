namespace ChatBuddy.Grains.Shops;

/// <summary>A product as any platform describes it, normalised (numbers parsed, empty values null, times as instants).</summary>
public sealed record Product(
    string ExternalId,
    string Sku,
    string Name,
    string Description,
    bool Active,
    IReadOnlyList<string> CategoryIds,
    decimal TaxRate,
    IReadOnlyList<Price> Prices,
    IReadOnlyList<Stock> Stocks,
    IReadOnlyList<Variant> Variants,
    string? Brand,
    string? Url,
    string? ImageUrl,
    DateTimeOffset UpdatedAt,
    string? ParentExternalId = null,
    IReadOnlyDictionary<string, string>? Options = null)
{
    /// <summary>The everyday gross price for everyone (no customer group).</summary>
    public Price? NormalPrice => Prices.FirstOrDefault(p => p.Type == PriceType.Normal && p.GroupId is null);

    /// <summary>A sale price for everyone that is valid at <paramref name="at"/>.</summary>
    public Price? SalePriceAt(DateTimeOffset at) => Prices
        .Where(p => p.Type == PriceType.Sale && p.GroupId is null && (p.From is null || p.From <= at) && (p.To is null || at < p.To))
        .MinBy(p => p.Gross);

    public int TotalStock => Stocks.Sum(s => s.Quantity);

    /// <summary>This product as a variant of its parent, when it is a child product.</summary>
    public Variant? AsVariant => ParentExternalId is { } parent ? new Variant(ExternalId, parent, Sku, Options ?? new Dictionary<string, string>(), TotalStock) : null;
}
