using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBuddy.Grains.Catalog.Search;

/// <summary>
/// Turns a free-text shopping question (Hungarian or English, with or without accents) into search
/// words and SQL filters: price limits in every common form, colour, size, gender, brand, stock and sale.
/// </summary>
public static partial class QueryParser
{
    public const int MaxQueryLength = 500;

    public static ParsedQuery Parse(string query, ShopLexicon lexicon)
    {
        var original = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        var folded = TextFolding.Fold(original);
        var spans = new List<(int Start, int Length)>();

        var (minPrice, maxPrice) = Prices(folded, spans);
        var sizes = Sizes(folded, spans);
        var rest = Blank(folded, spans);

        var colours = new List<string>();
        var brands = new List<string>();
        var categories = new List<string>();
        string? gender = null;
        bool inStock = false, onSale = false, cheap = false, english = false;
        var terms = new List<string>();
        var stems = new List<string>();
        var expansions = new List<string>();
        var needs = new List<string>();
        var accented = TextFolding.Words(original);
        var accentedByFolded = accented.GroupBy(TextFolding.Fold).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var word in TextFolding.Words(rest))
        {
            if (word.All(char.IsDigit))
            {
                continue;
            }

            if (ColourOf(word) is { } colour)
            {
                Add(colours, colour);
                english |= IsEnglishColour(word);
                continue;
            }

            if (GenderOf(word) is { } g)
            {
                gender ??= g;
                continue;
            }

            if (SearchVocabulary.InStockWords.Contains(word))
            {
                inStock = true;
                continue;
            }

            if (SearchVocabulary.OnSaleWords.Contains(word))
            {
                onSale = true;
                continue;
            }

            if (SearchVocabulary.CheapWords.Contains(word))
            {
                cheap = true;
                english |= word.StartsWith("cheap", StringComparison.Ordinal) || word is "budget" or "affordable";
                continue;
            }

            if (lexicon.Brands.TryGetValue(word, out var brand))
            {
                Add(brands, brand);
                continue;
            }

            if (SearchVocabulary.StopWords.Contains(word))
            {
                english |= EnglishFiller.Contains(word);
                continue;
            }

            if (SearchVocabulary.English.TryGetValue(word, out var hungarian))
            {
                english = true;
                Add(expansions, hungarian);
                Add(stems, Stem(TextFolding.Fold(hungarian)));
                continue;
            }

            var stem = Stem(word);
            Add(terms, accentedByFolded.GetValueOrDefault(word, word));
            Add(stems, stem);
            if (SearchVocabulary.Synonyms.TryGetValue(word, out var synonyms) || SearchVocabulary.Synonyms.TryGetValue(stem, out synonyms))
            {
                foreach (var synonym in synonyms)
                {
                    Add(expansions, synonym);
                }
            }

            // A word that already names one of the products ("kutyatáp", "futócipő") is no described need.
            foreach (var need in SearchVocabulary.Needs.Where(n => word.StartsWith(n.Prefix, StringComparison.Ordinal)
                && !n.Products.Select(TextFolding.Fold).Any(p => p.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(p, StringComparison.Ordinal))))
            {
                foreach (var product in need.Products)
                {
                    Add(expansions, product);
                    Add(needs, product);
                }
            }

            if (CategoryOf(word, stem, lexicon) is { } category)
            {
                Add(categories, category);
            }
        }

