namespace ChatBuddy.Grains.Assistant.Routing;

/// <summary>Quick replies that lead to an agent; each is worded so the classifier routes it there.</summary>
public static class QuickReplies
{
    public static IEnumerable<string> For(IEnumerable<string> agents, string language) =>
        agents.Append(AgentNames.Human).Distinct(StringComparer.Ordinal).Select(a => Label(a, language));

    public static string Label(string agent, string language) => (agent, language) switch
    {
        (AgentNames.ProductInfo, "en") => "I'm looking for a product",
        (AgentNames.OrderStatus, "en") => "Where is my order?",
        (AgentNames.Recommendation, "en") => "What do you recommend?",
        (AgentNames.Marketing, "en") => "Any promotions?",
        (AgentNames.General, "en") => "Shipping and payment",
        (AgentNames.Human, "en") => "Talk to a person",
        (AgentNames.ProductInfo, _) => "Terméket keresek",
        (AgentNames.OrderStatus, _) => "Hol tart a rendelésem?",
        (AgentNames.Recommendation, _) => "Mit ajánlasz?",
        (AgentNames.Marketing, _) => "Milyen akciók vannak?",
        (AgentNames.General, _) => "Szállítás és fizetés",
        _ => "Beszélnék egy munkatárssal",
    };
}
