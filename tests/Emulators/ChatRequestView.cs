using System.Text.Json.Nodes;

namespace ChatBuddy.Tests.Emulators;

/// <summary>A chat completion request as the emulated model saw it: what scripts decide on and tests assert on.</summary>
public sealed record ChatRequestView(
    string Model,
    IReadOnlyList<ChatMessageView> Messages,
    IReadOnlyList<ChatToolView> Tools,
    ResponseFormatView? ResponseFormat,
    bool Stream,
    bool IncludeUsage,
    AzureRouteView? Azure,
    JsonObject Body)
{
    public string? SystemPrompt => Messages.FirstOrDefault(m => m.Role is "system" or "developer")?.Content;

    public ChatMessageView LastMessage => Messages[^1];

    public IEnumerable<string> ToolNames => Tools.Select(t => t.Name);

    /// <summary>Every tool message, joined to the call it answers; parsing guarantees each has one.</summary>
    public IReadOnlyList<ToolResultView> ToolResults => Messages
        .Where(m => m.Role == "tool")
        .Select(m => new ToolResultView(m.ToolCallId!, Messages.SelectMany(a => a.ToolCalls).First(c => c.Id == m.ToolCallId).Name, m.Content ?? ""))
        .ToList();
}

/// <summary>One message; <see cref="Content"/> joins the text parts of a multi-part content.</summary>
public sealed record ChatMessageView(string Role, string? Content, string? ToolCallId, IReadOnlyList<ToolCallView> ToolCalls);

public sealed record ToolCallView(string Id, string Name, string ArgumentsJson);

public sealed record ToolResultView(string ToolCallId, string ToolName, string Content);

public sealed record ChatToolView(string Name, string? Description, JsonNode? Parameters);

/// <summary><c>response_format</c>: <c>text</c>, <c>json_object</c> or <c>json_schema</c> (then with its name and schema).</summary>
public sealed record ResponseFormatView(string Type, string? SchemaName, JsonNode? Schema);

/// <summary>The parts of an Azure OpenAI request that travel in the URL.</summary>
public sealed record AzureRouteView(string Deployment, string ApiVersion);
