using static ChatBuddy.Grains.Demo.HungarianText;

namespace ChatBuddy.Grains.Demo;

/// <summary>Pets: dry food, wet food and treats for dogs and cats in several pack sizes.</summary>
internal static class PetCatalog
{
    private const string DogFood = "Kisállat > Kutyaeledelek";
    private const string CatFood = "Kisállat > Macskaeledelek";
    private const string Accessories = "Kisállat > Fekhelyek és játékok";

    public static void Build(CatalogBuilder b)
    {
        PetFood[] dog =
        [
            new("Falkavezér", "Adult Medium", "csirkés", "száraz kutyatáp", "felnőtt", "közepes testű (11–25 kg)", 26, 15, false, [("2 kg", 6990), ("12 kg", 29990)], "Fő összetevője a csirkehús (30%), mellette rizs és répa."),
            new("Falkavezér", "Adult Large", "marhahúsos", "száraz kutyatáp", "felnőtt", "nagytestű (25 kg felett)", 25, 14, false, [("12 kg", 31990), ("15 kg", 36990)], "A glükózamin és a kondroitin támogatja a nagytestű kutyák ízületeit."),
            new("Falkavezér", "Puppy", "csirkés", "száraz kutyatáp", "kölyök", "minden fajta", 30, 18, false, [("2 kg", 7490), ("12 kg", 32990)], "A kalciummal és DHA-val dúsított összetétel segíti a csontok és az idegrendszer fejlődését."),
            new("Falkavezér", "Senior", "bárányos-rizses", "száraz kutyatáp", "idős (7 év felett)", "minden fajta", 22, 10, false, [("2 kg", 6990), ("12 kg", 29990)], "A csökkentett zsírtartalom és a hozzáadott L-karnitin segít megőrizni az ideális testsúlyt."),
            new("Falkavezér", "Grain Free", "lazacos-édesburgonyás", "gabonamentes száraz kutyatáp", "felnőtt", "minden fajta", 28, 16, true, [("2 kg", 8990), ("10 kg", 34990)], "Gabonamentes, ezért érzékeny emésztésű kutyáknak is ajánljuk."),
            new("Bundás Menü", "Adult", "marhahúsos", "száraz kutyatáp", "felnőtt", "minden fajta", 21, 10, false, [("4 kg", 6490), ("15 kg", 17990)], "Kiegyensúlyozott, teljes értékű mindennapi táp hozzáadott vitaminokkal."),
            new("Bundás Menü", "Adult Small", "pulykás", "száraz kutyatáp", "felnőtt", "kistestű (10 kg alatt)", 25, 15, false, [("1,5 kg", 3490), ("4 kg", 7990)], "A kisebb krokett kistestű kutyák szájába is kényelmes."),
            new("Bundás Menü", "Light", "csirkés", "súlykontroll kutyatáp", "felnőtt", "minden fajta", 24, 8, false, [("4 kg", 6990), ("15 kg", 19990)], "30%-kal kevesebb zsírt tartalmaz, mint az Adult változat, túlsúlyos vagy ivartalanított kutyáknak."),
            new("Hűséges", "Adult", "baromfis", "száraz kutyatáp", "felnőtt", "minden fajta", 19, 8, false, [("10 kg", 8990), ("20 kg", 15990)], "Kedvező árú, teljes értékű táp nagy fogyasztású kutyáknak és kutyapanzióknak."),
            new("Bundás Menü", "Konzerv", "marhahúsos", "nedves kutyaeledel", "felnőtt", "minden fajta", 8, 5, false, [("400 g", 790), ("6 × 400 g", 4290)], "Húsdarabok aszpikban, 60% hústartalommal, önmagában vagy száraz táp mellé."),
            new("Bundás Menü", "Konzerv", "csirkés", "nedves kutyaeledel", "felnőtt", "minden fajta", 8, 5, false, [("400 g", 790), ("6 × 400 g", 4290)], "Húsdarabok aszpikban, 60% hústartalommal, önmagában vagy száraz táp mellé."),
            new("Falkavezér", "Pástétom", "bárányos", "nedves kutyaeledel", "felnőtt", "minden fajta", 10, 6, true, [("400 g", 1290), ("6 × 400 g", 6990)], "Gabonamentes, finom pástétom egyetlen állati fehérjeforrással."),
            new("Mancs & Társa", "Csíkok", "csirkemelles", "jutalomfalat", "felnőtt", "minden fajta", 70, 3, true, [("100 g", 1990), ("500 g", 7990)], "100% szárított csirkemell, tartósítószer nélkül, kiképzéshez is jó."),
            new("Mancs & Társa", "Fogápoló rágó", "mentás", "jutalomfalat", "felnőtt", "közepes testű (11–25 kg)", 12, 3, false, [("7 db", 2490), ("28 db", 7990)], "A recés felület és a napi egy rágó segít csökkenteni a fogkőképződést."),
        ];
        PetFood[] cat =
        [
            new("Cicamenü", "Adult", "lazacos", "száraz macskatáp", "felnőtt", "minden fajta", 32, 13, false, [("1,5 kg", 4490), ("10 kg", 21990)], "A taurin és az omega-3 zsírsavak a szív és a szőrzet egészségét támogatják."),
            new("Cicamenü", "Sterilised", "csirkés", "száraz macskatáp", "felnőtt", "minden fajta", 35, 10, false, [("1,5 kg", 4690), ("10 kg", 22990)], "Ivartalanított macskáknak készült: alacsonyabb zsírtartalmú, és a húgyutak egészségét is támogatja."),
            new("Cicamenü", "Kitten", "csirkés", "száraz macskatáp", "kölyök", "minden fajta", 36, 18, false, [("400 g", 1690), ("1,5 kg", 4990)], "Kis méretű, könnyen rágható krokett két és tizenkét hónapos kor közötti cicáknak."),
            new("Falkavezér", "Cat Grain Free", "kacsás", "gabonamentes száraz macskatáp", "felnőtt", "minden fajta", 38, 16, true, [("2 kg", 8990), ("7 kg", 26990)], "Gabonamentes, 70% állati eredetű összetevővel."),
            new("Cicamenü", "Alutálca", "vegyes ízű", "nedves macskaeledel", "felnőtt", "minden fajta", 8, 5, false, [("12 × 85 g", 3490), ("48 × 85 g", 12990)], "Falatok szószban négyféle ízben: csirke, marha, lazac és pulyka."),
            new("Mancs & Társa", "Macskafű-falatok", "macskafüves", "jutalomfalat", "felnőtt", "minden fajta", 30, 20, false, [("60 g", 990), ("3 × 60 g", 2690)], "Ropogós kívül, krémes belül; a macskafű segít a szőrlabdák távozásában."),
        ];
        foreach (var food in dog)
        {
            AddFood(b, food, DogFood, "KE", "kutya");
        }

        foreach (var food in cat)
        {
            AddFood(b, food, CatFood, "ME", "macska");
        }

        BedsAndToys(b);
    }

