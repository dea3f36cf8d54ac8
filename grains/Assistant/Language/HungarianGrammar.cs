using System.Globalization;

namespace ChatBuddy.Grains.Assistant.Language;

/// <summary>
/// The definite article before a word: "az" before a vowel sound, "a" otherwise — including numbers
/// ("az 1", "a 10", "az 5000") and spelled-out abbreviations ("az SMS", "a HB-20731").
/// </summary>
public static class HungarianGrammar
{
    private const string Vowels = "aáeéiíoóöőuúüű";

    // Letters whose Hungarian name starts with a vowel: ef, el, em, en, er, es, iksz, ipszilon (and the vowels themselves).
    private const string VowelNamedConsonants = "flmnrsxy";

    public static string Article(string word)
    {
        var token = word.TrimStart('"', '„', '\'', '(', '«');
        if (token.Length == 0)
        {
            return "a";
        }

        if (char.IsDigit(token[0]))
        {
            return NumberTakesAz(token) ? "az" : "a";
        }

        var first = char.ToLowerInvariant(token[0]);
        if (Vowels.Contains(first, StringComparison.Ordinal))
        {
            return "az";
        }

        return IsAbbreviation(token) && VowelNamedConsonants.Contains(first, StringComparison.Ordinal) ? "az" : "a";
    }

    public static string WithArticle(string word, bool capital) =>
        (capital ? Capitalize(Article(word)) : Article(word)) + " " + word;

    private static bool NumberTakesAz(string token)
    {
        var digits = new string(token.TakeWhile(c => char.IsDigit(c) || c == ' ' || c == '.').Where(char.IsDigit).ToArray());
        return digits[0] switch
        {
            '5' => true,

            // egy (1), ezer (1 000–1 999), egymillió (1 000 000–1 999 999): every third place
            '1' => digits.Length % 3 == 1,
            _ => false,
        };
    }

    private static bool IsAbbreviation(string token)
    {
        var letters = token.TakeWhile(c => c != ' ' && c != '-').Where(char.IsLetter).ToArray();
        return letters.Length >= 2 && letters.All(char.IsUpper);
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
