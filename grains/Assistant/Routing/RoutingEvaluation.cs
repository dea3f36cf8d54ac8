using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBuddy.Grains.Import;

namespace ChatBuddy.Grains.Assistant.Routing;

/// <summary>A labelled message: its text and the agents that would be a right route.</summary>
public sealed record LabelledMessage(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("agents")] IReadOnlyList<string> Agents);

public sealed record RoutingOutcome(LabelledMessage Message, RouteDecision Decision)
{
    /// <summary>A clarifying question is not a right route: it costs the shopper a turn.</summary>
    public bool Correct => !Decision.Clarify && Message.Agents.Contains(Decision.Agent, StringComparer.Ordinal);
}

/// <summary>Accuracy of the coordinator on a labelled set of first messages (no conversation context).</summary>
public static class RoutingEvaluation
{
    public static async Task<IReadOnlyList<LabelledMessage>> ReadAsync(Stream jsonLines, CancellationToken cancellationToken = default)
    {
        var messages = new List<LabelledMessage>();
        await foreach (var line in JsonLinesReader.ReadAsync(jsonLines, cancellationToken: cancellationToken))
        {
            if (line.ReadError is { } error)
            {
                throw new InvalidDataException($"line {line.Number}: {error}");
            }

            try
            {
                var message = JsonSerializer.Deserialize<LabelledMessage>(line.Text!);
                if (message is null || string.IsNullOrWhiteSpace(message.Text) || message.Agents is not { Count: > 0 }
                    || message.Agents.Any(a => !AgentNames.All.Contains(a, StringComparer.Ordinal)))
                {
                    throw new InvalidDataException($"line {line.Number}: needs 'text' and 'agents' from {string.Join(", ", AgentNames.All)}");
                }

                messages.Add(message);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"line {line.Number}: {ex.Message}", ex);
            }
        }

        return messages;
    }

    public static IReadOnlyList<RoutingOutcome> Run(Coordinator coordinator, IEnumerable<LabelledMessage> messages, DateOnly today) =>
        messages.Select(m => new RoutingOutcome(m, coordinator.Route(m.Text, new ConversationMemory(), today))).ToList();
}
