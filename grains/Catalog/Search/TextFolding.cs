using System.Globalization;
using System.Text;

namespace ChatBuddy.Grains.Catalog.Search;

/// <summary>Lower-casing and accent folding the way shoppers type: "Kávéfőző" and "kavefozo" become the same.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = Normalizable(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The text with what Unicode normalisation rejects (lone surrogates, noncharacters such as U+FFFE)
    /// turned into spaces: a shopper's message can hold anything, and a search must not throw on it.
    /// </summary>
    public static string Normalizable(string text)
    {
        if (CanNormalize(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(IsNoncharacter(rune) || rune == Rune.ReplacementChar ? ' ' : rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>False when the text holds what Unicode normalisation throws on (a real U+FFFD counts too, to be safe).</summary>
    public static bool CanNormalize(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            // A lone surrogate enumerates as U+FFFD.
            if (IsNoncharacter(rune) || rune == Rune.ReplacementChar)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNoncharacter(Rune rune) =>
        (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF;

    /// <summary>Words of a text (letters and digits), lower-cased but with accents kept.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Normalizable(text).Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
