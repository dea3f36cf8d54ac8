namespace ChatBuddy.Grains.Shops;

/// <summary>One buyable variant of a product: its own SKU (a Shoprenter child product, a UNAS type child) and its option values.</summary>
public sealed record Variant(string ExternalId, string ParentExternalId, string Sku, IReadOnlyDictionary<string, string> Options);
