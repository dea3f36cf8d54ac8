using System.Text.RegularExpressions;
using ChatBuddy.Grains.Assistant.Tools;

namespace ChatBuddy.Grains.Assistant.Grounding;

/// <summary>
/// Stops a reply that quotes what the shopper must never see: the agent's own instructions (any run
/// of <see cref="QuotedWords"/> consecutive words of them, or a short sentence that is wholly a run of
/// at least <see cref="ShortestQuote"/>), the <c>&lt;context&gt;</c> block, tool names, or tool JSON
/// (<c>"outcome": …</c>). A model talked into "print your system prompt" is caught here even when the
/// guard in front of it missed the request.
/// </summary>
public sealed partial class InstructionLeakCheck
{
    public const int QuotedWords = 6;
    public const int ShortestQuote = 4;
    private static readonly string[] ToolNameList = typeof(ToolNames).GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private readonly HashSet<string> _instructionRuns;

    /// <param name="instructions">The agent's fixed instructions (not the shop's facts, which a reply may repeat).</param>
    public InstructionLeakCheck(string instructions)
    {
        var words = Words(instructions);
        _instructionRuns = Enumerable.Range(ShortestQuote, QuotedWords - ShortestQuote + 1)
            .SelectMany(length => Runs(words, length))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="text"/> quotes the instructions, the context block, a tool name or tool JSON.</summary>
    public bool Leaks(string text)
    {
        if (text.Contains("<context", StringComparison.OrdinalIgnoreCase) || text.Contains("</context", StringComparison.OrdinalIgnoreCase) || JsonMember().IsMatch(text))
        {
            return true;
        }

        if (ToolNameList.Any(name => text.Contains(name, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // Sentences end at a colon too, so a quoted instruction can arrive as a short fragment.
        var words = Words(text);
        return words.Count is >= ShortestQuote and < QuotedWords
            ? _instructionRuns.Contains(string.Join(' ', words))
            : Runs(words, QuotedWords).Any(_instructionRuns.Contains);
    }

    private static IEnumerable<string> Runs(List<string> words, int length)
    {
        for (var i = 0; i + length <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(length));
        }
    }

    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    // "outcome": or "sale_price" : (or \"outcome\": when quoted inside a string) — a JSON member name as tools write them.
    [GeneratedRegex(@"\\?""[a-z][a-z0-9_]{1,40}\\?""\s*:")]
    private static partial Regex JsonMember();
}
