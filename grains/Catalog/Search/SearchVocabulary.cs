namespace ChatBuddy.Grains.Catalog.Search;

/// <summary>
/// Shop vocabulary the query parser knows: colours, genders, stock and sale words, synonyms, English
/// words shoppers mix in, and filler words. Keys are accent-folded and lower-case.
/// </summary>
public static class SearchVocabulary
{
    /// <summary>Colour words (folded, longest first so "sotetkek" wins over "kek") → the catalogue's colour.</summary>
    public static IReadOnlyList<(string Folded, string Colour)> Colours { get; } =
    [
        ("narancssarga", "narancssárga"), ("rozsaszin", "rózsaszín"), ("vilagoskek", "világoskék"), ("sotetkek", "sötétkék"),
        ("sotetzold", "sötétzöld"), ("neonzold", "neonzöld"), ("sotetszurke", "sötétszürke"), ("ezust", "ezüst"),
        ("fekete", "fekete"), ("feher", "fehér"), ("piros", "piros"), ("voros", "piros"), ("zold", "zöld"), ("sarga", "sárga"),
        ("narancs", "narancssárga"), ("lila", "lila"), ("barna", "barna"), ("szurke", "szürke"), ("bezs", "bézs"),
        ("arany", "arany"), ("turkiz", "türkiz"), ("bordo", "bordó"), ("khaki", "khaki"), ("krem", "krém"), ("kek", "kék"),
        ("red", "piros"), ("blue", "kék"), ("black", "fekete"), ("white", "fehér"), ("green", "zöld"), ("yellow", "sárga"),
        ("orange", "narancssárga"), ("purple", "lila"), ("pink", "rózsaszín"), ("brown", "barna"), ("grey", "szürke"),
        ("gray", "szürke"), ("beige", "bézs"), ("silver", "ezüst"), ("gold", "arany"), ("navy", "sötétkék"),
    ];

    /// <summary>Endings a colour word takes in a sentence ("pirosat", "kékben", "fehéret", "fekete színű").</summary>
    public static IReadOnlyList<string> ColourEndings { get; } =
        ["", "t", "at", "et", "ot", "ban", "ben", "ba", "be", "ak", "ek", "akat", "eket", "as", "es", "os", "ebb", "abb"];

    public static IReadOnlyList<(string Prefix, string Gender)> Genders { get; } =
    [
        ("noi", "női"), ("nok", "női"), ("holgy", "női"), ("women", "női"), ("woman", "női"), ("ladies", "női"), ("lany", "gyerek"),
        ("ferfi", "férfi"), ("men", "férfi"), ("man", "férfi"), ("fiu", "gyerek"), ("gyerek", "gyerek"), ("gyermek", "gyerek"),
        ("kids", "gyerek"), ("kid", "gyerek"), ("child", "gyerek"), ("unisex", "unisex"),
    ];

