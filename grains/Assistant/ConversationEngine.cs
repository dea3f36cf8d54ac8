using System.Runtime.CompilerServices;
using System.Text;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.Grains.Assistant.Agents;
using ChatBuddy.Grains.Assistant.Grounding;
using ChatBuddy.Grains.Assistant.Offline;
using ChatBuddy.Grains.Assistant.Routing;
using ChatBuddy.Grains.Assistant.Tools;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace ChatBuddy.Grains.Assistant;

/// <summary>
/// One turn of the assistant after routing: the chosen specialist runs as a Microsoft Agent
/// Framework <see cref="ChatClientAgent"/> on the configured <see cref="IChatClient"/> with its tools;
/// its text streams out sentence by sentence, each sentence passing the grounding check first.
/// </summary>
public sealed partial class ConversationEngine(IChatClient chat, AssistantServices services, ReplyTemplates templates, ILogger<ConversationEngine> logger)
{
    public const string UngroundedFlag = "ungrounded";
    public const string LeakFlag = "instructions_leak";

    // A specialist's instructions never change, so its leak check (every run of its words) is built once.
    private static readonly Dictionary<string, InstructionLeakCheck> LeakChecks = SpecialistAgent.All
        .ToDictionary(a => a.Key, a => new InstructionLeakCheck(a.Value.FixedInstructions), StringComparer.Ordinal);

    public async IAsyncEnumerable<string> RunAsync(
        TurnContext turn, AgentRun run, IReadOnlyList<ChatMessage> history, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (run.Route.Clarify)
        {
            run.Text = templates.Render("smalltalk", turn.Language, turn.Settings.FormalRegister, new Dictionary<string, object?> { ["kind"] = "clarify" });
            run.QuickReplies.AddRange(QuickReplies.For(run.Route.Suggestions ?? [], turn.Language));
            yield return run.Text;
            yield break;
        }

        var specialist = SpecialistAgent.All[run.Route.Agent];
        var toolbox = new ShopToolbox(services, turn);
        var agent = new ChatClientAgent(
            chat,
            instructions: specialist.InstructionsWith(Context(turn, specialist.Name), turn.Settings),
            name: specialist.Name,
            tools: toolbox.For(specialist.Tools));

        var leakCheck = LeakChecks[specialist.Name];
        var grounding = new TurnGrounding(turn);
        var reply = new StringBuilder();
        var pending = new StringBuilder();
        var blocked = false;
        var leaked = false;
        var failed = false;
        var updates = agent.RunStreamingAsync(history, cancellationToken: cancellationToken).WithCancellation(cancellationToken).GetAsyncEnumerator();
        try
        {
            while (true)
            {
                string? piece;
                try
                {
                    if (!await updates.MoveNextAsync())
                    {
                        break;
                    }

                    piece = updates.Current.Text;
                }
                catch (Exception e) when (e is HttpRequestException or System.ClientModel.ClientResultException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    LogModelFailed(logger, e, run.Route.Agent);
                    failed = true;
                    break;
                }

                if (blocked || string.IsNullOrEmpty(piece))
                {
                    continue;
                }

                pending.Append(piece);
                foreach (var sentence in CompleteSentences(pending))
                {
                    leaked = leakCheck.Leaks(sentence);
                    if (leaked || !grounding.Allows(sentence))
                    {
                        blocked = true;
                        break;
                    }

                    reply.Append(sentence);
                    yield return sentence;
                }
            }
        }
        finally
        {
            await updates.DisposeAsync();
        }

        if (!blocked && !failed && pending.Length > 0)
        {
            var rest = pending.ToString();
            leaked = leakCheck.Leaks(rest);
            blocked = leaked || !grounding.Allows(rest);
            if (!blocked)
            {
                reply.Append(rest);
                yield return rest;
            }
        }

        if (blocked || failed || reply.Length == 0)
        {
            // The model said something the data does not support (or nothing at all): say what the
            // tools returned in our own words instead.
            var replacement = await ReplacementAsync(turn, cancellationToken);
            run.Flags.Add(leaked ? LeakFlag : blocked ? UngroundedFlag : "model_unavailable");
            var separator = reply.Length > 0 ? "\n\n" : "";
            reply.Append(separator).Append(replacement);
            yield return separator + replacement;
        }

        run.Text = reply.ToString().Trim();
        run.HandoffRequested = turn.HandoffRequested;
        run.QuickReplies.AddRange(turn.QuickReplies.Distinct(StringComparer.Ordinal));
        run.Products.AddRange(turn.Products
            .DistinctBy(p => p.Sku)
            .Select(p => new ProductCard(p.Sku, p.Name, p.Price, p.SalePrice, p.Currency, p.InStock, p.Url)));
    }

