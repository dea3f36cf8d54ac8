using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBuddy.Grains.Assistant.Routing;

/// <summary>One labelled training message for the intent classifier.</summary>
public sealed record Utterance(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("agent")] string Agent)
{
    private const string ResourceName = "assistant.training-utterances.jsonl";

    /// <summary>The training set shipped inside this assembly (grains/Assistant/Routing/training-utterances.jsonl).</summary>
    public static IReadOnlyList<Utterance> LoadShipped() => Parse(new MemoryStream(ShippedBytes()));

    public static byte[] ShippedBytes()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static IReadOnlyList<Utterance> Parse(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var utterances = new List<Utterance>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                utterances.Add(JsonSerializer.Deserialize<Utterance>(line) ?? throw new InvalidDataException($"Bad training line: {line}"));
            }
        }

        return utterances;
    }
}
