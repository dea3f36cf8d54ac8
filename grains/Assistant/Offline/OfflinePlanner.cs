using ChatBuddy.Grains.Assistant.Slots;
using ChatBuddy.Grains.Assistant.Tools;
using ChatBuddy.Grains.Catalog.Search;

namespace ChatBuddy.Grains.Assistant.Offline;

/// <summary>One step of the offline model: call a tool with arguments, or say something from a template.</summary>
public abstract record PlanStep;

public sealed record CallTool(string Tool, IDictionary<string, object?> Arguments) : PlanStep;

public sealed record Say(string Kind) : PlanStep;

/// <summary>
/// Decides, like a tool-calling model would, which of the offered tools answers the shopper's
/// message and with which arguments — from the message's cues and slots and the conversation's
/// context (the list last shown, the product in focus, the order in question).
/// </summary>
public static class OfflinePlanner
{
    public static PlanStep Plan(AgentContext context, string text, IReadOnlySet<string> tools)
    {
        var cues = Cues.Of(text);
        var slots = SlotExtractor.Extract(text, context.Today);
        if (tools.Contains(ToolNames.GetOrderStatus) && (slots.OrderNumbers.Count > 0 || context.Agent == AgentNames.OrderStatus))
        {
            return Call(ToolNames.GetOrderStatus, ("order_number", slots.OrderNumbers.Count > 0 ? slots.OrderNumbers[0] : context.LastOrder), ("cancel", cues.Cancel));
        }

        return context.Agent switch
        {
            AgentNames.ProductInfo => Product(context, text, cues, slots),
            AgentNames.Recommendation => Recommend(context, text, cues, slots),
            AgentNames.Marketing => Marketing(cues),
            AgentNames.Human => Call(ToolNames.RequestHuman, ("reason", "requested")),
            _ => General(cues, tools),
        };
    }

    private static PlanStep Product(AgentContext context, string text, Cues cues, ExtractedSlots slots)
    {
        if (Pick(context, slots) is { } picked)
        {
            return Call(cues.Stock ? ToolNames.CheckStock : ToolNames.GetProduct, ("sku", picked));
        }

        var parsed = QueryParser.Parse(text, ShopLexicon.Empty);
        var content = cues.ContentWords(parsed);
        var refinesAttributes = slots.Colours.Count > 0 || slots.Sizes.Count > 0 || slots.MaxPrice is not null || slots.MinPrice is not null;
        if (content.Count == 0 && context.FocusSku is { } focus && !refinesAttributes && (cues.Stock || cues.Price))
        {
            return Call(cues.Stock ? ToolNames.CheckStock : ToolNames.GetProduct, ("sku", focus));
        }

        if (content.Count == 0 && cues.Cheaper && context.LastQuery is { } previous && CheaperThan(context) is { } limit)
        {
            return Call(ToolNames.SearchProducts, ("query", previous), ("max_price", Math.Min(limit - 1, slots.MaxPrice ?? int.MaxValue)));
        }

        if (content.Count == 0 && context.LastQuery is { } last && refinesAttributes)
        {
            return Call(ToolNames.SearchProducts, ("query", Refine(last, text, slots)));
        }

        if (content.Count == 0 && !refinesAttributes)
        {
            return new Say("ask_product");
        }

        return Call(ToolNames.SearchProducts, ("query", text));
    }

    private static CallTool Recommend(AgentContext context, string text, Cues cues, ExtractedSlots slots)
    {
        var anchor = Pick(context, slots) ?? context.FocusSku;
        if (cues.Gift)
        {
            return Call(ToolNames.Recommend, ("kind", "gift"), ("query", text), ("max_price", slots.MaxPrice));
        }

        if (anchor is not null && cues.Complement)
        {
            return Call(ToolNames.Recommend, ("kind", "complementary"), ("sku", anchor));
        }

        if (anchor is not null && (cues.Similar || Pick(context, slots) is not null))
        {
            return Call(ToolNames.Recommend, ("kind", "similar"), ("sku", anchor), ("max_price", slots.MaxPrice));
        }

        if (cues.Personal && context.CustomerVerified)
        {
            return Call(ToolNames.Recommend, ("kind", "personal"));
        }

        return Call(ToolNames.Recommend, ("kind", "query"), ("query", text), ("max_price", slots.MaxPrice));
    }

    private static CallTool Marketing(Cues cues)
    {
        if (cues.Unsubscribe)
        {
            return Call(ToolNames.UnsubscribeNewsletter);
        }

        if (cues.Subscribe)
        {
            return Call(ToolNames.SubscribeNewsletter);
        }

        return cues.CodeRequest ? Call(ToolNames.CreateDiscountCode) : Call(ToolNames.ListPromotions);
    }

    private static PlanStep General(Cues cues, IReadOnlySet<string> tools)
    {
        if (Topics.Find(cues.Words) is { } topic && tools.Contains(ToolNames.GetPolicy))
        {
            return Call(ToolNames.GetPolicy, ("topic", topic));
        }

        if (cues.About)
        {
            return new Say("about");
        }

        if (cues.Thanks)
        {
            return new Say("thanks");
        }

        if (cues.Greeting)
        {
            return new Say("greeting");
        }

        return tools.Contains(ToolNames.GetPolicy) ? Call(ToolNames.GetPolicy, ("topic", "")) : new Say("clarify");
    }

    private static string? Pick(AgentContext context, ExtractedSlots slots)
    {
        if (slots.Ordinal is not { } ordinal || context.LastProducts.Count == 0)
        {
            return null;
        }

        var index = ordinal == -1 ? context.LastProducts.Count - 1 : ordinal - 1;
        return index >= 0 && index < context.LastProducts.Count ? context.LastProducts[index].Sku : null;
    }

    /// <summary>"van olcsóbb?": below the product in focus, else below the cheapest one shown.</summary>
    private static int? CheaperThan(AgentContext context) =>
        context.LastProducts.FirstOrDefault(p => p.Sku == context.FocusSku)?.Price
        ?? context.LastProducts.Where(p => p.Price is not null).Min(p => p.Price);

    /// <summary>"piros futócipő" + "és kékben?" → "futócipő kékben": new attributes replace the old ones.</summary>
    private static string Refine(string lastQuery, string text, ExtractedSlots slots)
    {
        var previous = QueryParser.Parse(lastQuery, ShopLexicon.Empty);
        var kept = TextFolding.Words(lastQuery).Where(w =>
        {
            var folded = TextFolding.Fold(w);
            var isColour = slots.Colours.Count > 0 && previous.Filters.Colours.Count > 0 && SearchVocabulary.Colours.Any(c => folded.StartsWith(c.Folded, StringComparison.Ordinal));
            var isSize = slots.Sizes.Count > 0 && previous.Filters.Sizes.Any(s => folded.StartsWith(TextFolding.Fold(s), StringComparison.Ordinal));
            return !isColour && !isSize;
        });
        return string.Join(' ', kept) + " " + text;
    }

    private static CallTool Call(string tool, params (string Name, object? Value)[] arguments) =>
        new(tool, arguments.Where(a => a.Value is not null).ToDictionary(a => a.Name, a => a.Value));
}
