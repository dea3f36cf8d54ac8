namespace ChatBuddy.Grains.Assistant.Tools;

/// <summary>Policy topics: how shoppers name them, and how we label them on quick replies.</summary>
public static class Topics
{
    public static IReadOnlyList<(string Prefix, string Topic)> Words { get; } =
    [
        ("szallit", "shipping"), ("szalit", "shipping"), ("kiszallit", "shipping"), ("futar", "shipping"), ("postakolts", "shipping"),
        ("csomagautomat", "shipping"), ("foxpost", "shipping"), ("shipping", "shipping"), ("delivery", "shipping"), ("deliver", "shipping"),
        ("visszakuld", "returns"), ("visszavalt", "returns"), ("visszaru", "returns"), ("elall", "returns"), ("csere", "returns"),
        ("kicserel", "returns"), ("refund", "returns"), ("return", "returns"), ("penzvissza", "returns"), ("visszaterit", "returns"),
        ("fizet", "payment"), ("utanvet", "payment"), ("bankkartya", "payment"), ("kartya", "payment"), ("atutal", "payment"),
        ("szamla", "payment"), ("payment", "payment"), ("pay", "payment"), ("card", "payment"), ("invoice", "payment"),
        ("garancia", "warranty"), ("jotallas", "warranty"), ("szavatossag", "warranty"), ("warranty", "warranty"), ("guarantee", "warranty"),
        ("hibas", "warranty"), ("elromlott", "warranty"), ("kapcsolat", "contact"), ("elerhetoseg", "contact"), ("telefonszam", "contact"),
        ("nyitvatartas", "contact"), ("nyitva", "contact"), ("cim", "contact"), ("uzlet", "contact"), ("bolt", "contact"),
        ("contact", "contact"), ("phone", "contact"), ("ugyfelszolg", "contact"), ("support", "contact"), ("reach", "contact"), ("address", "contact"), ("opening", "contact"), ("hours", "contact"),
        ("adatvedelem", "privacy"), ("gdpr", "privacy"), ("privacy", "privacy"), ("aszf", "terms"), ("feltetel", "terms"), ("terms", "terms"),
    ];

    public static string? Find(IEnumerable<string> foldedWords)
    {
        foreach (var word in foldedWords)
        {
            foreach (var (prefix, topic) in Words)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal) && (prefix.Length >= 4 || word.Length <= prefix.Length + 2))
                {
                    return topic;
                }
            }
        }

        return null;
    }

    public static string Label(string topic, string language) => (topic, language) switch
    {
        ("shipping", "en") => "Shipping",
        ("returns", "en") => "Returns",
        ("payment", "en") => "Payment",
        ("warranty", "en") => "Warranty",
        ("contact", "en") => "Contact",
        ("privacy", "en") => "Privacy",
        ("terms", "en") => "Terms",
        ("shipping", _) => "Szállítás",
        ("returns", _) => "Visszaküldés",
        ("payment", _) => "Fizetés",
        ("warranty", _) => "Garancia",
        ("contact", _) => "Elérhetőség",
        ("privacy", _) => "Adatvédelem",
        _ => "ÁSZF",
    };
}
