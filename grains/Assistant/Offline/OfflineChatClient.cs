using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBuddy.Grains.Assistant.Language;
using ChatBuddy.Grains.Assistant.Tools;
using Microsoft.Extensions.AI;

namespace ChatBuddy.Grains.Assistant.Offline;

/// <summary>
/// The default language model: no network, no key. It behaves like a tool-calling LLM behind
/// <see cref="IChatClient"/> — first it answers with a <see cref="FunctionCallContent"/> for the tool
/// the <see cref="OfflinePlanner"/> chooses, then, given the <see cref="FunctionResultContent"/>,
/// writes the answer from Hungarian or English templates and streams it a few words at a time — so the same
/// agents, tools and grounding run on it or on a real model.
/// </summary>
public sealed partial class OfflineChatClient(ReplyTemplates templates, TimeProvider clock) : IChatClient
{
    public const string ModelId = "chatbuddy-offline-hu-1";
    private const int PieceLength = 32;
    private static readonly ChatClientMetadata Metadata = new("chatbuddy-offline", null, ModelId);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var user = list.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "";
        var context = AgentContext.Find(options?.Instructions ?? string.Join('\n', list.Where(m => m.Role == ChatRole.System).Select(m => m.Text)))
            ?? Fallback(user);
        var results = list.Count > 0 ? list[^1].Contents.OfType<FunctionResultContent>().ToList() : [];
        if (results.Count > 0)
        {
            var calls = list.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToDictionary(c => c.CallId, c => c.Name, StringComparer.Ordinal);
            var result = results[^1];
            return Task.FromResult(Text(Answer(context, calls.GetValueOrDefault(result.CallId, ""), result)));
        }

        var declarations = options?.Tools?.OfType<AIFunctionDeclaration>().ToDictionary(t => t.Name, StringComparer.Ordinal) ?? [];
        var tools = declarations.Keys.ToHashSet(StringComparer.Ordinal);
        var step = options?.ToolMode is NoneChatToolMode ? new Say("clarify") : OfflinePlanner.Plan(context, user, tools);
        if (step is CallTool call && declarations.TryGetValue(call.Tool, out var declaration))
        {
            var content = new FunctionCallContent($"call_{list.Count}_{call.Tool}", call.Tool, Bind(call.Arguments, declaration));
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, [content])) { FinishReason = ChatFinishReason.ToolCalls, ModelId = ModelId });
        }

        var kind = step is Say say ? say.Kind : "clarify";
        return Task.FromResult(Text(Small(context, kind)));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        if (response.Messages[0].Contents.Any(c => c is FunctionCallContent))
        {
            foreach (var update in response.ToChatResponseUpdates())
            {
                yield return update;
            }

            yield break;
        }

        var id = $"msg_{clock.GetUtcNow().ToUnixTimeMilliseconds()}";
        foreach (var piece in Pieces(response.Text))
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, piece) { MessageId = id, ModelId = ModelId };
        }

        yield return new ChatResponseUpdate { Role = ChatRole.Assistant, MessageId = id, ModelId = ModelId, FinishReason = ChatFinishReason.Stop };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? Metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    private string Answer(AgentContext context, string tool, FunctionResultContent content)
    {
        if (content.Exception is not null || content.Result is null or string)
        {
            return Small(context, "error");
        }

        return tool switch
        {
            ToolNames.SearchProducts => List(context, "search", Read<ProductListResult>(content)),
            ToolNames.Recommend => List(context, "recommend", Read<ProductListResult>(content)),
            ToolNames.GetProduct or ToolNames.CheckStock => Render(context, "product_detail", Read<ProductDetailResult>(content)),
            ToolNames.GetOrderStatus => Render(context, "order_status", Read<OrderStatusResult>(content)),
            ToolNames.ListPromotions => Render(context, "promotions", Read<PromotionListResult>(content)),
            ToolNames.SubscribeNewsletter or ToolNames.UnsubscribeNewsletter => Render(context, "newsletter", Read<NewsletterResult>(content)),
            ToolNames.CreateDiscountCode => Render(context, "discount_code", Read<DiscountCodeResult>(content)),
            ToolNames.GetPolicy => Render(context, "policy", Read<PolicyResult>(content)),
            ToolNames.RequestHuman => Render(context, "handoff", Read<HandoffResult>(content)),
            _ => Small(context, "error"),
        };
    }

    private string List(AgentContext context, string kind, ProductListResult result) =>
        templates.Render("search_products", context.Language, context.Formal, new Dictionary<string, object?>
        {
            ["result"] = result,
            ["kind"] = kind,
            ["intro"] = Intro(result.Kind, context.Language),
        });

    private string Render<T>(AgentContext context, string template, T result) =>
        templates.Render(template, context.Language, context.Formal, new Dictionary<string, object?> { ["result"] = result });

    private string Small(AgentContext context, string kind) =>
        templates.Render("smalltalk", context.Language, context.Formal, new Dictionary<string, object?> { ["kind"] = kind, ["shop"] = context.ShopName });

    private static string Intro(string kind, string language) => (kind, language) switch
    {
        ("gift", "en") => "Gift ideas from our best sellers:",
        ("complementary", "en") => "These go well with it:",
        ("similar", "en") => "Similar products:",
        ("personal", "en") => "Based on your earlier purchases:",
        (_, "en") => "I'd recommend these:",
        ("gift", _) => "Ajándéknak ezeket ajánlom a legnépszerűbbek közül:",
        ("complementary", _) => "Ezek jól illenek hozzá:",
        ("similar", _) => "Hasonló termékek:",
        ("personal", _) => "A korábbi vásárlásaid alapján ezeket ajánlom:",
        _ => "Ezeket ajánlom:",
    };

    private static T Read<T>(FunctionResultContent content) => content.Result switch
    {
        T typed => typed,
        JsonElement json => json.Deserialize<T>(ToolJson.Options)!,
        var other => JsonSerializer.SerializeToElement(other, ToolJson.Options).Deserialize<T>(ToolJson.Options)!,
    };

    private AgentContext Fallback(string user) => new(
        AgentNames.General, LanguageDetector.Detect(user) ?? "hu", false, "", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), null, null, null, [], null, false, false, null);

    /// <summary>Names the planner's arguments the way the tool's schema spells them ("order_number" → "orderNumber").</summary>
    private static Dictionary<string, object?> Bind(IDictionary<string, object?> arguments, AIFunctionDeclaration declaration)
    {
        var names = declaration.JsonSchema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => p.Name).ToList()
            : [];
        return arguments.ToDictionary(
            a => names.FirstOrDefault(n => Plain(n) == Plain(a.Key)) ?? a.Key,
            a => a.Value,
            StringComparer.Ordinal);
    }

    private static string Plain(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    private static ChatResponse Text(string text) =>
        new(new ChatMessage(ChatRole.Assistant, text)) { FinishReason = ChatFinishReason.Stop, ModelId = ModelId };

    /// <summary>
    /// Whole words, a few at a time (at least <see cref="PieceLength"/> characters, as an LLM's stream brings
    /// several tokens per update): every update costs a trip through the agent pipeline.
    /// </summary>
    private static IEnumerable<string> Pieces(string text)
    {
        var piece = new System.Text.StringBuilder();
        foreach (var word in Words().Split(text))
        {
            piece.Append(word);
            if (piece.Length >= PieceLength)
            {
                yield return piece.ToString();
                piece.Clear();
            }
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    [GeneratedRegex("(?<=\\s)")]
    private static partial Regex Words();
}
