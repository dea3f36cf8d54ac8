using ChatBuddy.Grains.Assistant.Tools;

namespace ChatBuddy.Grains.Assistant.Routing;

/// <summary>
/// Domain words that point to a route, added to the classifier's input as marker tokens
/// ("cuemarketing", …) so that a rare inflection or an unseen phrase still carries the signal of
/// its key word ("leárazások", "jótállás", "ügyintézőttt").
/// </summary>
public static class IntentCues
{
    private static readonly (string Prefix, string Cue)[] Prefixes =
    [
        ("akcio", "marketing"), ("learaz", "marketing"), ("kiarusit", "marketing"), ("kupon", "marketing"), ("kedvezmen", "marketing"),
        ("hirlevel", "marketing"), ("newsletter", "marketing"), ("sale", "marketing"), ("discount", "marketing"), ("coupon", "marketing"),
        ("promo", "marketing"), ("torzsvasarl", "marketing"), ("husegpont", "marketing"), ("loyalty", "marketing"), ("mailing", "marketing"),
        ("feliratkoz", "marketing"), ("leiratkoz", "marketing"), ("unsubscrib", "marketing"), ("subscrib", "marketing"), ("outlet", "marketing"),
        ("ugyintez", "human"), ("emberrel", "human"), ("ember", "human"), ("kollegat", "human"), ("kollegaval", "human"), ("kollegahoz", "human"), ("kollegatok", "human"), ("munkatars", "human"), ("operator", "human"),
        ("supervisor", "human"), ("felettes", "human"), ("visszahiv", "human"), ("human", "human"), ("person", "human"), ("manager", "human"),
        ("rendelesem", "order"), ("rendelesunk", "order"), ("csomagom", "order"), ("megrendelesem", "order"), ("vasarlasom", "order"),
        ("rendeltem", "order"), ("szallitasom", "order"), ("kiszallitasom", "order"), ("pakkom", "order"), ("levelezolist", "marketing"), ("voucher", "marketing"),
        ("ajanl", "recommend"), ("javasol", "recommend"), ("recommend", "recommend"), ("suggest", "recommend"), ("alternativ", "recommend"),
        ("hasonlo", "recommend"), ("ajandek", "recommend"), ("gift", "recommend"), ("valasszak", "recommend"), ("melyiket", "recommend"),
        ("cooki", "general"), ("suti", "general"), ("adatvedel", "general"), ("regisztr", "general"), ("jelszo", "general"), ("password", "general"),
    ];

    private static readonly string[] FirstPersonOrder = ["my order", "my delivery", "my package", "my parcel", "i ordered", "my purchase", "my refund"];

    public static IEnumerable<string> For(IReadOnlyList<string> foldedWords, int? ordinal)
    {
        var cues = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in foldedWords)
        {
            foreach (var (prefix, cue) in Prefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    cues.Add("cue" + cue);
                }
            }
        }

        var text = string.Join(' ', foldedWords);
        foreach (var phrase in FirstPersonOrder)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                cues.Add("cueorder");
            }
        }

        if (Topics.Find(foldedWords) is { } topic)
        {
            cues.Add("cuetopic" + topic);
        }

        if (ordinal is not null)
        {
            cues.Add("cuepick");
        }

        return cues;
    }
}
