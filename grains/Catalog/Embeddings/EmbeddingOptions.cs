namespace ChatBuddy.Grains.Catalog.Embeddings;

/// <summary>
/// Which embedding model products and queries are embedded with (section <c>ChatBuddy:Embeddings</c>).
/// "local" (the default) needs no network; "openai" takes any OpenAI-compatible endpoint; "azure" an
/// Azure OpenAI deployment. Vectors of different models never mix: each is stored and searched under its model name.
/// </summary>
public sealed class EmbeddingOptions
{
    public const string Section = "ChatBuddy:Embeddings";

    public string Provider { get; set; } = "local";

    /// <summary>The model (OpenAI) or deployment (Azure) name.</summary>
    public string Model { get; set; } = "text-embedding-3-small";

    public int Dimensions { get; set; } = 1536;

    public string? ApiKey { get; set; }

    /// <summary>Base URL of an OpenAI-compatible server, or the Azure OpenAI resource endpoint.</summary>
    public string? Endpoint { get; set; }
}
