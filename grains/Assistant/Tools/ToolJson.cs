using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBuddy.Grains.Assistant.Tools;

/// <summary>How tool arguments and results are written for models: snake_case, nulls left out.</summary>
public static class ToolJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
