using System.Globalization;
using System.Text;

namespace ChatBuddy.Grains.Demo;

/// <summary>Small helpers for writing Hungarian shop text: numbers, money, dates, articles, slugs.</summary>
internal static class HungarianText
{
    private static readonly string[] MonthNames =
        ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"];

    private static readonly string[] DayNames = ["vasárnap", "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat"];

    /// <summary>A decimal number with a decimal comma: 1.5 → "1,5", 2.0 → "2".</summary>
    public static string Decimal(double value) => value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A whole number grouped by spaces: 12990 → "12 990".</summary>
    public static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    public static string Huf(int value) => Number(value) + " Ft";

    /// <summary>"november 23." as written in running text.</summary>
    public static string Date(DateOnly date) => $"{MonthNames[date.Month - 1]} {date.Day.ToString(CultureInfo.InvariantCulture)}.";

    /// <summary>"november 23-án", "december 1-jén": the date as a time adverb.</summary>
    public static string OnDay(DateOnly date)
    {
        var day = date.Day;
        var suffix = day switch
        {
            1 => "jén",
            2 => "án",
            10 => "én",
            _ => (day % 10) is 0 or 3 or 6 or 8 ? "án" : "én",
        };
        return $"{MonthNames[date.Month - 1]} {day.ToString(CultureInfo.InvariantCulture)}-{suffix}";
    }

    /// <summary>"november 23-ig".</summary>
    public static string UntilDay(DateOnly date) => $"{MonthNames[date.Month - 1]} {date.Day.ToString(CultureInfo.InvariantCulture)}-ig";

    /// <summary>"november 23. (hétfő)".</summary>
    public static string DateWithDay(DateOnly date) => $"{Date(date)} ({DayNames[(int)date.DayOfWeek]})";

    /// <summary>The definite article for a word: "az" before a vowel, "a" otherwise.</summary>
    public static string Article(string word)
    {
        if (word.Length == 0)
        {
            return "a";
        }

        if (char.IsAsciiDigit(word[0]))
        {
            // Read aloud: 5, 50, 500 start with "öt"; 1 is "egy", 1000–1999 start with "ezer".
            var digits = new string(word.TakeWhile(char.IsAsciiDigit).ToArray());
            return word[0] == '5' || digits == "1" || (digits.Length == 4 && digits[0] == '1') ? "az" : "a";
        }

        return IsVowel(word[0]) ? "az" : "a";
    }

    /// <summary>The article and the word, e.g. "az Aromella".</summary>
    public static string The(string word) => $"{Article(word)} {word}";

    /// <summary>The article and the word at the start of a sentence, e.g. "Az Aromella".</summary>
    public static string TheCap(string word) => Capitalize(The(word));

    /// <summary>"2019-ben", "2020-ban": the inessive suffix follows the vowels of the spoken last word.</summary>
    public static string InYear(int year)
    {
        var back = (year % 10) switch
        {
            3 or 6 or 8 => true,
            0 => (year / 10 % 10) is not 1,
            _ => false,
        };
        return $"{year.ToString(CultureInfo.InvariantCulture)}-{(back ? "ban" : "ben")}";
    }

    /// <summary>"kék színben", but "homokszín változatban" rather than a doubled "szín".</summary>
    public static string InColour(string colour) =>
        colour.EndsWith("szín", StringComparison.Ordinal) || colour.Contains('(', StringComparison.Ordinal) ? $"{colour} változatban" : $"{colour} színben";

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Sentences joined by single spaces, empty ones skipped.</summary>
    public static string Sentences(params string[] sentences) => string.Join(' ', sentences.Where(s => s.Length > 0));

    /// <summary>Hungarian accents folded to ASCII: "Kovács Ödön" → "Kovacs Odon".</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                'á' => 'a',
                'é' => 'e',
                'í' => 'i',
                'ó' or 'ö' or 'ő' => 'o',
                'ú' or 'ü' or 'ű' => 'u',
                'Á' => 'A',
                'É' => 'E',
                'Í' => 'I',
                'Ó' or 'Ö' or 'Ő' => 'O',
                'Ú' or 'Ü' or 'Ű' => 'U',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>A URL slug: lower-case ASCII letters and digits separated by single hyphens.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Fold(text).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static bool IsVowel(char c) => "aáeéiíoóöőuúüűAÁEÉIÍOÓÖŐUÚÜŰ".Contains(c);
}
