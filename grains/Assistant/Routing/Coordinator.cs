using ChatBuddy.Grains.Assistant.Offline;
using ChatBuddy.Grains.Assistant.Slots;
using ChatBuddy.Grains.Catalog.Search;

namespace ChatBuddy.Grains.Assistant.Routing;

/// <summary>
/// Routes each message to one agent: the intent classifier proposes, and the conversation decides
/// follow-ups — an order number always goes to orders, a contact detail answers the agent that asked
/// for it, a short refinement ("és kékben?", "a másodikat") stays with the product agents. Below the
/// confidence threshold it asks instead of guessing.
/// </summary>
public sealed class Coordinator(IntentClassifier classifier)
{
    /// <summary>Chosen on the held-out routing set (docs/routing): below it, asking beats guessing.</summary>
    public const double Threshold = 0.40;

    public RouteDecision Route(string text, ConversationMemory memory, DateOnly today)
    {
        var slots = SlotExtractor.Extract(text, today);
        var prediction = classifier.Predict(text);
        var last = memory.LastAgent;
        if (slots.OrderNumbers.Count > 0)
        {
            return new RouteDecision(AgentNames.OrderStatus, 1.0, "order number");
        }

        if (prediction.Agent == AgentNames.Human && prediction.Confidence >= 0.5)
        {
            return Decide(prediction, "asked for a person");
        }

        if (slots.HasContact && last is AgentNames.OrderStatus or AgentNames.Marketing && (prediction.Confidence < 0.8 || IsMostlyContact(text)))
        {
            return new RouteDecision(last, prediction.Confidence, "contact detail for the previous question");
        }

        if (last is AgentNames.ProductInfo or AgentNames.Recommendation && IsRefinement(text, slots, memory) && prediction.Confidence < 0.85)
        {
            return new RouteDecision(last, prediction.Confidence, "follow-up");
        }

        if (prediction.Confidence >= Threshold)
        {
            return Decide(prediction, "classifier");
        }

        if (last is not null && prediction.Agent == last)
        {
            return Decide(prediction, "classifier, same agent as before");
        }

        return new RouteDecision(AgentNames.General, prediction.Confidence, "low confidence", Clarify: true, [prediction.Agent, prediction.RunnerUp]);
    }

    private static RouteDecision Decide(IntentPrediction prediction, string reason) => new(prediction.Agent, prediction.Confidence, reason);

    /// <summary>"nagy.bence@example.com", "az e-mail címem x@y.hu": a contact with at most a few words around it.</summary>
    private static bool IsMostlyContact(string text) =>
        text.Split((char[])[' ', '\t', '\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Count(w => !w.Contains('@', StringComparison.Ordinal) && !w.Any(char.IsDigit)) <= 4;

    private static bool IsRefinement(string text, ExtractedSlots slots, ConversationMemory memory)
    {
        if (memory.LastProducts.Count == 0 && memory.FocusSku is null)
        {
            return false;
        }

        if (slots.Ordinal is not null)
        {
            return true;
        }

        var cues = Cues.Of(text);
        var content = cues.ContentWords(QueryParser.Parse(text, ShopLexicon.Empty));
        var attributes = slots.Colours.Count > 0 || slots.Sizes.Count > 0 || slots.MaxPrice is not null || cues.Stock || cues.Price;
        return content.Count == 0 && attributes;
    }
}
