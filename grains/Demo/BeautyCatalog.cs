using static ChatBuddy.Grains.Demo.HungarianText;

namespace ChatBuddy.Grains.Demo;

/// <summary>Beauty: perfumes in several bottle sizes, skin and sun care.</summary>
internal static class BeautyCatalog
{
    private const string Perfumes = "Szépségápolás > Parfümök";
    private const string SkinCare = "Szépségápolás > Bőrápolás";
    private const string HairCare = "Szépségápolás > Hajápolás";

    public static void Build(CatalogBuilder b)
    {
        PerfumeBottles(b);
        SkinCareItems(b);
        HairCareItems(b);
    }

    private static void HairCareItems(CatalogBuilder b)
    {
        (string Brand, string Name, int Price, string Description, (string, string)[] Attributes, bool Durable)[] items =
        [
            ("Tiszta Forrás", "Tiszta Forrás hidratáló sampon argánolajjal, 400 ml", 2490,
                "Szulfátmentes sampon argánolajjal száraz, töredezett hajra. Kíméletesen tisztít, és könnyen fésülhetővé teszi a hajat. Naponta is használható.",
                [("kiszerelés", "400 ml"), ("hajtípus", "száraz, töredezett"), ("nem", "unisex")], false),
            ("Tiszta Forrás", "Tiszta Forrás korpásodás elleni sampon, 400 ml", 2290,
                "Sampon cink-piritionnal a korpásodás és a fejbőr viszketése ellen. Két-három hét rendszeres használat után látható az eredmény. Friss, mentás illatú.",
                [("kiszerelés", "400 ml"), ("hajtípus", "korpás fejbőr"), ("nem", "unisex")], false),
            ("Tiszta Forrás", "Tiszta Forrás hajbalzsam keratinnal, 300 ml", 2490,
                "Öblítendő hajbalzsam keratinnal és pantenollal, amely kisimítja a hajszálakat és csökkenti a töredezést. Egy-két perc után öblítsd ki.",
                [("kiszerelés", "300 ml"), ("hajtípus", "sérült"), ("nem", "unisex")], false),
            ("Maison Léa", "Maison Léa hajpakolás, 200 ml", 4990,
                "Intenzív, tápláló hajpakolás shea vajjal és kókuszolajjal, hetente egyszer-kétszer. Tíz percig hagyd a hajon, majd öblítsd ki alaposan. Festett hajra is.",
                [("kiszerelés", "200 ml"), ("hajtípus", "száraz, festett"), ("nem", "női")], false),
            ("Ambra Nova", "Ambra Nova férfi sampon és tusfürdő 2 az 1-ben, 400 ml", 1990,
                "Sampon és tusfürdő egyben, friss, fás illattal. Edzőtáskába és utazáshoz praktikus, mert egy flakon elég.",
                [("kiszerelés", "400 ml"), ("nem", "férfi")], false),
            ("Selyma", "Selyma Pro 2200 W hajszárító ionizálással", 14990,
                "2200 W-os hajszárító ionos funkcióval, amely csökkenti a haj elektromosságát. Három hőfok, két sebesség és hideglevegő-gomb. A csomagban koncentrátor és diffúzor is van.",
                [("teljesítmény", "2200 W"), ("kábelhossz", "1,8 m"), ("nem", "unisex")], true),
            ("Selyma", "Selyma Glide kerámia hajvasaló", 11990,
                "Kerámia bevonatú lapokkal szerelt hajvasaló, 150 és 230 °C között állítható hőfokkal. 30 másodperc alatt felfűt, egy óra után magától kikapcsol.",
                [("hőfok", "150–230 °C"), ("lapszélesség", "25 mm"), ("nem", "női")], true),
        ];
        foreach (var item in items)
        {
            b.Add(new ProductDraft(HairCare, "HA", item.Brand, item.Name, item.Description, item.Price, ProductAttributes.Of(item.Attributes), item.Durable));
        }
    }