    private static void BedsAndToys(CatalogBuilder b)
    {
        var r = b.Random;
        (string Size, string Dimensions, string Dog, int Price)[] beds =
        [
            ("M", "70 × 55 cm", "15 kg-ig", 12990),
            ("L", "90 × 70 cm", "30 kg-ig", 17990),
            ("XL", "110 × 85 cm", "30 kg felett", 23990),
        ];
        foreach (var bed in beds)
        {
            foreach (var colour in r.Sample(["szürke", "barna", "sötétkék"], 2))
            {
                var description = Sentences(
                    $"Ortopéd kutyafekhely {bed.Dimensions}-es fekvőfelülettel, {bed.Dog} kutyáknak.",
                    "A 8 cm vastag memóriahab tehermentesíti az ízületeket, ezért idős és nagytestű kutyáknak különösen ajánljuk.",
                    r.Pick<string>(["A huzat cipzárral levehető és 40 °C-on mosható.", "Csúszásgátló alja a járólapon sem csúszik el."]),
                    $"Színe: {colour}.");
                var attributes = ProductAttributes.Of(("méret", $"{bed.Size} ({bed.Dimensions})"), ("anyag", "memóriahab, poliészter huzat"), ("szín", colour));
                b.Add(new ProductDraft(Accessories, "KJ", "Mancs & Társa", $"Mancs & Társa ortopéd kutyafekhely, {bed.Size}, {bed.Dimensions}, {colour}", description, bed.Price, attributes));
            }
        }

        (string Name, int Price, string Description, (string, string)[] Attributes)[] items =
        [
            ("Mancs & Társa macskakaparó fa, 95 cm", 19990,
                "Háromszintes, 95 cm magas macskakaparó szizál borítású oszlopokkal, barlanggal és kilátóval. A talp 40 × 40 cm-es, a stabilitás miatt falhoz is rögzíthető. Két lógó játék tartozik hozzá.",
                [("méret", "40 × 40 × 95 cm"), ("anyag", "szizál, plüss, forgácslap"), ("szín", "szürke")]),
            ("Mancs & Társa kötélhúzó játék kutyáknak", 1990,
                "Fonott pamutkötél játék két csomóval, húzós játékhoz és rágáshoz. A rágás közben tisztítja a fogakat. Hossza 40 cm.",
                [("hossz", "40 cm"), ("anyag", "pamut")]),
            ("Mancs & Társa labdadobó két labdával", 4990,
                "Labdadobó 64 cm-es karral, amellyel kétszer messzebbre dobhatod a labdát, és nem kell lehajolnod a nyálas labdáért. Két gumilabdát adunk hozzá.",
                [("hossz", "64 cm"), ("anyag", "műanyag, gumi")]),
            ("Mancs & Társa interaktív etetőjáték", 3990,
                "Szimatolós etetőjáték, amelyben a kutya vagy macska a rekeszekből szedi ki a jutalomfalatot. Lelassítja a mohó evést, és leköti a figyelmet. Mosogatógépben mosható.",
                [("méret", "30 × 30 cm"), ("anyag", "BPA-mentes műanyag")]),
            ("Mancs & Társa macskahorgász játék tollal", 1490,
                "Rugalmas pálcára erősített tollas játék, amellyel a macska vadászösztönét élheti ki. A toll cserélhető, a csomagban két pót toll van.",
                [("hossz", "90 cm"), ("anyag", "üvegszál pálca, toll")]),
            ("Mancs & Társa automata póráz, 5 m", 5990,
                "Behúzható automata póráz 5 m-es szalaggal, 25 kg-os kutyáig. Egy gombbal rögzíthető bármilyen hosszon, a fogantyú gumírozott.",
                [("hossz", "5 m"), ("terhelhetőség", "25 kg"), ("szín", "piros")]),
        ];
        foreach (var item in items)
        {
            b.Add(new ProductDraft(Accessories, "KJ", "Mancs & Társa", item.Name, item.Description, item.Price, ProductAttributes.Of(item.Attributes)));
        }
    }

