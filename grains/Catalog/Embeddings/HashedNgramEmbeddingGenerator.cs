using ChatBuddy.Grains.Catalog.Search;
using Microsoft.Extensions.AI;

namespace ChatBuddy.Grains.Catalog.Embeddings;

/// <summary>
/// A local embedding that needs no model and no network: accent-folded character 3–5-grams of every
/// word (plus the word itself) hashed into a fixed number of signed dimensions and L2-normalised.
/// It is lexical, not semantic — strong on Hungarian morphology ("futócipőt" ~ "futócipő") and
/// typos, blind to meaning ("laptop" is not near "notebook"); synonyms are the query parser's job.
/// </summary>
public sealed class HashedNgramEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelId = "hashgram-384-v1";
    public const int Dimensions = 384;
    private static readonly EmbeddingGeneratorMetadata Metadata = new("chatbuddy-local", null, ModelId, Dimensions);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            embeddings.Add(new Embedding<float>(Embed(value)) { ModelId = ModelId });
        }

        return Task.FromResult(embeddings);
    }

    public static float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in TextFolding.Words(TextFolding.Fold(text)))
        {
            Add(vector, "w:" + word, 2f);
            var padded = "<" + word + ">";
            for (var n = 3; n <= 5; n++)
            {
                for (var i = 0; i + n <= padded.Length; i++)
                {
                    Add(vector, padded.Substring(i, n), 1f);
                }
            }
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }

        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    private static void Add(float[] vector, string feature, float weight)
    {
        // FNV-1a: stable across processes and .NET versions, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in feature)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var index = (int)(hash % Dimensions);
        vector[index] += (hash >> 63) == 0 ? weight : -weight;
    }
}
