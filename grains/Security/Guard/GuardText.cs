using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBuddy.Grains.Security.Guard;

/// <summary>
/// The two forms of an inbound message: <see cref="Clean"/> is what is stored and processed (NFC,
/// control characters gone except new line and tab); <see cref="Fold"/> is only for detection
/// (compatibility forms, no accents, lower case, no zero-width or bidi controls, leetspeak undone,
/// letter-spaced words joined), so "ＩＧＮＯＲE", "ign\u200Bore" and "1gn0r3" read the same as "ignore".
/// </summary>
public static partial class GuardText
{
    private static readonly Dictionary<char, char> Leet = new()
    {
        ['0'] = 'o',
        ['1'] = 'i',
        ['3'] = 'e',
        ['4'] = 'a',
        ['5'] = 's',
        ['7'] = 't',
        ['@'] = 'a',
        ['$'] = 's',
        ['!'] = 'i',
    };

    // Cyrillic and Greek letters that look Latin, the usual way to slip a word past a filter.
    private static readonly Dictionary<char, char> Homoglyphs = new()
    {
        ['а'] = 'a',
        ['е'] = 'e',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['х'] = 'x',
        ['у'] = 'y',
        ['і'] = 'i',
        ['ј'] = 'j',
        ['ѕ'] = 's',
        ['ο'] = 'o',
        ['α'] = 'a',
        ['ε'] = 'e',
        ['ι'] = 'i',
        ['κ'] = 'k',
        ['ν'] = 'v',
        ['τ'] = 't',
        ['ρ'] = 'p',
    };

    public static string Clean(string text)
    {
        // Lone surrogates and noncharacters (U+FFFE) make normalisation throw: such a text is kept as sent.
        var normalized = !Catalog.Search.TextFolding.CanNormalize(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    public static string Fold(string text)
    {
        var decomposed = Catalog.Search.TextFolding.Normalizable(text).Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format:
                    break;
                case UnicodeCategory.Control:
                    builder.Append(' ');
                    break;
                default:
                    var lower = char.ToLowerInvariant(c);
                    builder.Append(Homoglyphs.GetValueOrDefault(lower, lower));
                    break;
            }
        }

        var joined = LetterSpaced().Replace(builder.ToString(), m => m.Value.Replace(" ", string.Empty, StringComparison.Ordinal));
        var unleeted = Token().Replace(joined, m => HasLetter(m.Value) ? Unleet(m.Value) : m.Value);
        return Spaces().Replace(unleeted, " ").Trim();
    }

    private static bool HasLetter(string token) => token.Any(char.IsLetter);

    private static string Unleet(string token)
    {
        // Leading or trailing punctuation is punctuation ("hello!"), only inner symbols are letters ("h3ll0").
        var start = 0;
        var end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(token[end - 1]))
        {
            end--;
        }

        var chars = token.ToCharArray();
        for (var i = start; i < end; i++)
        {
            chars[i] = Leet.GetValueOrDefault(chars[i], chars[i]);
        }

        return new string(chars);
    }

    // "h a g y d   f i g y e l m e n" hides words from every word feature: four or more lone letters
    // joined by single spaces are one word, wider gaps stay word breaks. Three ("s m l") are left alone.
    [GeneratedRegex(@"(?<!\S)(?:\p{L} ){3,}\p{L}(?!\S)")]
    private static partial Regex LetterSpaced();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
