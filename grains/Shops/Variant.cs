namespace ChatBuddy.Grains.Shops;

/// <summary>
/// One buyable variant of a product and its option values: a child product with its own SKU (a
/// Shoprenter child, a UNAS Types child), or a UNAS variant combination (no own SKU: the parent's SKU
/// and the values; <see cref="Stock"/> per combination, <see cref="ExtraPrice"/> on top of the parent's gross price).
/// </summary>
public sealed record Variant(string ExternalId, string ParentExternalId, string Sku, IReadOnlyDictionary<string, string> Options, int? Stock = null, decimal ExtraPrice = 0);
