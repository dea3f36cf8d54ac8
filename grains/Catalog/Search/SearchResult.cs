namespace ChatBuddy.Grains.Catalog.Search;

/// <summary>The answer to a search: the understood query and the ranked products.</summary>
public sealed record SearchResponse(string Query, SearchFilters Filters, string Language, IReadOnlyList<ProductHit> Results);

/// <summary>One product in a result list, with the fused relevance score.</summary>
public sealed record ProductHit(
    string Sku,
    string Name,
    string? Category,
    string? Brand,
    int Price,
    int? SalePrice,
    string Currency,
    bool InStock,
    string? Url,
    double Score);
