namespace ChatBuddy.Grains.Catalog.Search;

/// <summary>Constraints understood from a query; each one is applied in SQL.</summary>
public sealed record SearchFilters
{
    public int? MinPrice { get; init; }

    public int? MaxPrice { get; init; }

    public IReadOnlyList<string> Colours { get; init; } = [];

    public IReadOnlyList<string> Sizes { get; init; } = [];

    public string? Gender { get; init; }

    public IReadOnlyList<string> Brands { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public bool InStock { get; init; }

    public bool OnSale { get; init; }

    /// <summary>"olcsó": no stated limit, so cheaper products rank higher instead of others being cut.</summary>
    public bool Cheap { get; init; }
}
