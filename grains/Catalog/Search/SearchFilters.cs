using System.Text.Json.Serialization;

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

    [JsonIgnore]
    public bool IsEmpty =>
        MinPrice is null && MaxPrice is null && Colours.Count == 0 && Sizes.Count == 0 && Gender is null && Brands.Count == 0 && !InStock && !OnSale && !Cheap;

    /// <summary>"olcsó": no stated limit, so cheaper products rank higher instead of others being cut.</summary>
    public bool Cheap { get; init; }
}
