using System.Text.Json.Nodes;

namespace ChatBuddy.Tests.Emulators;

/// <summary>
/// Reads a chat completion request body and rejects, with the messages the OpenAI API uses, what it rejects,
/// including a tool conversation out of order, so code that would fail against the real API fails here too.
/// </summary>
internal static class ChatRequestParser
{
    private static readonly HashSet<string> Roles = ["system", "developer", "user", "assistant", "tool", "function"];

    public static ChatRequestView Parse(JsonNode? body, AzureRouteView? azure)
    {
        if (body is not JsonObject request)
        {
            throw new InvalidChatRequestException("We could not parse the JSON body of your request. The OpenAI API expects a JSON payload.");
        }

        var model = String(request, "model", "model") ?? azure?.Deployment
            ?? throw new InvalidChatRequestException("you must provide a model parameter");
        var messages = request["messages"] switch
        {
            null => throw new InvalidChatRequestException("Missing required parameter: 'messages'.", "messages", "missing_required_parameter"),
            JsonArray { Count: 0 } => throw new InvalidChatRequestException(
                "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.", "messages", "empty_array"),
            JsonArray array => array.Select((m, i) => Message(m, $"messages[{i}]")).ToList(),
            _ => throw InvalidType("messages", "an array"),
        };
        CheckToolTurns(messages);
        var stream = Bool(request, "stream");
        if (request["stream_options"] is not null && !stream)
        {
            throw new InvalidChatRequestException("The 'stream_options' parameter is only allowed when 'stream' is enabled.", "stream_options");
        }

        return new ChatRequestView(
            model,
            messages,
            Tools(request["tools"]),
            ResponseFormat(request["response_format"]),
            stream,
            request["stream_options"] is JsonObject options && Bool(options, "include_usage"),
            azure,
            request.DeepClone().AsObject());
    }

    private static ChatMessageView Message(JsonNode? node, string path)
    {
        if (node is not JsonObject message)
        {
            throw InvalidType(path, "an object");
        }

        var role = String(message, "role", $"{path}.role") ?? throw Missing($"{path}.role");
        if (!Roles.Contains(role))
        {
            throw new InvalidChatRequestException(
                $"Invalid value: '{role}'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.", $"{path}.role", "invalid_value");
        }

        var toolCallId = String(message, "tool_call_id", $"{path}.tool_call_id");
        if (role == "tool" && toolCallId is null)
        {
            throw Missing($"{path}.tool_call_id");
        }

        var toolCalls = message["tool_calls"] is JsonArray calls
            ? calls.Select((c, i) => ToolCall(c, $"{path}.tool_calls[{i}]")).ToList()
            : [];
        return new ChatMessageView(role, Content(message["content"], $"{path}.content"), toolCallId, toolCalls);
    }

    private static string? Content(JsonNode? content, string path) => content switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonArray parts => string.Concat(parts.OfType<JsonObject>().Where(p => String(p, "type", path) == "text").Select(p => String(p, "text", path))),
        _ => throw InvalidType(path, "one of a string or array of objects"),
    };

    private static ToolCallView ToolCall(JsonNode? node, string path)
    {
        var function = node?["function"] as JsonObject ?? throw Missing($"{path}.function");
        return new ToolCallView(
            String(node!.AsObject(), "id", $"{path}.id") ?? throw Missing($"{path}.id"),
            String(function, "name", $"{path}.function.name") ?? throw Missing($"{path}.function.name"),
            String(function, "arguments", $"{path}.function.arguments") ?? throw Missing($"{path}.function.arguments"));
    }

    // The API's own rules: a tool message answers a call of the assistant message before it,
    // and every call of an assistant message is answered before the conversation moves on.
    private static void CheckToolTurns(List<ChatMessageView> messages)
    {
        var unanswered = new List<string>();
        var callerIndex = -1;
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            if (message.Role == "tool")
            {
                if (callerIndex < 0)
                {
                    throw new InvalidChatRequestException(
                        "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.", $"messages.[{i}].role");
                }

                if (!unanswered.Remove(message.ToolCallId!) && !messages[callerIndex].ToolCalls.Any(c => c.Id == message.ToolCallId))
                {
                    throw new InvalidChatRequestException(
                        $"Invalid parameter: 'tool_call_id' of '{message.ToolCallId}' not found in 'tool_calls' of previous message.", $"messages.[{i}].tool_call_id");
                }

                continue;
            }

            ThrowIfUnanswered(unanswered, callerIndex);
            callerIndex = message.ToolCalls.Count > 0 ? i : -1;
            unanswered = message.ToolCalls.Select(c => c.Id).ToList();
        }

        ThrowIfUnanswered(unanswered, callerIndex);
    }

    private static void ThrowIfUnanswered(List<string> unanswered, int callerIndex)
    {
        if (unanswered.Count > 0)
        {
            throw new InvalidChatRequestException(
                "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. " +
                $"The following tool_call_ids did not have response messages: {string.Join(", ", unanswered)}", $"messages.[{callerIndex}].role");
        }
    }

    private static List<ChatToolView> Tools(JsonNode? tools) => tools switch
    {
        null => [],
        JsonArray array => array.Select((t, i) =>
        {
            var function = t?["function"] as JsonObject ?? throw Missing($"tools[{i}].function");
            return new ChatToolView(
                String(function, "name", $"tools[{i}].function.name") ?? throw Missing($"tools[{i}].function.name"),
                String(function, "description", $"tools[{i}].function.description"),
                function["parameters"]?.DeepClone());
        }).ToList(),
        _ => throw InvalidType("tools", "an array"),
    };

    private static ResponseFormatView? ResponseFormat(JsonNode? format)
    {
        if (format is null)
        {
            return null;
        }

        var type = format is JsonObject formatObject ? String(formatObject, "type", "response_format.type") : null;
        if (type != "json_schema")
        {
            return new ResponseFormatView(type ?? throw Missing("response_format.type"), null, null);
        }

        var schema = format["json_schema"] as JsonObject ?? throw Missing("response_format.json_schema");
        return new ResponseFormatView(
            type,
            String(schema, "name", "response_format.json_schema.name") ?? throw Missing("response_format.json_schema.name"),
            schema["schema"]?.DeepClone());
    }

    private static string? String(JsonObject node, string name, string path) => node[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? text) => text,
        _ => throw InvalidType(path, "a string"),
    };

    private static bool Bool(JsonObject node, string name) => node[name] switch
    {
        null => false,
        JsonValue value when value.TryGetValue(out bool flag) => flag,
        _ => throw InvalidType(name, "a boolean"),
    };

    private static InvalidChatRequestException Missing(string path) =>
        new($"Missing required parameter: '{path}'.", path, "missing_required_parameter");

    private static InvalidChatRequestException InvalidType(string path, string expected) =>
        new($"Invalid type for '{path}': expected {expected}.", path, "invalid_type");
}

/// <summary>A request the API answers with 400 and its <c>invalid_request_error</c> body.</summary>
internal sealed class InvalidChatRequestException(string message, string? param = null, string? code = null) : Exception(message)
{
    public string? Param { get; } = param;

    public string? Code { get; } = code;
}
