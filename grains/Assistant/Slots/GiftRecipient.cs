using ChatBuddy.Grains.Catalog.Search;

namespace ChatBuddy.Grains.Assistant.Slots;

/// <summary>
/// Who a gift is for, as far as it rules products out: a present for "anyukámnak" is not a men's
/// running shoe, one for "apukámnak" not a women's dress.
/// </summary>
public static class GiftRecipient
{
    private static readonly string[] Female =
        ["anyu", "anya", "anyam", "anyos", "mama", "nagymam", "feleseg", "baratno", "noverem", "hugom", "lanyom", "unokahug", "kollegano",
         "mom", "mum", "mother", "wife", "girlfriend", "sister", "daughter", "grandma", "aunt", "nenikem", "nagyni"];

    private static readonly string[] Male =
        ["apu", "apa", "apam", "apos", "papa", "nagypap", "ferj", "baratom", "batyam", "ocsem", "fiam", "unokaocs", "kolleganak",
         "dad", "father", "husband", "boyfriend", "brother", "son", "grandpa", "uncle", "bacsi", "nagybacsi"];

    /// <summary>The word in a product name that makes it unsuitable for the recipient, or null.</summary>
    public static string? UnsuitableNameWord(string text)
    {
        var words = TextFolding.Words(TextFolding.Fold(text));
        var female = words.Any(w => Female.Any(p => w.StartsWith(p, StringComparison.Ordinal)));
        var male = words.Any(w => Male.Any(p => w.StartsWith(p, StringComparison.Ordinal)));
        return (female, male) switch
        {
            (true, false) => "férfi",
            (false, true) => "női",
            _ => null,
        };
    }
}
