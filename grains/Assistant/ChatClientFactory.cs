using System.ClientModel;
using Azure.AI.OpenAI;
using ChatBuddy.Grains.Assistant.Offline;
using Microsoft.Extensions.AI;
using OpenAI;

namespace ChatBuddy.Grains.Assistant;

/// <summary>Builds the configured <see cref="IChatClient"/>; agents, tools and grounding never know which one it is.</summary>
public static class ChatClientFactory
{
    public static IChatClient Create(AssistantOptions options, ReplyTemplates templates, TimeProvider clock) =>
        options.Provider.ToLowerInvariant() switch
        {
            "offline" => new OfflineChatClient(templates, clock),
            "openai" => OpenAi(options, options.ApiKey ?? Environment.GetEnvironmentVariable("OPENAI_API_KEY")
                ?? throw new InvalidOperationException("The openai provider needs ChatBuddy:Ai:ApiKey (or OPENAI_API_KEY).")),
            "compatible" => OpenAi(options, options.ApiKey ?? "unused"),
            "azure" => new AzureOpenAIClient(
                    new Uri(options.Endpoint ?? throw new InvalidOperationException("The azure provider needs ChatBuddy:Ai:Endpoint.")),
                    new ApiKeyCredential(options.ApiKey ?? throw new InvalidOperationException("The azure provider needs ChatBuddy:Ai:ApiKey.")))
                .GetChatClient(options.Model).AsIChatClient(),
            _ => throw new InvalidOperationException($"Unknown AI provider '{options.Provider}' (use offline, openai, azure or compatible)."),
        };

    private static IChatClient OpenAi(AssistantOptions options, string key)
    {
        var clientOptions = new OpenAIClientOptions();
        if (options.Endpoint is { Length: > 0 } endpoint)
        {
            clientOptions.Endpoint = new Uri(endpoint);
        }
        else if (options.Provider.Equals("compatible", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("The compatible provider needs ChatBuddy:Ai:Endpoint (e.g. http://127.0.0.1:11434/v1).");
        }

        return new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetChatClient(options.Model).AsIChatClient();
    }
}
