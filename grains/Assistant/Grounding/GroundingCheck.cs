using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBuddy.Grains.Assistant.Tools;

namespace ChatBuddy.Grains.Assistant.Grounding;

/// <summary>
/// Compares the numbers in a reply with the data the turn's tools returned (and what the shopper
/// wrote). Amounts, percentages, quantities and dates must each appear in that data; a sentence that
/// states anything else is not sent.
/// </summary>
public sealed partial class GroundingCheck
{
    // Small counts ("3 terméket", "1–2 munkanap", "14 napon belül") carry no shop data.
    private const long FreeBelow = 32;
    private readonly HashSet<long> _known = [];

    public GroundingCheck(IEnumerable<object> facts, IEnumerable<string> userTexts)
    {
        foreach (var fact in facts)
        {
            var json = JsonSerializer.Serialize(fact, fact.GetType(), ToolJson.Options);
            AddNumbers(json);
            foreach (Match date in IsoDate().Matches(json))
            {
                _known.Add(int.Parse(date.Groups["m"].Value, CultureInfo.InvariantCulture));
                _known.Add(int.Parse(date.Groups["d"].Value, CultureInfo.InvariantCulture));
                _known.Add(int.Parse(date.Groups["y"].Value, CultureInfo.InvariantCulture));
            }
        }

        foreach (var text in userTexts)
        {
            AddNumbers(text);
        }
    }

    /// <summary>Numbers in <paramref name="sentence"/> that no tool result or shopper message contains.</summary>
    public IReadOnlyList<long> Ungrounded(string sentence)
    {
        var missing = new List<long>();
        foreach (var number in Numbers(sentence))
        {
            if (!_known.Contains(number.Value) && (number.Value >= FreeBelow || number.IsAmount))
            {
                missing.Add(number.Value);
            }
        }

        return missing;
    }

    private void AddNumbers(string text)
    {
        foreach (var number in Numbers(text))
        {
            _known.Add(number.Value);
        }

        foreach (Match digits in Digits().Matches(text))
        {
            if (long.TryParse(digits.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                _known.Add(value);
            }
        }
    }

    /// <summary>Numbers as people write them: "12 990", "12.990", "12,990" are all 12990; "20 ezer" is 20000.</summary>
    private static IEnumerable<(long Value, bool IsAmount)> Numbers(string text)
    {
        foreach (Match m in Number().Matches(text))
        {
            var digits = m.Groups["n"].Value.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal)
                .Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var unit = m.Groups["u"].Value.ToLowerInvariant();
            value *= unit.StartsWith("ezer", StringComparison.Ordinal) || unit == "e" ? 1000 : 1;
            yield return (value, unit.Length > 0);
        }
    }

    [GeneratedRegex(@"(?<![\w-])(?<n>\d{1,3}(?:[ \u00a0.,]\d{3})+|\d+)(?:\s?(?<u>ezer|e(?=\s?ft)|ft|huf|forint|%|százalék|percent))?", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})")]
    private static partial Regex IsoDate();
}