    private static void PerfumeBottles(CatalogBuilder b)
    {
        var r = b.Random;
        Perfume[] perfumes =
        [
            new("Maison Léa", "Rose Noir", "eau de parfum", "női", "virágos-fás", ["bergamott", "rózsabors"], ["bolgár rózsa", "jázmin"], ["pacsuli", "vanília"], [(30, 14990), (50, 21990), (100, 32990)]),
            new("Maison Léa", "Blanc Iris", "eau de parfum", "női", "púderes-virágos", ["körte", "mandarin"], ["írisz", "magnólia"], ["szantálfa", "fehér pézsma"], [(30, 13990), (50, 19990), (100, 29990)]),
            new("Maison Léa", "Soleil", "eau de toilette", "női", "citrusos-virágos", ["mandarin", "grapefruit"], ["narancsvirág", "neroli"], ["fehér pézsma"], [(50, 12990), (100, 18990)]),
            new("Ambra Nova", "Cèdre Bleu", "eau de toilette", "férfi", "fás-aromás", ["grapefruit", "borsmenta"], ["levendula", "zsálya"], ["cédrus", "vetiver"], [(50, 13990), (100, 19990)]),
            new("Ambra Nova", "Noir Intense", "eau de parfum", "férfi", "fűszeres-fás", ["kardamom", "fekete bors"], ["bőr", "írisz"], ["tonkabab", "ámbra"], [(50, 22990), (100, 32990)]),
            new("Ambra Nova", "Sport Fresh", "eau de toilette", "férfi", "friss-vizes", ["citrom", "tengeri jegyek"], ["gyömbér", "geránium"], ["fehér pézsma", "cédrus"], [(50, 9990), (100, 14990)]),
            new("Liliom & Co", "Zöld Tea", "eau de cologne", "unisex", "citrusos-zöld", ["citrom", "bergamott"], ["zöld tea", "jázmin"], ["fehér pézsma"], [(100, 7990), (200, 11990)]),
            new("Liliom & Co", "Füge", "eau de parfum", "unisex", "gyümölcsös-zöld", ["fügelevél", "bergamott"], ["füge", "kókusz"], ["cédrus", "benzoe"], [(50, 16990), (100, 24990)]),
            new("Viridis", "Oud Royal", "extrait de parfum", "unisex", "keleti-fás", ["sáfrány", "rózsa"], ["oud", "pacsuli"], ["ámbra", "labdanum"], [(50, 39990), (100, 59990)]),
            new("Viridis", "Vanille Ambrée", "eau de parfum", "női", "gourmand", ["mandula", "rózsabors"], ["vanília", "karamell"], ["benzoe", "tonkabab"], [(30, 12990), (50, 18990), (100, 27990)]),
            new("Viridis", "Vetiver Club", "eau de toilette", "férfi", "fás", ["citrom", "bergamott"], ["vetiver", "szerecsendió"], ["pacsuli", "cédrus"], [(50, 14990), (100, 21990)]),
            new("Maison Léa", "Petite Fleur", "alkoholmentes illatpermet", "gyerek", "gyümölcsös", ["eper", "alma"], ["bazsarózsa"], ["vanília"], [(50, 4990)]),
        ];
        foreach (var p in perfumes)
        {
            var full = $"{p.Brand} {p.Scent}";
            var forWhom = p.Gender switch
            {
                "női" => "nőknek",
                "férfi" => "férfiaknak",
                "gyerek" => "gyerekeknek",
                _ => "nőknek és férfiaknak",
            };
            var nameFor = p.Gender == "unisex" ? "unisex" : forWhom;
            var lasting = p.Concentration switch
            {
                "extrait de parfum" => "Extrait koncentrációja miatt akár 10–12 órán át érezhető a bőrön, elég belőle egy-két fújás.",
                "eau de parfum" => "Eau de parfum koncentrációjú, 6–8 órán át érezhető a bőrön.",
                "eau de toilette" => "Eau de toilette, könnyedebb koncentráció: 4–6 órán át kíséri a napodat.",
                "eau de cologne" => "Kölniként frissítő, 2–3 órán át érezhető, ezért napközben bátran újrafújhatod.",
                _ => "Alkoholmentes, bőrbarát formula, 3 éves kortól használható.",
            };
            var occasion = p.Family switch
            {
                "keleti-fás" or "fűszeres-fás" or "gourmand" or "virágos-fás" => "Esti programokra és hűvösebb évszakokra ajánljuk.",
                "friss-vizes" or "citrusos-zöld" or "citrusos-virágos" => "Nyári napokra, irodába és edzés utánra ideális.",
                _ => "Nappali viseletre és különleges alkalmakra egyaránt jó választás.",
            };
            var opening = r.Pick<string>(
            [
                $"{TheCap(full)} {p.Family} {p.Concentration} {forWhom}.",
                $"{Capitalize(p.Family)} illat {forWhom}: {The(full)} {p.Concentration}.",
            ]);
            var notes = $"Fejjegyében {Join(p.Top)}, szívében {Join(p.Heart)}, alapjában {Join(p.Base)} érezhető.";
            foreach (var (ml, price) in p.Sizes)
            {
                var attributes = new ProductAttributes()
                    .Set("koncentráció", p.Concentration)
                    .Set("kiszerelés", $"{ml} ml")
                    .Set("illatcsalád", p.Family)
                    .Set("illatjegyek", [.. p.Top, .. p.Heart, .. p.Base])
                    .Set("nem", p.Gender);
                var description = Sentences(opening, notes, r.Chance(0.5) ? lasting : occasion, $"{TheCap($"{ml} ml-es")} üveg szórófejes.");
                b.Add(new ProductDraft(Perfumes, "PF", p.Brand, $"{full} {p.Concentration} {nameFor}, {ml} ml", description, price, attributes));
            }
        }
    }

