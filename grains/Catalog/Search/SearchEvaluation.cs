using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBuddy.Grains.Import;

namespace ChatBuddy.Grains.Catalog.Search;

/// <summary>One labelled query: the SKUs that answer it fully and those that answer it partly.</summary>
public sealed record LabelledQuery(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("relevant")] IReadOnlyList<string> Relevant,
    [property: JsonPropertyName("partially_relevant")] IReadOnlyList<string>? PartiallyRelevant,
    [property: JsonPropertyName("kind")] string? Kind);

/// <summary>How one query scored.</summary>
public sealed record QueryScore(LabelledQuery Query, double Ndcg10, double Recall5, double ReciprocalRank, int PriceViolations, IReadOnlyList<string> Top);

/// <summary>The averages over a labelled set.</summary>
public sealed record EvaluationSummary(int Queries, double Ndcg10, double Recall5, double Mrr, int PriceViolations, IReadOnlyList<QueryScore> Scores);

/// <summary>
/// nDCG@10 with graded gains (relevant 2, partially relevant 1), Recall@5 of the relevant set (capped:
/// the relevant SKUs in the top 5 over min(5, |relevant|)), and MRR of the first relevant SKU.
/// </summary>
public static class SearchEvaluation
{
    public static async Task<IReadOnlyList<LabelledQuery>> ReadAsync(Stream jsonLines, CancellationToken cancellationToken = default)
    {
        var queries = new List<LabelledQuery>();
        await foreach (var line in JsonLinesReader.ReadAsync(jsonLines, cancellationToken: cancellationToken))
        {
            if (line.ReadError is { } error)
            {
                throw new InvalidDataException($"line {line.Number}: {error}");
            }

            try
            {
                var query = JsonSerializer.Deserialize<LabelledQuery>(line.Text!) ?? throw new InvalidDataException($"line {line.Number}: empty");
                if (string.IsNullOrWhiteSpace(query.Query) || query.Relevant is null || query.Relevant.Count == 0)
                {
                    throw new InvalidDataException($"line {line.Number}: needs a 'query' and at least one 'relevant' SKU");
                }

                queries.Add(query);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"line {line.Number}: {ex.Message}", ex);
            }
        }

        return queries;
    }

    public static async Task<EvaluationSummary> RunAsync(ProductSearch search, string shopId, IReadOnlyList<LabelledQuery> queries, CancellationToken cancellationToken = default)
    {
        var scores = new List<QueryScore>();
        foreach (var query in queries)
        {
            var response = await search.SearchAsync(shopId, query.Query, 10, cancellationToken);
            scores.Add(Score(query, response));
        }

        return new EvaluationSummary(
            scores.Count,
            scores.Average(s => s.Ndcg10),
            scores.Average(s => s.Recall5),
            scores.Average(s => s.ReciprocalRank),
            scores.Sum(s => s.PriceViolations),
            scores);
    }

    public static QueryScore Score(LabelledQuery query, SearchResponse response)
    {
        var top = response.Results.Select(r => r.Sku).ToList();
        var relevant = query.Relevant.ToHashSet(StringComparer.Ordinal);
        var partial = (query.PartiallyRelevant ?? []).Where(s => !relevant.Contains(s)).ToHashSet(StringComparer.Ordinal);

        double Gain(string sku) => relevant.Contains(sku) ? 2 : partial.Contains(sku) ? 1 : 0;
        var dcg = top.Take(10).Select((sku, i) => Gain(sku) / Math.Log2(i + 2)).Sum();
        var ideal = relevant.Select(_ => 2.0).Concat(partial.Select(_ => 1.0)).Take(10).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        var recall = (double)top.Take(5).Count(relevant.Contains) / Math.Min(5, relevant.Count);
        var firstRelevant = top.FindIndex(relevant.Contains);
        var violations = response.Results.Count(r =>
            (response.Filters.MaxPrice is { } max && (r.SalePrice ?? r.Price) > max) ||
            (response.Filters.MinPrice is { } min && (r.SalePrice ?? r.Price) < min));
        return new QueryScore(query, ideal > 0 ? dcg / ideal : 0, recall, firstRelevant >= 0 ? 1.0 / (firstRelevant + 1) : 0, violations, top);
    }
}