    public static IReadOnlySet<string> InStockWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "raktaron", "keszleten", "kaphato", "kaphatok", "elerheto", "azonnal", "stock", "available",
    };

    public static IReadOnlySet<string> OnSaleWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "akcios", "akcioban", "akcio", "akciosan", "learazott", "learazas", "kedvezmenyes", "kedvezmennyel", "sale", "discounted", "discount",
    };

    public static IReadOnlySet<string> CheapWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "olcso", "olcsot", "olcsobb", "olcsobbat", "olcsobbak", "legolcsobb", "legolcsobbat", "megfizetheto", "cheap", "cheaper", "cheapest", "budget", "affordable",
    };

    /// <summary>Words that carry no product meaning in a shopping question.</summary>
    public static IReadOnlySet<string> StopWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "van", "vannak", "e", "keresek", "keresnek", "keresunk", "szeretnek", "szeretnem", "kellene", "kell", "kene", "kerek", "kernek",
        "mutass", "mutasd", "mutassatok", "milyen", "milyenek", "mi", "mit", "ajanlasz", "ajanlotok", "ajanlanal", "ajanl", "nektek", "nalatok",
        "valami", "valamit", "valamilyen", "egy", "a", "az", "es", "is", "vagy", "ami", "amivel", "amiben", "amit", "ahol", "amely", "nekem",
        "meretben", "meret", "meretu", "szinben", "szinu", "szin", "szamara", "szamomra", "termek", "termekek", "ar", "aron", "aru",
        "forint", "forintos", "ft", "huf", "alatt", "alatti", "felett", "folott", "kozott", "max", "maximum", "min", "minimum",
        "legfeljebb", "legalabb", "olcsobb", "dragabb", "mint", "ig", "tol", "nal", "nel", "ezer", "ezres", "kb", "korul", "ra", "re",
        "jo", "jol", "szep", "nagyon", "kis", "uj", "ujat", "hogy", "lenne", "lehet", "tudnatok", "tudsz", "van-e", "kaphato-e",
        "gyorsan", "tudok", "tudjak", "akarok", "fogok", "szia", "hello", "helo", "koszi", "koszonom", "please", "kerlek",
        "i", "im", "need", "want", "looking", "look", "for", "an", "the", "some", "something", "with", "in", "do", "you", "have",
        "any", "under", "over", "below", "above", "between", "and", "size", "color", "colour", "of", "to", "up", "less", "more", "than",
        "show", "me", "find", "price", "cheap", "is", "are", "there", "what", "which", "can", "get", "my", "pair",
    };

    /// <summary>Shop synonyms, both ways: a word also searches for its partners (folded keys, accented values).</summary>
    public static IReadOnlyDictionary<string, string[]> Synonyms { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["mobil"] = ["telefon", "okostelefon", "mobiltelefon"],
        ["mobiltelefon"] = ["telefon", "okostelefon"],
        ["telefon"] = ["okostelefon", "mobiltelefon"],
        ["okostelefon"] = ["telefon", "mobiltelefon"],
        ["fejhallgato"] = ["fülhallgató", "headset"],
        ["fulhallgato"] = ["fejhallgató", "headset"],
        ["headset"] = ["fejhallgató", "fülhallgató"],
        ["kavegep"] = ["kávéfőző", "eszpresszógép"],
        ["kavefozo"] = ["kávégép"],
        ["eszpresszogep"] = ["kávéfőző", "eszpresszó"],
        ["hatizsak"] = ["táska"],
        ["taska"] = ["hátizsák"],
        ["kabat"] = ["dzseki", "télikabát"],
        ["dzseki"] = ["kabát"],
        ["polo"] = ["póló", "felső"],
        ["sator"] = ["sátor"],
        ["kutyatap"] = ["kutyaeledel", "táp"],
        ["kutyakaja"] = ["kutyaeledel", "táp"],
        ["tap"] = ["kutyaeledel", "eledel"],
        ["illat"] = ["parfüm"],
        ["parfum"] = ["illat", "kölni"],
        ["kolni"] = ["parfüm"],
        ["lego"] = ["építőjáték", "építőkocka"],
        ["epitokocka"] = ["építőjáték"],
        ["konyv"] = ["regény"],
        ["regeny"] = ["könyv"],
        ["babakocsi"] = ["sportbabakocsi", "mózeskosár"],
        ["agynemu"] = ["ágyneműhuzat", "paplanhuzat"],
        ["futocipo"] = ["futócipő"],
        ["sportcipo"] = ["futócipő"],
        ["edzocipo"] = ["futócipő"],
        ["cipo"] = ["futócipő"],
    };

    /// <summary>English shopping words → the Hungarian catalogue word.</summary>
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["shoe"] = "cipő",
        ["shoes"] = "cipő",
        ["sneakers"] = "cipő",
        ["running"] = "futócipő",
        ["runner"] = "futócipő",
        ["trainers"] = "futócipő",
        ["coffee"] = "kávéfőző",
        ["espresso"] = "eszpresszó",
        ["machine"] = "gép",
        ["maker"] = "kávéfőző",
        ["tent"] = "sátor",
        ["tents"] = "sátor",
        ["camping"] = "kemping",
        ["phone"] = "telefon",
        ["phones"] = "telefon",
        ["smartphone"] = "okostelefon",
        ["mobile"] = "mobiltelefon",
        ["headphones"] = "fejhallgató",
        ["headphone"] = "fejhallgató",
        ["earbuds"] = "fülhallgató",
        ["earphones"] = "fülhallgató",
        ["wireless"] = "vezeték nélküli",
        ["jacket"] = "kabát",
        ["jackets"] = "kabát",
        ["coat"] = "kabát",
        ["shirt"] = "póló",
        ["tshirt"] = "póló",
        ["t"] = "póló",
        ["bedding"] = "ágynemű",
        ["duvet"] = "paplan",
        ["pillow"] = "párna",
        ["toy"] = "játék",
        ["toys"] = "játék",
        ["blocks"] = "építőjáték",
        ["perfume"] = "parfüm",
        ["fragrance"] = "parfüm",
        ["garden"] = "kerti",
        ["tools"] = "szerszám",
        ["tool"] = "szerszám",
        ["book"] = "könyv",
        ["novel"] = "regény",
        ["novels"] = "regény",
        ["stroller"] = "babakocsi",
        ["pram"] = "babakocsi",
        ["dog"] = "kutya",
        ["food"] = "eledel",
        ["backpack"] = "hátizsák",
        ["backpacks"] = "hátizsák",
        ["bag"] = "táska",
        ["kettle"] = "vízforraló",
        ["blender"] = "turmix",
        ["pan"] = "serpenyő",
        ["sleeping"] = "hálózsák",
        ["gift"] = "ajándék",
        ["watch"] = "óra",
        ["lamp"] = "lámpa",
        ["mug"] = "bögre",
        ["cup"] = "bögre",
        ["towel"] = "törölköző",
        ["hiking"] = "túra",
    };

    /// <summary>
    /// Needs shoppers describe instead of naming a product ("amivel kávét főzök", "aludni a sátorban"):
    /// the start of a folded word → the catalogue words that meet the need.
    /// </summary>
    public static IReadOnlyList<(string Prefix, string[] Products)> Needs { get; } =
    [
        ("kave", ["kávéfőző"]), ("espresso", ["kávéfőző"]), ("eszpressz", ["kávéfőző"]), ("cappuccino", ["kávéfőző"]),
        ("alud", ["hálózsák"]), ("alvas", ["hálózsák", "ágynemű"]), ("alszo", ["hálózsák"]), ("ejszak", ["hálózsák"]),
        ("olvas", ["regény", "könyv"]), ("konyvmoly", ["regény"]), ("mese", ["gyerekkönyv", "mesekönyv"]),
        ("kutya", ["kutyatáp", "kutyafekhely"]), ("kutyus", ["kutyatáp", "kutyafekhely"]), ("macsk", ["macskatáp"]), ("cica", ["macskatáp"]),
        ("fuvag", ["fűnyíró"]), ("funyir", ["fűnyíró"]), ("gyep", ["fűnyíró"]), ("metsz", ["metszőolló"]), ("sovenyny", ["sövénynyíró"]),
        ("autoba", ["autósülés"]), ("autos", ["autósülés"]), ("babakocsi", ["babakocsi"]), ("setal", ["babakocsi"]),
        ("zene", ["fejhallgató", "hangszóró"]), ("zenehallgat", ["fejhallgató", "hangszóró"]), ("buli", ["hangszóró"]),
        ("futas", ["futócipő"]), ("futni", ["futócipő"]), ("futo", ["futócipő"]), ("maraton", ["futócipő"]),
        ("hideg", ["télikabát", "kabát"]), ("teli", ["télikabát"]), ("telre", ["télikabát"]), ("telen", ["télikabát"]), ("esos", ["esőkabát"]),
        ("kemping", ["sátor", "hálózsák", "kempingszék"]), ("satoroz", ["sátor", "hálózsák"]), ("csalad", ["családi"]),
        ("edzes", ["fitnesz", "jógaszőnyeg"]), ("jog", ["jógaszőnyeg"]), ("torna", ["jógaszőnyeg"]), ("bicikli", ["kerékpáros sisak"]),
        ("kerekpar", ["kerékpáros sisak"]), ("biciklizes", ["kerékpáros sisak"]), ("iskola", ["hátizsák"]), ("laptop", ["hátizsák", "laptoprekesz"]),
        ("fozes", ["serpenyő", "edény"]), ("sutes", ["serpenyő"]), ("turmix", ["turmixgép"]), ("smoothie", ["turmixgép"]),
        ("furdes", ["törölköző", "fürdőlepedő"]), ("strand", ["strandtörölköző"]), ("illat", ["parfüm"]), ("karora", ["okosóra"]),
        ("lepesszam", ["okosóra"]), ("pulzus", ["okosóra"]), ("epit", ["építőkészlet"]), ("tarsas", ["társasjáték"]),
    ];

    /// <summary>
    /// Stems Hungarian shortens or changes when inflected ("sátrakat" from "sátor", "poharat" from
    /// "pohár"): the folded inflected stem → the folded dictionary stem.
    /// </summary>
    public static IReadOnlyDictionary<string, string> IrregularStems { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["satr"] = "sator",
        ["bokr"] = "bokor",
        ["cukr"] = "cukor",
        ["majm"] = "majom",
        ["poharat"] = "pohar",
        ["pohar"] = "pohar",
        ["kanal"] = "kanal",
        ["madar"] = "madar",
        ["kenyer"] = "kenyer",
        ["level"] = "level",
        ["tuz"] = "tuz",
        ["viz"] = "viz",
        ["tukr"] = "tukor",
        ["lepcs"] = "lepcso",
        ["kos"] = "kosar",
        ["eszk"] = "eszkoz",
        ["gyujt"] = "gyujto",
    };

    /// <summary>Inflectional endings stripped from a folded word, longest first, so "futocipot" searches "futocip…".</summary>
    public static IReadOnlyList<string> Endings { get; } =
    [
        "jaikat", "jeiket", "aikat", "eiket", "okat", "eket", "akat", "oket", "juk", "jok", "nak", "nek", "hoz", "hez", "hoz", "val", "vel",
        "bol", "rol", "tol", "ban", "ben", "ba", "be", "ra", "re", "ert", "kent", "ig", "ok", "ek", "ak", "ot", "et", "at", "ut", "it",
        "ja", "je", "ai", "ei", "t", "k", "i",
    ];
}
