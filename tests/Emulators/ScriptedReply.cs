using System.Text.Json;

namespace ChatBuddy.Tests.Emulators;

/// <summary>What the emulated model answers to one chat completion request: text, or one or more tool calls.</summary>
public sealed class ScriptedReply
{
    private ScriptedReply(string? content, IReadOnlyList<ScriptedToolCall> toolCalls)
    {
        Content = content;
        ToolCalls = toolCalls;
    }

    public string? Content { get; }

    public IReadOnlyList<ScriptedToolCall> ToolCalls { get; }

    public static ScriptedReply Text(string content) => new(content, []);

    /// <summary>Structured output: the text of <paramref name="value"/> serialized as JSON, as a model answers a <c>response_format</c>.</summary>
    public static ScriptedReply Json<T>(T value) => new(JsonSerializer.Serialize(value, JsonSerializerOptions.Web), []);

    public static ScriptedReply ToolCall(string name, string argumentsJson) => ParallelToolCalls((name, argumentsJson));

    /// <summary>Parallel tool calls: several calls in one assistant message.</summary>
    public static ScriptedReply ParallelToolCalls(params (string Name, string ArgumentsJson)[] calls)
    {
        ArgumentOutOfRangeException.ThrowIfZero(calls.Length);
        return new(null, calls.Select(c => new ScriptedToolCall(c.Name, Validated(c.ArgumentsJson))).ToList());
    }

    // A script with broken arguments is a bug in the test, not something to send over the wire.
    private static string Validated(string argumentsJson)
    {
        using var _ = JsonDocument.Parse(argumentsJson);
        return argumentsJson;
    }
}

/// <summary>One function call of a <see cref="ScriptedReply"/>; its <c>id</c> is minted when it is sent.</summary>
public sealed record ScriptedToolCall(string Name, string ArgumentsJson);
