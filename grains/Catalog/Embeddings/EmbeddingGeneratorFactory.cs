using System.ClientModel;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using OpenAI;

namespace ChatBuddy.Grains.Catalog.Embeddings;

/// <summary>Builds the configured <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>; the rest of the product only sees the interface.</summary>
public static class EmbeddingGeneratorFactory
{
    public static IEmbeddingGenerator<string, Embedding<float>> Create(EmbeddingOptions options) =>
        options.Provider.ToLowerInvariant() switch
        {
            "local" => new HashedNgramEmbeddingGenerator(),
            "openai" => OpenAi(options),
            "azure" => Azure(options),
            _ => throw new InvalidOperationException($"Unknown embedding provider '{options.Provider}' (use local, openai or azure)."),
        };

    private static IEmbeddingGenerator<string, Embedding<float>> OpenAi(EmbeddingOptions options)
    {
        var clientOptions = new OpenAIClientOptions();
        if (options.Endpoint is { Length: > 0 } endpoint)
        {
            clientOptions.Endpoint = new Uri(endpoint);
        }

        var key = options.ApiKey ?? Environment.GetEnvironmentVariable("OPENAI_API_KEY")
            ?? throw new InvalidOperationException("The openai embedding provider needs ChatBuddy:Embeddings:ApiKey (or OPENAI_API_KEY).");
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetEmbeddingClient(options.Model).AsIEmbeddingGenerator(options.Dimensions);
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Azure(EmbeddingOptions options)
    {
        var endpoint = options.Endpoint ?? throw new InvalidOperationException("The azure embedding provider needs ChatBuddy:Embeddings:Endpoint.");
        var key = options.ApiKey ?? throw new InvalidOperationException("The azure embedding provider needs ChatBuddy:Embeddings:ApiKey.");
        return new AzureOpenAIClient(new Uri(endpoint), new ApiKeyCredential(key)).GetEmbeddingClient(options.Model).AsIEmbeddingGenerator(options.Dimensions);
    }
}
