using System.Diagnostics;
using ChatBuddy.Grains.Catalog.Embeddings;
using ChatBuddy.Grains.Catalog.Search;
using ChatBuddy.Grains.Demo;
using ChatBuddy.Grains.Hosting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChatBuddy.Bench;

/// <summary>
/// Runs the labelled Hungarian search set on the demo shop once per embedding candidate (and once
/// with the vector list switched off), so the choice of the default embedding is a measurement.
/// </summary>
internal static class EmbeddingComparison
{
    public static async Task RunAsync(string connectionString, string evalPath)
    {
        await using var services = new ServiceCollection().AddChatBuddyData(connectionString).BuildServiceProvider();
        var db = services.GetRequiredService<NpgsqlDataSource>();
        await services.GetRequiredService<DemoShopLoader>().LoadAsync(DemoShopGenerator.Generate());
        await using var stream = File.OpenRead(evalPath);
        var queries = await SearchEvaluation.ReadAsync(stream);

        using var miniLm = new MiniLmEmbeddingGenerator();
        var candidates = new (string Name, IEmbeddingGenerator<string, Embedding<float>> Generator, SearchWeights Weights)[]
        {
            ("no vector list", new HashedNgramEmbeddingGenerator(), SearchWeights.Default with { Vector = 0 }),
            (HashedNgramEmbeddingGenerator.ModelId, new HashedNgramEmbeddingGenerator(), SearchWeights.Default),
            (MiniLmEmbeddingGenerator.ModelId, miniLm, SearchWeights.Default),
            ("vectors only: " + HashedNgramEmbeddingGenerator.ModelId, new HashedNgramEmbeddingGenerator(), new SearchWeights(0, 0, 1, 0, 0, 60, 100)),
            ("vectors only: " + MiniLmEmbeddingGenerator.ModelId, miniLm, new SearchWeights(0, 0, 1, 0, 0, 60, 100)),
        };
        Console.WriteLine($"\n{"candidate",-36} {"nDCG@10",8} {"Recall@5",9} {"MRR",6} {"embed/s",8}");
        foreach (var (name, generator, weights) in candidates)
        {
            var clock = Stopwatch.StartNew();
            var run = await new EmbeddingIndexer(db, generator).RefreshAsync("demo");
            var rate = run.Embedded > 0 ? run.Embedded / clock.Elapsed.TotalSeconds : double.NaN;
            var search = new ProductSearch(db, generator, TimeProvider.System) { Weights = weights };
            var summary = await SearchEvaluation.RunAsync(search, "demo", queries);
            Console.WriteLine($"{name,-36} {summary.Ndcg10,8:0.000} {summary.Recall5,9:0.000} {summary.Mrr,6:0.000} {rate,8:0}");
        }
    }
}
