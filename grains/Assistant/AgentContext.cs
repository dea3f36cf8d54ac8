using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBuddy.Grains.Assistant.Tools;

namespace ChatBuddy.Grains.Assistant;

/// <summary>
/// The facts of the conversation an agent works with, appended to its instructions as a
/// <c>&lt;context&gt;</c> JSON block: a real LLM reads it like any instruction, and the offline model
/// parses it, so both resolve follow-ups from the same memory.
/// </summary>
public sealed partial record AgentContext(
    string Agent,
    string Language,
    bool Formal,
    string ShopName,
    DateOnly Today,
    string? FocusSku,
    string? FocusName,
    string? LastQuery,
    IReadOnlyList<RememberedProduct> LastProducts,
    string? LastOrder,
    bool HasContact,
    bool CustomerVerified,
    string? PreviousAgent)
{
    public string ToBlock() => $"<context>\n{JsonSerializer.Serialize(this, ToolJson.Options)}\n</context>";

    public static AgentContext? Find(string? instructions)
    {
        var match = instructions is null ? Match.Empty : Block().Match(instructions);
        return match.Success ? JsonSerializer.Deserialize<AgentContext>(match.Groups[1].Value, ToolJson.Options) : null;
    }

    [GeneratedRegex(@"<context>\s*(\{.*\})\s*</context>", RegexOptions.Singleline)]
    private static partial Regex Block();
}
