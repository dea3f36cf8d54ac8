using static ChatBuddy.Grains.Demo.HungarianText;

namespace ChatBuddy.Grains.Demo;

/// <summary>
/// One product model sold in several colours: each colour is its own SKU sharing the model's text,
/// with one opening sentence and two facts drawn per model so sibling models do not read alike.
/// </summary>
internal sealed record ModelSpec(
    string Category,
    string SkuPrefix,
    string Brand,
    string Name,
    int Price,
    string[] Openings,
    string[] Facts,
    string[] Colours,
    (string Key, string Value)[] Attributes,
    bool Durable = false);

internal static class ModelSpecExtensions
{
    public static void AddByColour(this CatalogBuilder b, ModelSpec spec)
    {
        var r = b.Random;
        var opening = r.Pick(spec.Openings);
        var facts = r.Sample(spec.Facts, 2);
        foreach (var colour in spec.Colours)
        {
            var attributes = ProductAttributes.Of(spec.Attributes).Set("szín", colour);
            var description = Sentences(opening, facts[0], facts.Count > 1 ? facts[1] : "", ColourSentence(r, colour));
            b.Add(new ProductDraft(spec.Category, spec.SkuPrefix, spec.Brand, $"{spec.Name}, {colour}", description, spec.Price, attributes, spec.Durable));
        }
    }

    /// <summary>"Ez a változat kék színű." – but never "rózsaszín színű".</summary>
    public static string ColourSentence(DemoRandom r, string colour)
    {
        if (colour.EndsWith("szín", StringComparison.Ordinal) || colour.Contains('/', StringComparison.Ordinal))
        {
            return $"Színe: {colour}.";
        }

        return r.Pick<string>([$"Színe: {colour}.", $"Ez a változat {colour} színű."]);
    }
}
