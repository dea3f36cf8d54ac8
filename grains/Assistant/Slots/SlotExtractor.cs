using System.Globalization;
using System.Text.RegularExpressions;
using ChatBuddy.Grains.Catalog.Search;
using PhoneNumbers;

namespace ChatBuddy.Grains.Assistant.Slots;

/// <summary>
/// Pulls explicit facts out of a message: order numbers, e-mails, Hungarian phone numbers
/// (libphonenumber), forint amounts, colours and sizes (the search parser's vocabulary), dates and
/// references to a listed item. Works on unaccented and mixed-case text.
/// </summary>
public static partial class SlotExtractor
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    private static readonly (string Folded, int Ordinal)[] Ordinals =
    [
        ("elso", 1), ("masodik", 2), ("harmadik", 3), ("negyedik", 4), ("otodik", 5), ("hatodik", 6), ("utolso", -1),
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("last", -1),
    ];

    private static readonly string[] Months =
    [
        "januar", "februar", "marcius", "aprilis", "majus", "junius", "julius", "augusztus", "szeptember", "oktober", "november", "december",
    ];

    private static readonly string[] EnglishMonths =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    public static ExtractedSlots Extract(string text, DateOnly today)
    {
        var folded = TextFolding.Fold(text);
        var withoutEmails = EmailPattern().Replace(text, " ");
        var parsed = QueryParser.Parse(OrderNumberPattern().Replace(PhoneLike().Replace(withoutEmails, " "), " "), ShopLexicon.Empty);
        var amounts = new[] { parsed.Filters.MinPrice, parsed.Filters.MaxPrice }.OfType<int>().Distinct().ToList();
        return new ExtractedSlots
        {
            OrderNumbers = OrderNumbers(text),
            Emails = EmailPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList(),
            Phones = PhoneNumbers(withoutEmails),
            Amounts = amounts,
            MinPrice = parsed.Filters.MinPrice,
            MaxPrice = parsed.Filters.MaxPrice,
            Colours = parsed.Filters.Colours,
            Sizes = parsed.Filters.Sizes,
            Dates = Dates(folded, today),
            Ordinal = OrdinalOf(folded),
        };
    }

    /// <summary>A reference to an item of a list in the text ("a másodikat", "the last one", "#3"), if any.</summary>
    public static int? Ordinal(string text) => OrdinalOf(TextFolding.Fold(text));

    // "HB-20731", "hb20731" and "HB 20731" are order numbers; "van 1000 darabos" is not. Shops that number
    // orders with digits alone (Shoprenter's own ids, many UNAS shops) are understood when the number
    // stands next to an order word or a '#': "a 104522-es rendelésem", "rendelésszám: 104522", "order #104522".
    public static List<string> OrderNumbers(string text) =>
        OrderNumberPattern().Matches(text)
            .Where(m => m.Groups["sep"].Value != " " || m.Groups["prefix"].Value.All(char.IsUpper))
            .Select(m => $"{m.Groups["prefix"].Value.ToUpperInvariant()}-{m.Groups["digits"].Value}")
            .Concat(NumericOrderNumberPattern().Matches(TextFolding.Fold(text)).Select(m => m.Groups["digits"].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static List<string> PhoneNumbers(string text)
    {
        var found = new List<string>();
        foreach (var match in Phones.FindNumbers(text, "HU"))
        {
            if (Phones.IsValidNumber(match.Number))
            {
                found.Add(Phones.Format(match.Number, PhoneNumberFormat.E164));
            }
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    private static int? OrdinalOf(string folded)
    {
        foreach (var word in TextFolding.Words(folded))
        {
            foreach (var (prefix, ordinal) in Ordinals)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length <= prefix.Length + 4)
                {
                    return ordinal;
                }
            }
        }

        var numbered = NumberedReference().Match(folded);
        var digit = numbered.Groups[1].Success ? numbered.Groups[1].Value : numbered.Groups[2].Value;
        return numbered.Success ? int.Parse(digit, CultureInfo.InvariantCulture) : null;
    }

    private static List<DateOnly> Dates(string folded, DateOnly today)
    {
        var dates = new List<DateOnly>();
        foreach (var word in TextFolding.Words(folded))
        {
            switch (word)
            {
                case "ma" or "today":
                    dates.Add(today);
                    break;
                case "holnap" or "tomorrow":
                    dates.Add(today.AddDays(1));
                    break;
                case "tegnap" or "yesterday":
                    dates.Add(today.AddDays(-1));
                    break;
            }
        }

        foreach (Match m in IsoDate().Matches(folded))
        {
            if (DateOnly.TryParseExact(m.Value.Replace('.', '-'), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
        }

        foreach (Match m in MonthDay().Matches(folded))
        {
            var month = Array.IndexOf(Months, m.Groups["month"].Value) + 1;
            month = month > 0 ? month : Array.IndexOf(EnglishMonths, m.Groups["month"].Value) + 1;
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (month > 0 && day <= DateTime.DaysInMonth(today.Year, month))
            {
                dates.Add(new DateOnly(today.Year, month, day));
            }
        }

        return dates.Distinct().ToList();
    }

    [GeneratedRegex(@"\b(?<prefix>[A-Za-z]{2,4})(?<sep>[-‐– ]?)(?<digits>\d{4,8})\b")]
    private static partial Regex OrderNumberPattern();

    [GeneratedRegex(@"(?:\b(?:rendeles\w*|order\w*)(?:\s+(?:szam\w*|number|no\.?))?\s*[:#]?\s*#?|#)(?<digits>\d{4,10})\b|\b(?<digits>\d{4,10})(?:-?(?:as|es|os|is|ra|re))?\s+(?:szamu\s+)?(?:rendeles|order)")]
    private static partial Regex NumericOrderNumberPattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(\+36|06)[\s\-/]*\d{1,2}[\s\-/]*\d{3}[\s\-/]*\d{3,4}")]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"(?:\baz?\s+([1-9])\.(?:\s|$))|(?:(?:#|\bnumber\s*|\bno\.?\s*)([1-9])\b)")]
    private static partial Regex NumberedReference();

    [GeneratedRegex(@"\b\d{4}[-.]\d{2}[-.]\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<month>[a-z]+)\s+(?<day>\d{1,2})\b")]
    private static partial Regex MonthDay();
}
