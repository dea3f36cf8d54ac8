using ChatBuddy.Grains.Catalog.Search;

namespace ChatBuddy.Grains.Assistant.Language;

/// <summary>
/// Hungarian or English, from the words a shopper uses. Unaccented Hungarian counts as Hungarian; a
/// message with no telling word keeps the conversation's language.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> HungarianWords = new(StringComparer.Ordinal)
    {
        "a", "az", "es", "van", "nincs", "hogy", "nem", "igen", "kerem", "kerek", "szia", "sziasztok", "hello", "jo", "napot",
        "koszi", "koszonom", "mennyi", "mennyibe", "hol", "mikor", "mit", "milyen", "melyik", "rendeles", "rendelesem", "kaphato",
        "meg", "is", "egy", "ez", "ezt", "az", "ami", "amit", "valami", "szeretnek", "szeretném", "tudna", "tudnal", "lehet",
        "kell", "mar", "csak", "alatt", "felett", "kozott", "ezer", "forint", "ft", "szallitas", "kupon", "akcio", "ajanl",
        "ajanlasz", "ajanlana", "nekem", "neked", "ön", "te", "kuldes", "csomag", "csomagom", "hirlevel", "olcso", "drága", "draga",
        "kosar", "termek", "termeket", "raktaron", "kellene", "segits", "segitseg", "ugyintezo", "emberrel", "visszakuldes",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "is", "are", "do", "does", "you", "your", "have", "has", "my", "order", "where", "what", "how", "can", "could",
        "please", "hi", "hey", "thanks", "thank", "want", "need", "would", "like", "any", "for", "with", "in", "stock", "price",
        "cheap", "under", "shipping", "delivery", "return", "returns", "discount", "coupon", "code", "recommend", "gift", "person",
        "human", "agent", "talk", "speak", "it", "this", "that", "which", "when", "there", "of", "to", "and", "me", "i", "it's",
        "subscribe", "unsubscribe", "newsletter", "sale", "deals", "cost", "much", "many", "tell", "show", "get", "buy", "size",
    };

    private static readonly string HungarianLetters = "áéíóöőúüű";

    /// <summary>"hu" or "en", or null when the text gives no sign either way.</summary>
    public static string? Detect(string text)
    {
        if (text.Any(c => HungarianLetters.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal)))
        {
            return "hu";
        }

        var hungarian = 0;
        var english = 0;
        foreach (var word in TextFolding.Words(TextFolding.Fold(text)))
        {
            hungarian += HungarianWords.Contains(word) ? 1 : 0;
            english += EnglishWords.Contains(word) ? 1 : 0;
        }

        return hungarian == english ? null : hungarian > english ? "hu" : "en";
    }
}
