using ChatBuddy.Grains.Catalog.Search;

namespace ChatBuddy.Grains.Assistant.Offline;

/// <summary>
/// Accent-folded word prefixes that tell the offline model what a shopper wants inside an agent's
/// domain (the coordinator has already chosen the agent).
/// </summary>
public sealed class Cues
{
    private static readonly string[] StockPrefixes = ["raktar", "keszlet", "elerheto", "kaphato", "stock", "available", "availab"];
    private static readonly string[] PricePrefixes = ["mennyibe", "arat", "ara", "price", "cost", "kerul"];
    private static readonly string[] CancelPrefixes = ["lemond", "torol", "torl", "visszavon", "cancel", "megse", "storno"];
    private static readonly string[] UnsubscribePrefixes = ["leiratkoz", "unsubscrib", "optout", "leirat"];
    private static readonly string[] SubscribePrefixes = ["feliratkoz", "hirlevel", "subscrib", "newsletter", "iratkoz"];
    private static readonly string[] CodePrefixes = ["kupon", "kod", "kedvezmeny", "discount", "coupon", "voucher", "promo"];
    private static readonly string[] AskPrefixes = ["kerek", "kernek", "adj", "adna", "adhat", "kaphat", "szeretn", "give", "get", "want", "generalj", "kuldj", "can"];
    private static readonly string[] GiftPrefixes = ["ajandek", "gift", "meglepet", "szulinap", "karacsony", "present", "nevnap", "birthday"];
    private static readonly string[] ComplementPrefixes = ["hozza", "ehhez", "melle", "illik", "passzol", "kiegeszit", "complement", "goes", "match"];
    private static readonly string[] SimilarPrefixes = ["hasonlo", "similar", "alternativ", "olcsobb", "cheaper", "masik"];
    private static readonly string[] CheaperPrefixes = ["olcsobb", "cheaper", "kevesebb", "less"];
    private static readonly string[] PersonalPrefixes = ["nekem", "korabbi", "eddigi", "szamomra", "personal"];
    private static readonly string[] GreetingWords = ["szia", "sziasztok", "hello", "hallo", "hali", "hellobello", "udv", "udvozlom", "hi", "hey", "csa", "cso", "jonapot"];
    private static readonly string[] ThanksPrefixes = ["koszi", "koszon", "kosz", "ksz", "thank", "thx", "kosszi"];
    private static readonly string[] AboutPhrases = ["ki vagy", "mi vagy", "bot vagy", "robot vagy", "who are you", "what are you", "are you a bot", "ember vagy"];

    private static readonly HashSet<string> FollowUpWords = new(StringComparer.Ordinal)
    {
        "mennyibe", "kerul", "ara", "arat", "raktaron", "keszleten", "van", "is", "es", "meg", "mi", "az", "a", "ez", "ezt", "azt",
        "kaphato", "elerheto", "kerem", "kerek", "szeretnem", "szeretnek", "how", "much", "is", "it", "this", "that", "the", "in",
        "stock", "available", "price", "cost", "do", "you", "have", "and", "also", "what", "about", "one", "belole", "abbol",
        "ilyen", "olyan", "de", "inkabb", "ennel", "annal", "ezeknel", "azoknal", "than", "this", "these", "ones", "any", "anything", "valami", "valamit", "barmi", "akkor", "na", "meg", "mas", "masik", "szinben", "meretben", "color", "colour", "size",
    };

    private Cues(string folded)
    {
        Folded = folded;
        Words = TextFolding.Words(folded);
    }

    public string Folded { get; }

    public IReadOnlyList<string> Words { get; }

    public bool Stock => Any(StockPrefixes);

    public bool Price => Any(PricePrefixes);

    public bool Cancel => Any(CancelPrefixes);

    public bool Unsubscribe => Any(UnsubscribePrefixes) || Folded.Contains("ne kuldj", StringComparison.Ordinal) || Folded.Contains("opt out", StringComparison.Ordinal);

    public bool Subscribe => !Unsubscribe && Any(SubscribePrefixes);

    public bool CodeRequest => Any(CodePrefixes) && Any(AskPrefixes);

    public bool Gift => Any(GiftPrefixes);

    public bool Complement => Any(ComplementPrefixes);

    public bool Similar => Any(SimilarPrefixes);

    public bool Cheaper => Any(CheaperPrefixes);

    public bool Personal => Any(PersonalPrefixes) || Folded.Contains("for me", StringComparison.Ordinal);

    public bool Greeting => Words.Count <= 4 && (Words.Any(w => GreetingWords.Contains(w)) || Folded.Contains("jo napot", StringComparison.Ordinal)
        || Folded.Contains("good morning", StringComparison.Ordinal) || Folded.Contains("jo estet", StringComparison.Ordinal));

    public bool Thanks => Words.Count <= 6 && Any(ThanksPrefixes);

    public bool About => AboutPhrases.Any(p => Folded.Contains(p, StringComparison.Ordinal));

    /// <summary>Words that could name a product: what is left after follow-up and filter words.</summary>
    public IReadOnlyList<string> ContentWords(ParsedQuery parsed) =>
        parsed.Terms.Where(t => !FollowUpWords.Contains(t) && !FollowUpWords.Contains(TextFolding.Fold(t))
            && !CheaperPrefixes.Any(p => TextFolding.Fold(t).StartsWith(p, StringComparison.Ordinal))).ToList();

    public static Cues Of(string text) => new(TextFolding.Fold(text));

    private bool Any(string[] prefixes) => Words.Any(w => prefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal)));
}
