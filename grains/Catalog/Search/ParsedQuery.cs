namespace ChatBuddy.Grains.Catalog.Search;

/// <summary>A shopper's query taken apart: the words to search for and the filters to apply.</summary>
public sealed record ParsedQuery(
    string Original,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> FoldedStems,
    IReadOnlyList<string> Expansions,
    SearchFilters Filters,
    string Language)
{
    /// <summary>Products a described need points to ("aludni a sátorban" → hálózsák); they rank above plain word matches.</summary>
    public IReadOnlyList<string> NeedTerms { get; init; } = [];

    public bool HasText => Terms.Count > 0 || Expansions.Count > 0;

    /// <summary>The text to embed: the content words and their expansions, without the filter words.</summary>
    public string SemanticText => string.Join(' ', Terms.Concat(Expansions).Distinct(StringComparer.Ordinal));
}