    private static string Join(string[] notes) => notes.Length == 1 ? notes[0] : $"{string.Join(", ", notes[..^1])} és {notes[^1]}";

    private static void SkinCareItems(CatalogBuilder b)
    {
        (string Brand, string Name, int Price, string Description, (string, string)[] Attributes)[] items =
        [
            ("Viridis", "Viridis Hydra Aqua hidratáló arckrém, 50 ml", 5990,
                "Könnyű, gyorsan beszívódó hidratáló arckrém hialuronsavval és aloe verával, normál és száraz bőrre. Illatanyagmentes, nem tömíti el a pórusokat. Reggel és este is használható, smink alá is jó alap.",
                [("kiszerelés", "50 ml"), ("bőrtípus", "normál, száraz"), ("hatóanyag", "hialuronsav, aloe vera"), ("nem", "unisex")]),
            ("Viridis", "Viridis Hydra SPF 30 nappali arckrém, 50 ml", 6990,
                "Hidratáló nappali arckrém SPF 30 fényvédelemmel, hogy a mindennapi UV-sugárzás ellen is védjen. Nem hagy fehér réteget, sminkalapnak is jó. Minden bőrtípusra.",
                [("kiszerelés", "50 ml"), ("bőrtípus", "minden bőrtípus"), ("fényvédő faktor", "SPF 30"), ("nem", "unisex")]),
            ("Liliom & Co", "Liliom & Co éjszakai regeneráló arckrém retinollal, 50 ml", 8990,
                "Éjszakai arckrém 0,3% retinollal és ceramidokkal, amely segíti a bőr megújulását alvás közben. Az első két hétben minden második este használd, hogy a bőröd hozzászokjon. Nappal mindenképp használj mellé fényvédőt.",
                [("kiszerelés", "50 ml"), ("bőrtípus", "normál, kombinált"), ("hatóanyag", "0,3% retinol, ceramidok"), ("nem", "női")]),
            ("Liliom & Co", "Liliom & Co szemkörnyékápoló koffeinnel, 15 ml", 4990,
                "Hűsítő szemkörnyékápoló koffeinnel és peptidekkel a duzzanat és a sötét karikák ellen. A fém applikátorvég masszírozza a bőrt. Szemészetileg tesztelt.",
                [("kiszerelés", "15 ml"), ("hatóanyag", "koffein, peptidek"), ("nem", "unisex")]),
            ("Maison Léa", "Maison Léa C-vitaminos szérum, 30 ml", 9990,
                "Szérum 10% stabil C-vitaminnal a fakó, egyenetlen bőrtónus ellen. Reggel, a hidratáló krém előtt vidd fel három-négy cseppet. Sötét, fényvédő üvegben, pipettával.",
                [("kiszerelés", "30 ml"), ("hatóanyag", "10% C-vitamin"), ("nem", "unisex")]),
            ("Maison Léa", "Maison Léa Or ránctalanító krém, 50 ml", 14990,
                "Gazdag, feszesítő arckrém peptidekkel, shea vajjal és niacinamiddal érett bőrre. Tégelyes kiszerelés spatulával. 40 év felettieknek ajánljuk, nappali és éjszakai ápolásra.",
                [("kiszerelés", "50 ml"), ("bőrtípus", "érett bőr"), ("hatóanyag", "peptidek, niacinamid, shea vaj"), ("nem", "női")]),
            ("Tiszta Forrás", "Tiszta Forrás micellás víz, 400 ml", 2490,
                "Gyengéd micellás víz, amely egy lépésben eltávolítja a sminket és a szennyeződéseket, öblítés nélkül. Alkohol- és illatanyagmentes, érzékeny bőrre is.",
                [("kiszerelés", "400 ml"), ("bőrtípus", "érzékeny"), ("nem", "unisex")]),
            ("Tiszta Forrás", "Tiszta Forrás arctisztító gél, 150 ml", 2990,
                "Habzó arctisztító gél cinkkel és szalicilsavval zsíros, pattanásra hajlamos bőrre. Reggel és este langyos vízzel használd. Nem szárítja ki a bőrt.",
                [("kiszerelés", "150 ml"), ("bőrtípus", "zsíros, pattanásos"), ("hatóanyag", "cink, szalicilsav"), ("nem", "unisex")]),
            ("Tiszta Forrás", "Tiszta Forrás Sensitive testápoló, 400 ml", 2990,
                "Illatanyagmentes testápoló tej glicerinnel és panthenollal száraz, érzékeny bőrre. Pumpás flakonban, gyorsan beszívódik, nem ragad.",
                [("kiszerelés", "400 ml"), ("bőrtípus", "száraz, érzékeny"), ("nem", "unisex")]),
            ("Viridis", "Viridis kamillás kézkrém, 75 ml", 1990,
                "Kamillával és urea-val dúsított kézkrém a kiszáradt, kirepedezett kézre. Gyorsan beszívódik, nem hagy zsíros réteget. Kis tubus, a táskában is elfér.",
                [("kiszerelés", "75 ml"), ("hatóanyag", "kamilla, urea"), ("nem", "unisex")]),
            ("Tiszta Forrás", "Tiszta Forrás napvédő krém SPF 50, 200 ml", 5490,
                "Nagyon magas fényvédelmű, vízálló naptej UVA- és UVB-szűrővel. Nem ragad, gyorsan beszívódik. Strandra, hegyre és nyári városnézéshez.",
                [("kiszerelés", "200 ml"), ("fényvédő faktor", "SPF 50"), ("vízálló", "igen"), ("nem", "unisex")]),
            ("Tiszta Forrás", "Tiszta Forrás gyerek naptej SPF 50+, 150 ml", 4990,
                "Gyerekeknek készült, illatanyagmentes naptej SPF 50+ védelemmel, bőrgyógyászatilag tesztelve. Ásványi és kémiai szűrők kombinációja, vízálló. Egy éves kortól ajánljuk.",
                [("kiszerelés", "150 ml"), ("fényvédő faktor", "SPF 50+"), ("vízálló", "igen"), ("nem", "gyerek")]),
            ("Liliom & Co", "Liliom & Co ajakbalzsam, 3 darabos csomag", 1990,
                "Három ajakbalzsam méhviasszal és shea vajjal: natúr, mentás és bogyós ízben. Megóvja az ajkakat a kirepedezéstől a hideg, szeles napokon.",
                [("darabszám", "3 db"), ("hatóanyag", "méhviasz, shea vaj"), ("nem", "unisex")]),
        ];
        foreach (var item in items)
        {
            b.Add(new ProductDraft(SkinCare, "BA", item.Brand, item.Name, item.Description, item.Price, ProductAttributes.Of(item.Attributes)));
        }
    }

    private sealed record Perfume(
        string Brand,
        string Scent,
        string Concentration,
        string Gender,
        string Family,
        string[] Top,
        string[] Heart,
        string[] Base,
        (int Ml, int Price)[] Sizes);
}
