namespace ChatBuddy.Grains.Demo;

/// <summary>Product attributes in the order they were set, so the JSON is the same on every run.</summary>
internal sealed class ProductAttributes
{
    public OrderedDictionary<string, object> Values { get; } = new(StringComparer.Ordinal);

    public static ProductAttributes Of(params (string Key, string Value)[] pairs)
    {
        var attributes = new ProductAttributes();
        foreach (var (key, value) in pairs)
        {
            attributes.Set(key, value);
        }

        return attributes;
    }

    public ProductAttributes Set(string key, string value)
    {
        Values[key] = value;
        return this;
    }

    public ProductAttributes Set(string key, IEnumerable<string> values)
    {
        Values[key] = values.ToArray();
        return this;
    }
}

/// <summary>
/// What a category template decides about a product; the builder adds SKU, sale, stock and links.
/// A durable good falls under the mandatory-warranty decree, so the builder adds "garancia" by price band.
/// </summary>
internal sealed record ProductDraft(
    string Category,
    string SkuPrefix,
    string Brand,
    string Name,
    string Description,
    int Price,
    ProductAttributes Attributes,
    bool Durable = false);

internal sealed record DemoProduct(
    string Sku,
    string Name,
    string Description,
    string Category,
    string Brand,
    int Price,
    int? SalePrice,
    int Stock,
    string Url,
    string ImageUrl,
    OrderedDictionary<string, object> Attributes)
{
    /// <summary>What the shopper pays today.</summary>
    public int EffectivePrice => SalePrice ?? Price;

    /// <summary>The top level of the category path, e.g. "Sport".</summary>
    public string Department => Category[..Category.IndexOf(" > ", StringComparison.Ordinal)];
}