    private static void AddFood(CatalogBuilder b, PetFood f, string category, string prefix, string animal)
    {
        var r = b.Random;
        var full = $"{f.Brand} {f.Line}";
        var stage = f.LifeStage switch
        {
            "kölyök" => animal == "kutya" ? "kölyökkutyáknak" : "kölyökmacskáknak",
            "felnőtt" => animal == "kutya" ? "felnőtt kutyáknak" : "felnőtt macskáknak",
            _ => animal == "kutya" ? "idős kutyáknak" : "idős macskáknak",
        };
        var opening = r.Pick<string>(
        [
            $"{TheCap(full)} {f.Flavour} {f.Kind} {stage}.",
            $"{Capitalize(f.Flavour)} {f.Kind} {stage}, {(f.BreedSize == "minden fajta" ? "minden fajtának" : f.BreedSize + " fajtáknak")}: {The(full)}.",
        ]);
        var nutrition = f.Kind.Contains("jutalomfalat", StringComparison.Ordinal)
            ? "Jutalomfalatként naponta legfeljebb a napi energiaszükséglet 10%-áig adj belőle."
            : $"Nyersfehérje-tartalma {f.Protein}%, nyerszsírtartalma {f.Fat}%.";
        foreach (var (pack, price) in f.Packs)
        {
            var description = Sentences(opening, f.Fact, nutrition, $"Kiszerelés: {pack}.");
            var attributes = new ProductAttributes()
                .Set("típus", f.Kind)
                .Set("kiszerelés", pack)
                .Set("íz", f.Flavour)
                .Set("életkor", f.LifeStage)
                .Set("fajtaméret", f.BreedSize)
                .Set("gabonamentes", f.GrainFree ? "igen" : "nem")
                .Set("fehérjetartalom", $"{f.Protein}%");
            b.Add(new ProductDraft(category, prefix, f.Brand, $"{full} {f.Flavour} {f.Kind}, {pack}", description, price, attributes));
        }
    }

    private sealed record PetFood(
        string Brand,
        string Line,
        string Flavour,
        string Kind,
        string LifeStage,
        string BreedSize,
        int Protein,
        int Fat,
        bool GrainFree,
        (string Pack, int Price)[] Packs,
        string Fact);
}