    public static AgentContext Context(TurnContext turn, string agent) => new(
        agent,
        turn.Language,
        turn.Settings.FormalRegister,
        turn.Settings.Name,
        DateOnly.FromDateTime(turn.Now.UtcDateTime),
        turn.Memory.FocusSku,
        turn.Memory.FocusName,
        turn.Memory.LastQuery,
        turn.Memory.LastProducts,
        turn.Memory.LastOrderNumber,
        turn.Memory.Contacts.Count > 0 || turn.Customer is not null,
        turn.Customer is not null,
        turn.Memory.LastAgent);


    private async Task<string> ReplacementAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var offline = new OfflineChatClient(templates, TimeProvider.System);
        var last = turn.Facts.Count > 0 ? turn.Facts[^1] : null;
        if (last is null)
        {
            return templates.Render("smalltalk", turn.Language, turn.Settings.FormalRegister, new Dictionary<string, object?> { ["kind"] = "error" });
        }

        var tool = last switch
        {
            ProductListResult => ToolNames.SearchProducts,
            ProductDetailResult => ToolNames.GetProduct,
            OrderStatusResult => ToolNames.GetOrderStatus,
            PromotionListResult => ToolNames.ListPromotions,
            NewsletterResult => ToolNames.SubscribeNewsletter,
            DiscountCodeResult => ToolNames.CreateDiscountCode,
            PolicyResult => ToolNames.GetPolicy,
            _ => ToolNames.RequestHuman,
        };
        var call = new FunctionCallContent("grounded", tool);
        var result = new FunctionResultContent("grounded", last);
        var options = new ChatOptions { Instructions = Context(turn, turn.Memory.LastAgent ?? AgentNames.General).ToBlock() };
        var response = await offline.GetResponseAsync([new ChatMessage(ChatRole.Assistant, [call]), new ChatMessage(ChatRole.Tool, [result])], options, cancellationToken);
        return response.Text;
    }

    /// <summary>Takes the finished sentences (ending in . ! ? : or a line break, then whitespace) off the buffer.</summary>
    private static IEnumerable<string> CompleteSentences(StringBuilder pending)
    {
        var text = pending.ToString();
        var cut = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if ((text[i] is '.' or '!' or '?' or ':' or '\n') && char.IsWhiteSpace(text[i + 1]) && !(text[i] == '.' && i > 0 && char.IsDigit(text[i - 1]) && i - cut < 4))
            {
                yield return text[cut..(i + 2)];
                cut = i + 2;
            }
        }

        pending.Remove(0, cut);
    }

    /// <summary>The grounding check of one turn, rebuilt only when a tool has added facts since the last sentence.</summary>
    private sealed class TurnGrounding(TurnContext turn)
    {
        private GroundingCheck? _check;
        private int _facts = -1;

        public bool Allows(string sentence)
        {
            if (_check is null || _facts != turn.Facts.Count)
            {
                _facts = turn.Facts.Count;
                _check = new GroundingCheck(turn.Facts, [turn.UserText]);
            }

            return _check.Ungrounded(sentence).Count == 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language model failed during a {Agent} turn; answering from the tool data.")]
    private static partial void LogModelFailed(ILogger logger, Exception exception, string agent);
}