        var filters = new SearchFilters
        {
            MinPrice = minPrice,
            MaxPrice = maxPrice,
            Colours = colours,
            Sizes = sizes,
            Gender = gender,
            Brands = brands,
            Categories = categories,
            InStock = inStock,
            OnSale = onSale,
            Cheap = cheap,
        };
        return new ParsedQuery(original, terms, stems, expansions, filters, english && !HasHungarianSignal(original, folded) ? "en" : "hu")
        {
            NeedTerms = needs,
        };
    }

    /// <summary>Strips one inflectional ending from a folded word, keeping at least a four-letter stem.</summary>
    public static string Stem(string folded)
    {
        if (SearchVocabulary.IrregularStems.TryGetValue(folded, out var irregular))
        {
            return irregular;
        }

        foreach (var ending in SearchVocabulary.Endings)
        {
            if (folded.Length - ending.Length >= 4 && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = folded[..^ending.Length];
                return SearchVocabulary.IrregularStems.GetValueOrDefault(stem, stem);
            }
        }

        return folded;
    }

    private static readonly HashSet<string> EnglishFiller = new(StringComparer.Ordinal)
    {
        "i", "need", "want", "looking", "for", "the", "some", "something", "with", "do", "you", "have", "any", "under", "over",
        "below", "above", "between", "and", "size", "color", "colour", "of", "show", "me", "find", "is", "are", "there", "what", "which",
    };

    private static bool HasHungarianSignal(string original, string folded) =>
        HungarianSignal().IsMatch(folded) || original.Any(c => "áéíóöőúüűÁÉÍÓÖŐÚÜŰ".Contains(c, StringComparison.Ordinal));

    private static bool IsEnglishColour(string word) =>
        SearchVocabulary.Colours.Any(c => c.Folded == word && c.Folded.All(char.IsAscii) && !TextFolding.Fold(c.Colour).Equals(word, StringComparison.Ordinal));

    private static string? ColourOf(string word)
    {
        foreach (var (colourWord, colour) in SearchVocabulary.Colours)
        {
            if (word.StartsWith(colourWord, StringComparison.Ordinal) && SearchVocabulary.ColourEndings.Contains(word[colourWord.Length..]))
            {
                return colour;
            }
        }

        return null;
    }

    private static string? GenderOf(string word)
    {
        foreach (var (prefix, gender) in SearchVocabulary.Genders)
        {
            var englishExact = prefix is "men" or "man" or "women" or "woman" or "kid" or "kids" or "child" or "ladies";
            if (englishExact ? word == prefix || word == prefix + "s" : word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return gender;
            }
        }

        return null;
    }

    private static string? CategoryOf(string word, string stem, ShopLexicon lexicon)
    {
        if (lexicon.Categories.TryGetValue(word, out var category) || lexicon.Categories.TryGetValue(stem, out category))
        {
            return category;
        }

        return stem.Length >= 5
            ? lexicon.Categories.FirstOrDefault(c => c.Key.Length >= 5 && (c.Key.StartsWith(stem, StringComparison.Ordinal) || stem.StartsWith(c.Key, StringComparison.Ordinal))).Value
            : null;
    }

    private static (int? Min, int? Max) Prices(string folded, List<(int, int)> spans)
    {
        int? min = null, max = null;
        foreach (Match m in PriceRange().Matches(folded))
        {
            var hasContext = m.Groups["ctx"].Success || m.Groups["am"].Success || m.Groups["bm"].Success || m.Groups["cur"].Success || m.Groups["from"].Success;
            if (!hasContext)
            {
                continue;
            }

            var b = Amount(m.Groups["b"].Value, m.Groups["bm"].Value);
            var a = Amount(m.Groups["a"].Value, m.Groups["am"].Success ? m.Groups["am"].Value : m.Groups["bm"].Value);
            if (a is { } low && b is { } high && low < high)
            {
                (min, max) = (low, high);
                spans.Add((m.Index, m.Length));
                return (min, max);
            }
        }

        foreach (Match m in PriceAmount().Matches(folded))
        {
            if (Overlaps(spans, m.Index, m.Length))
            {
                continue;
            }

            var before = folded[..m.Index];
            var after = folded[(m.Index + m.Length)..];
            var suffix = m.Groups["suf"].Value.TrimStart('-');
            var hasUnit = m.Groups["mult"].Success || m.Groups["cur"].Success;
            var direction =
                suffix == "ig" || MaxAfter().IsMatch(after) || MaxBefore().IsMatch(before) ? Direction.Max
                : suffix == "tol" || MinAfter().IsMatch(after) || MinBefore().IsMatch(before) ? Direction.Min
                : hasUnit && suffix is "" or "os" or "es" or "as" ? Direction.Max
                : Direction.None;
            if (direction == Direction.None || Amount(m.Groups["n"].Value, m.Groups["mult"].Value) is not { } amount || amount < 100)
            {
                continue;
            }

            if (direction == Direction.Max)
            {
                max = amount;
            }
            else
            {
                min = amount;
            }

            spans.Add((m.Index, m.Length));
        }

        return (min, max);
    }

    private static List<string> Sizes(string folded, List<(int, int)> spans)
    {
        var sizes = new List<string>();
        foreach (Match m in SizePattern().Matches(folded))
        {
            if (Overlaps(spans, m.Index, m.Length))
            {
                continue;
            }

            var value = (m.Groups["num"].Success ? m.Groups["num"].Value : m.Groups["letter"].Value).ToUpperInvariant();
            Add(sizes, value);
            spans.Add((m.Index, m.Length));
        }

        return sizes;
    }

    private static int? Amount(string number, string multiplier)
    {
        var digits = number.Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
        if (digits.Count(c => c == '.') == 1 && digits.Split('.')[1].Length == 3 && multiplier.Length == 0)
        {
            digits = digits.Replace(".", "", StringComparison.Ordinal);
        }
        else if (digits.Count(c => c == '.') > 1)
        {
            digits = digits.Replace(".", "", StringComparison.Ordinal);
        }

        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        value *= multiplier is "e" or "ezer" or "k" ? 1000 : 1;
        return value is > 0 and < 100_000_000 ? (int)Math.Round(value) : null;
    }

    private static bool Overlaps(List<(int Start, int Length)> spans, int start, int length) =>
        spans.Any(s => start < s.Start + s.Length && s.Start < start + length);

    private static string Blank(string text, List<(int Start, int Length)> spans)
    {
        var chars = text.ToCharArray();
        foreach (var (start, length) in spans)
        {
            Array.Fill(chars, ' ', start, length);
        }

        return new string(chars);
    }

    private static void Add(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private enum Direction
    {
        None,
        Max,
        Min,
    }

    private const string Number = @"\d{1,3}(?:[ .]\d{3})+|\d+(?:[.,]\d+)?";

    [GeneratedRegex(@"(?<from>between\s+)?(?<a>" + Number + @")\s?(?<am>ezer|e|k)?\s?(?:ft|forint|huf)?\s?(?:-?tol\s|-|–|—|\s(?:es|and|to|meg)\s)\s?(?<b>" + Number + @")\s?(?<bm>ezer|e|k)?\s?(?<cur>ft|forint|huf)?(?:-?ig)?(?:\s(?<ctx>kozott|kozotti|kozottit|kozotti|between|range))?(?![\p{L}\d])")]
    private static partial Regex PriceRange();

    [GeneratedRegex(@"(?<n>" + Number + @")\s?(?<mult>ezer|e|k)?(?:\s?(?<cur>ft|forint|huf|,-))?(?<suf>-?(?:ig|tol|nal|nel|os|es|as|ert))?(?![\p{L}\d])")]
    private static partial Regex PriceAmount();

    [GeneratedRegex(@"^\s*(?:-?\s*(?:ft|forint|huf))?\s*(?:alatt|alatti|alattit|alattiak|max|maximum|-?nal olcsobb|-?nel olcsobb|or less|or under|and under|or below|max\.?)(?![\p{L}])")]
    private static partial Regex MaxAfter();

    [GeneratedRegex(@"(?:max(?:imum)?\.?|maximalisan|legfeljebb|under|below|less than|up to|cheaper than|kevesebb mint|olcsobb mint|nem dragabb mint|nem tobb mint|max\. ?)\s*$")]
    private static partial Regex MaxBefore();

    [GeneratedRegex(@"^\s*(?:-?\s*(?:ft|forint|huf))?\s*(?:felett|feletti|folott|folotti|tol|-?nal dragabb|-?nel dragabb|or more|and up|and above|plus)(?![\p{L}])")]
    private static partial Regex MinAfter();

    [GeneratedRegex(@"(?:min(?:imum)?\.?|legalabb|over|above|more than|from|tobb mint|dragabb mint)\s*$")]
    private static partial Regex MinBefore();

    [GeneratedRegex(@"(?:(?<![\p{L}\d])(?<num>\d{2,3})\s?-?\s?(?:as|es|os|-as|-es|-os)(?:\s?(?:meret\w*|labra))?(?![\p{L}\d])|(?:meret\w*|size|labmeret\w*)\s?:?\s?(?<num>\d{2,3})(?![\p{L}\d])|(?<![\p{L}\d])(?<letter>xxs|xs|xxl|xxxl|xl|2xl|3xl)(?![\p{L}\d])|(?<![\p{L}\d])(?<letter>s|m|l)\s?-?\s?(?:es|as|ben|meret\w*)(?![\p{L}\d])|(?:meret\w*|size)\s?:?\s?(?<letter>s|m|l)(?![\p{L}\d])|(?<![\p{L}\d.,-])(?<num>3[5-9]|4[0-8])\s*(?=[?!.,]*\s*$))")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"(?:\b(?:van|nincs|keresek|szeretnek|kerek|milyen|alatt|kozott|felett|ezer|forint|meretben|szinben|noi|ferfi|gyerek|olcso|akcios|rendeles|hol|mennyi|ajanl)\w*)")]
    private static partial Regex HungarianSignal();
}
