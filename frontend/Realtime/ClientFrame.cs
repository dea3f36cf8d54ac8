using System.Text.Json;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>A frame a plain-socket client sent, read leniently: a problem is a message for the client, never an exception.</summary>
public sealed record ClientFrame(string Type, string? Token, int LastSeq, string? ClientId, string? Text, string? CustomerToken = null)
{
    public const string Hello = "hello";
    public const string Message = "message";
    public const string QuickReply = "quick_reply";
    public const string Typing = "typing";
    public const string Ping = "ping";

    /// <summary>The frame, or null with the reason it is not one.</summary>
    public static (ClientFrame? Frame, string? Problem) Parse(ReadOnlySpan<byte> utf8)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 8 });
            if (!JsonDocument.TryParseValue(ref reader, out var parsed))
            {
                return (null, "The frame is not JSON.");
            }

            document = parsed;
        }
        catch (JsonException)
        {
            return (null, "The frame is not JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return (null, "A frame is a JSON object with a string 'type'.");
            }

            var name = type.GetString()!;
            return name switch
            {
                Hello when String(root, "token") is { } token => (new ClientFrame(name, token, Int(root, "last_seq"), null, null, String(root, "customer_token")), null),
                Hello => (null, "'hello' needs 'token' (and 'last_seq', the highest seq already shown)."),
                Message when String(root, "client_id") is { } id && String(root, "text") is { } text => (new ClientFrame(name, null, 0, id, text), null),
                Message => (null, "'message' needs string 'client_id' and 'text'."),
                QuickReply when String(root, "client_id") is { } id && String(root, "payload") is { } payload => (new ClientFrame(name, null, 0, id, payload), null),
                QuickReply => (null, "'quick_reply' needs string 'client_id' and 'payload'."),
                Typing or Ping => (new ClientFrame(name, null, 0, null, null), null),
                _ => (null, $"Unknown frame type '{Truncate(name)}'; expected hello, message, quick_reply, typing or ping."),
            };
        }
    }

    private static string? String(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") is valid JSON but no string; the frame is refused like a missing field.
            return null;
        }
    }

    private static int Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : 0;

    private static string Truncate(string text) => text.Length > 40 ? text[..40] : text;
}
