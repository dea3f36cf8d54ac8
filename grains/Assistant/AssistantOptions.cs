namespace ChatBuddy.Grains.Assistant;

/// <summary>
/// Which language model answers (section <c>ChatBuddy:Ai</c>): "offline" (the default: no network,
/// no key), "openai", "azure" (Azure OpenAI deployment) or "compatible" (any OpenAI-compatible base
/// URL such as Ollama or vLLM). Routing stays on the offline classifier whichever model answers.
/// </summary>
public sealed class AssistantOptions
{
    public const string Section = "ChatBuddy:Ai";

    public string Provider { get; set; } = "offline";

    public bool IsOffline => Provider.Equals("offline", StringComparison.OrdinalIgnoreCase);

    /// <summary>The model (OpenAI, compatible) or deployment (Azure) name.</summary>
    public string Model { get; set; } = "gpt-4o";

    public string? ApiKey { get; set; }

    /// <summary>Base URL of an OpenAI-compatible server, or the Azure OpenAI resource endpoint.</summary>
    public string? Endpoint { get; set; }
}
