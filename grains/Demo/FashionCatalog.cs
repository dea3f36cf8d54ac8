using static ChatBuddy.Grains.Demo.HungarianText;

namespace ChatBuddy.Grains.Demo;

/// <summary>Fashion: women's and men's jackets and men's T-shirts, each colour a SKU with its sizes in stock.</summary>
internal static class FashionCatalog
{
    private const string WomenJackets = "Divat > Női kabátok";
    private const string MenJackets = "Divat > Férfi kabátok";
    private const string MenShirts = "Divat > Férfi pólók";
    private const string WomenShirts = "Divat > Női pólók";
    private const string Accessories = "Divat > Sapkák, sálak, kesztyűk";

    private static readonly string[] WomenSizes = ["XS", "S", "M", "L", "XL"];
    private static readonly string[] MenSizes = ["S", "M", "L", "XL", "XXL"];

    public static void Build(CatalogBuilder b)
    {
        foreach (var jacket in WomenJacketModels())
        {
            AddGarment(b, jacket, WomenJackets, "NK", "női", WomenSizes);
        }

        foreach (var jacket in MenJacketModels())
        {
            AddGarment(b, jacket, MenJackets, "FK", "férfi", MenSizes);
        }

        foreach (var shirt in ShirtModels())
        {
            AddGarment(b, shirt, MenShirts, "FP", "férfi", shirt.Model == "Classic" ? [.. MenSizes, "3XL"] : MenSizes);
        }

        foreach (var shirt in WomenShirtModels())
        {
            AddGarment(b, shirt, WomenShirts, "NP", "női", WomenSizes);
        }

        WinterAccessories(b);
    }

    private static void AddGarment(CatalogBuilder b, Garment g, string category, string prefix, string gender, string[] allSizes)
    {
        var r = b.Random;
        var opening = r.Pick(g.Openings);
        var facts = r.Sample(g.Facts, 2);
        foreach (var colour in g.Colours)
        {
            var sizes = allSizes.ToList();
            for (var missing = r.Between(0, 2); missing > 0; missing--)
            {
                sizes.RemoveAt(r.Next(sizes.Count));
            }

            var description = Sentences(opening, facts[0], facts[1], $"Ez a darab {InColour(colour)} rendelhető, elérhető méretek: {string.Join(", ", sizes)}.");
            var attributes = new ProductAttributes()
                .Set("szín", colour)
                .Set("méret", sizes)
                .Set("nem", gender)
                .Set("anyag", g.Material);
            foreach (var (key, value) in g.Attributes)
            {
                attributes.Set(key, value);
            }

            b.Add(new ProductDraft(category, prefix, g.Brand, $"{g.Brand} {g.Model} {gender} {g.Noun}, {colour}", description, g.Price, attributes));
        }
    }

    private static Garment[] WomenJacketModels() =>
    [
        new("Nordvik", "Alpina", "steppelt télikabát, kapucnis", 49990, "100% poliamid külső, poliészter bélés, szintetikus töltet", ["fekete", "bordó", "sötétkék", "bézs", "piros"],
            [
                "A Nordvik Alpina combközépig érő, steppelt női télikabát levehető kapucnival, amely mínusz 15 fokig melegen tart.",
                "Hideg reggelekre, hosszú várakozásra a megállóban: a Nordvik Alpina női télikabát szintetikus töltete nedvesen is melegít.",
            ],
            [
                "A vízlepergető külső anyagról lepereg a hó és a könnyű eső.",
                "Két cipzáras oldalzsebe és egy belső zsebe van, a mandzsetta belül bordás.",
                "Hossza M méretben 88 cm, a derékrész enyhén karcsúsított.",
                "A töltet állatbarát, 30 fokon mosógépben mosható.",
            ],
            [("hőtartás", "-15 °C-ig"), ("vízlepergető", "igen"), ("hossz", "88 cm (M)")]),
        new("Nordvik", "Fjord", "pehelykabát, hosszú", 79990, "100% poliamid külső, 80% pehely, 20% toll töltet", ["fekete", "olívazöld", "púder", "ekrü"],
            [
                "A Nordvik Fjord térd alá érő, hosszú női pehelykabát valódi pehelytöltettel, a legcsípősebb téli napokra.",
                "Ha egész télen csak egy kabátot akarsz: a Nordvik Fjord hosszú női pehelykabát mínusz 20 fokig melegen tart.",
            ],
            [
                "A pehely felelős forrásból származik, tanúsítvánnyal.",
                "A kétirányú cipzár miatt ülve és lépcsőn is kényelmes.",
                "Kapucnija műszőrme szegélyes, a szegély levehető.",
                "Hossza M méretben 105 cm.",
            ],
            [("hőtartás", "-20 °C-ig"), ("töltet", "80% pehely, 20% toll"), ("hossz", "105 cm (M)")]),
        new("Lúna", "Milano", "gyapjúkabát", 59990, "60% gyapjú, 40% poliészter, viszkóz bélés", ["teveszín", "szürke", "fekete", "bordó"],
            [
                "A Lúna Milano egyenes szabású, elegáns női gyapjúkabát, amely irodába és színházba is illik.",
                "Klasszikus, időtálló darab: a Lúna Milano női kabát 60% gyapjúból készült, fordítható gallérral.",
            ],
            [
                "Kétsoros gombolású, a derékon megköthető övvel.",
                "A sima viszkózbélés miatt pulóverre is könnyen felveszed.",
                "Vegytisztítást ajánlunk, gőzöléssel frissíthető.",
                "Hossza M méretben 98 cm.",
            ],
            [("hossz", "98 cm (M)"), ("ápolás", "vegytisztítás")]),
        new("Lúna", "Trench", "ballonkabát övvel", 34990, "100% pamut gabardin", ["bézs", "sötétkék", "khaki"],
            [
                "A Lúna Trench klasszikus, kétsoros női ballonkabát övvel és vállpántokkal, átmeneti időszakra.",
                "Tavaszi és őszi kedvenc: a Lúna Trench női ballonkabát sűrű szövésű pamut gabardinból készült.",
            ],
            [
                "Az anyag vízlepergető kikészítést kapott, egy kisebb zápor nem ázik át rajta.",
                "A hátán esővédő betét van, az ujja pánttal szűkíthető.",
                "Hossza M méretben 100 cm, 30 fokon mosható.",
            ],
            [("vízlepergető", "igen"), ("hossz", "100 cm (M)")]),
        new("Évszak", "Parka", "téli parka, műszőrmés kapucnival", 44990, "65% poliészter, 35% pamut, steppelt bélés", ["khaki", "fekete", "sötétkék", "olívazöld"],
            [
                "Az Évszak Parka fenékig érő, bélelt női téli parka, levehető műszőrmés kapucnival.",
                "Hétköznapi, sportos télikabát: az Évszak Parka steppelt bélése mínusz 10 fokig melegen tart.",
            ],
            [
                "A derekán belül húzózsinórral szűkíthető.",
                "Négy külső zsebe van, a cipzár előtt patentos takarópánt fut.",
                "Hossza M méretben 85 cm.",
            ],
            [("hőtartás", "-10 °C-ig"), ("hossz", "85 cm (M)")]),
        new("Évszak", "Eső", "esőkabát, kapucnis", 24990, "100% poliészter, PU membrán", ["sárga", "sötétkék", "piros", "zöld"],
            [
                "Az Évszak Eső könnyű, kapucnis női esőkabát 10 000 mm-es vízoszloppal és ragasztott varratokkal.",
                "Esőben biciklizel vagy kutyát sétáltatsz? Az Évszak Eső női kabát akkor is száraz marad, ha órákig esik.",
            ],
            [
                "A membrán légáteresztő, így nem izzadsz bele.",
                "Saját zsebébe hajtogatható, a táskában alig foglal helyet.",
                "A hátán fényvisszaverő csík van.",
            ],
            [("vízoszlop", "10 000 mm"), ("vízálló", "igen")]),
        new("Évszak", "Softshell", "softshell dzseki", 19990, "94% poliészter, 6% elasztán, polár belső", ["fekete", "türkiz", "lila", "kék"],
            [
                "Az Évszak Softshell szélálló, rugalmas női dzseki puha polár belsővel, túrázáshoz és mindennapra.",
                "Kirándulásra és hűvös tavaszi napokra: az Évszak Softshell női dzseki 8000 mm-es vízoszlopú.",
            ],
            [
                "A háromrétegű anyag szélálló és vízlepergető, mégis jól szellőzik.",
                "Két cipzáras oldalzsebe és egy mellzsebe van.",
                "A rugalmas anyag nem akadályozza a mozgást.",
            ],
            [("vízoszlop", "8000 mm"), ("szélálló", "igen")]),
        new("Nordvik", "Light", "könnyű steppelt átmeneti kabát", 22990, "100% nejlon, szintetikus töltet", ["fekete", "bézs", "mentazöld", "piros"],
            [
                "A Nordvik Light pehelykönnyű, steppelt női átmeneti kabát, amely saját zsákjába csomagolható.",
                "Őszre, tavaszra és utazáshoz: a Nordvik Light mindössze 290 g, mégis meglepően meleg.",
            ],
            [
                "Kabát alá, vékony mellényként is hordható.",
                "Szintetikus töltete nedvesen is megtartja a hőt.",
                "Hossza M méretben 66 cm.",
            ],
            [("súly", "290 g"), ("hossz", "66 cm (M)")]),
        new("Lúna", "Biker", "műbőr motoros dzseki", 17990, "100% poliuretán, poliészter bélés", ["fekete", "barna", "bordó"],
            [
                "A Lúna Biker rövid, karcsúsított női műbőr dzseki ferde cipzárral és fémpatentos gallérral.",
                "Rockos kiegészítő ruhához és farmerhez: a Lúna Biker női műbőr dzseki.",
            ],
            [
                "A műbőr puha, állatbarát anyag.",
                "Az ujjak végén cipzár van.",
                "Kímélő programon, 30 fokon mosható.",
            ],
            [("hossz", "52 cm (M)")]),
        new("Évszak", "Farmer", "farmerdzseki", 14990, "100% pamut denim", ["világoskék", "sötétkék"],
            [
                "Az Évszak Farmer klasszikus szabású női farmerdzseki gombos mellzsebekkel.",
                "Minden szezonban jól jön: az Évszak Farmer női dzseki puha, előmosott pamut denimből készült.",
            ],
            [
                "Egyenes, kicsit rövidebb szabás, ruhához és nadrághoz is jól áll.",
                "40 fokon mosható, mosás után nem megy össze.",
            ],
            [("hossz", "55 cm (M)")]),
    ];

    private static Garment[] MenJacketModels() =>
    [
        new("Nordvik", "Alpina", "steppelt télikabát, kapucnis", 52990, "100% poliamid külső, poliészter bélés, szintetikus töltet", ["fekete", "sötétkék", "khaki", "piros"],
            [
                "A Nordvik Alpina combtőig érő, steppelt férfi télikabát levehető kapucnival, mínusz 15 fokig.",
                "Városi télre tervezve: a Nordvik Alpina férfi télikabát vízlepergető és szélálló.",
            ],
            [
                "A szintetikus töltet nedvesen is melegít, és mosógépben mosható.",
                "Belső zsebébe a telefon és a pénztárca is befér.",
                "Hossza L méretben 80 cm.",
            ],
            [("hőtartás", "-15 °C-ig"), ("vízlepergető", "igen"), ("hossz", "80 cm (L)")]),
        new("Nordvik", "Fjord", "pehelykabát", 84990, "100% poliamid külső, 90% pehely, 10% toll töltet", ["fekete", "szürke", "sötétkék"],
            [
                "A Nordvik Fjord 90% pehelytöltetű férfi kabát a legkeményebb telekre, mínusz 20 fokig.",
                "Könnyű, mégis nagyon meleg: a Nordvik Fjord férfi pehelykabát súlya L méretben csak 890 g.",
            ],
            [
                "A kapucni pereme állítható, a cipzár kétirányú.",
                "A pehely felelős forrásból származik, tanúsítvánnyal.",
                "Összenyomva a mellékelt zsákban utazáshoz is magaddal viheted.",
            ],
            [("hőtartás", "-20 °C-ig"), ("töltet", "90% pehely, 10% toll"), ("súly", "890 g (L)")]),
        new("Kabátház", "Londoner", "gyapjú kabát", 64990, "70% gyapjú, 30% poliamid, viszkóz bélés", ["sötétszürke", "sötétkék", "teveszín", "fekete"],
            [
                "A Kabátház Londoner egyenes szabású, egysoros férfi gyapjú kabát, öltönyre és pulóverre egyaránt.",
                "Elegáns télikabát irodába: a Kabátház Londoner 70% gyapjúból készült, combközépig ér.",
            ],
            [
                "Rejtett gombolású, két hasított oldalzsebbel és belső zsebbel.",
                "A gyapjú természetesen szabályozza a hőt, nem gyűrődik.",
                "Vegytisztítást ajánlunk, hossza L méretben 95 cm.",
            ],
            [("hossz", "95 cm (L)"), ("ápolás", "vegytisztítás")]),
        new("Évszak", "Parka", "téli parka", 49990, "65% poliészter, 35% pamut, steppelt bélés", ["khaki", "fekete", "sötétkék"],
            [
                "Az Évszak Parka strapabíró férfi téli parka bélelt kapucnival és négy nagy zsebbel.",
                "Hétköznapokra és hétvégi kirándulásra: az Évszak Parka férfi kabát mínusz 10 fokig melegen tart.",
            ],
            [
                "A vízlepergető külső anyag jól bírja a kopást.",
                "A kapucni és a derék húzózsinórral szűkíthető.",
                "Hossza L méretben 84 cm.",
            ],
            [("hőtartás", "-10 °C-ig"), ("hossz", "84 cm (L)")]),
        new("Évszak", "Softshell", "softshell dzseki", 21990, "94% poliészter, 6% elasztán, polár belső", ["fekete", "szürke", "kék", "piros"],
            [
                "Az Évszak Softshell szélálló, vízlepergető férfi dzseki polár belsővel.",
                "Túrára, biciklire, kerti munkához: az Évszak Softshell férfi dzseki rugalmas és jól szellőzik.",
            ],
            [
                "A vízoszlop 8000 mm, egy kisebb eső nem ázik át rajta.",
                "Három cipzáras zsebe van, a kapucni állítható.",
                "Gépben mosható, öblítő nélkül.",
            ],
            [("vízoszlop", "8000 mm"), ("szélálló", "igen")]),
        new("Évszak", "Eső", "esőkabát, kapucnis", 24990, "100% poliészter, PU membrán", ["sötétkék", "zöld", "sárga"],
            [
                "Az Évszak Eső könnyű, légáteresztő férfi esőkabát 10 000 mm-es vízoszloppal.",
                "Megbízható védelem zuhé ellen: az Évszak Eső férfi kabát varratai ragasztottak.",
            ],
            [
                "A kapucni sildes, és a fejhez igazítható.",
                "Saját zsebébe hajtogatható.",
                "A hóna alatti szellőzőcipzárak kirándulás közben is hűvösen tartanak.",
            ],
            [("vízoszlop", "10 000 mm"), ("vízálló", "igen")]),
        new("Nordvik", "Light", "könnyű steppelt átmeneti kabát", 24990, "100% nejlon, szintetikus töltet", ["fekete", "sötétkék", "olívazöld", "bézs"],
            [
                "A Nordvik Light könnyű, steppelt férfi átmeneti kabát, amely saját zsákjába csomagolható.",
                "Tavaszra, őszre és utazáshoz: a Nordvik Light férfi kabát súlya csak 340 g.",
            ],
            [
                "Zakó alá vagy télikabát alá rétegként is hordható.",
                "Szintetikus töltete nedvesen is megtartja a hőt.",
                "Gépben mosható.",
            ],
            [("súly", "340 g")]),
        new("Kabátház", "Aviator", "műbőr pilótadzseki", 29990, "100% poliuretán, műszőrme gallér", ["barna", "fekete", "khaki"],
            [
                "A Kabátház Aviator rövid, bélelt férfi műbőr pilótadzseki levehető műszőrme gallérral.",
                "Rövid, karakteres dzseki farmerhez: a Kabátház Aviator bélése steppelt, őszre és enyhe télre.",
            ],
            [
                "A derék és a mandzsetta bordás kötésű.",
                "Két cipzáras zsebe és belső zsebe van.",
                "Hossza L méretben 66 cm.",
            ],
            [("hossz", "66 cm (L)")]),
        new("Évszak", "Farmer", "farmerdzseki", 16990, "100% pamut denim", ["világoskék", "sötétkék", "fekete"],
            [
                "Az Évszak Farmer klasszikus, egyenes szabású férfi farmerdzseki két gombos mellzsebbel.",
                "Időtálló darab: az Évszak Farmer férfi dzseki vastag, előmosott pamut denimből készült.",
            ],
            [
                "Pólóra és ingre is jól áll.",
                "40 fokon mosható, mosás után nem megy össze.",
            ],
            [("hossz", "68 cm (L)")]),
    ];

    private static Garment[] ShirtModels() =>
    [
        new("Basico", "Classic", "kerek nyakú póló", 3990, "100% pamut", ["fehér", "fekete", "sötétkék", "szürke melír", "bordó", "olívazöld"],
            [
                "A Basico Classic egyszerű, kerek nyakú férfi póló 180 g/m²-es, tömör pamutból, normál szabással.",
                "Az alapdarab, amiből sosem elég: Basico Classic férfi póló 100% pamutból.",
            ],
            [
                "A nyakpánt bordás, mosás után is megtartja a formáját.",
                "40 fokon mosható, vasalni alig kell.",
                "Az oldalvarrás nélküli szövés miatt nem csavarodik el mosás után.",
            ],
            [("nyakkivágás", "kerek"), ("anyagvastagság", "180 g/m²"), ("szabás", "normál")]),
        new("Basico", "V", "V-nyakú póló", 4490, "100% pamut", ["fehér", "fekete", "sötétkék", "szürke melír"],
            [
                "A Basico V karcsúsított, V-nyakú férfi póló vékonyabb, 160 g/m²-es pamutból.",
                "Ing alá vagy önmagában: a Basico V férfi póló slim szabású, V-nyakú.",
            ],
            [
                "A vékonyabb anyag nyáron is kellemes.",
                "40 fokon mosható.",
                "A V-kivágás nem nyúlik ki, mert dupla varrással erősítettük.",
            ],
            [("nyakkivágás", "V"), ("anyagvastagság", "160 g/m²"), ("szabás", "slim")]),
        new("Basico", "Bio", "organikus pamut póló", 5990, "100% organikus pamut", ["fehér", "homokszín", "zöld", "kék"],
            [
                "A Basico Bio kerek nyakú férfi póló minősített organikus pamutból, vegyszermentes festéssel.",
                "Bőrbarát és környezetbarát: a Basico Bio férfi póló 100% organikus pamutból készült.",
            ],
            [
                "Az anyag 170 g/m², puha és jól szellőzik.",
                "Érzékeny bőrűeknek is ajánljuk.",
                "30 fokon mosható.",
            ],
            [("nyakkivágás", "kerek"), ("anyagvastagság", "170 g/m²"), ("szabás", "normál")]),
        new("Tartós", "Heavy", "oversize póló, vastag pamut", 7990, "100% pamut", ["fekete", "bézs", "barna"],
            [
                "A Tartós Heavy bő szabású, vastag, 240 g/m²-es pamutból készült férfi póló.",
                "Vastag, tartós anyag, laza szabás: Tartós Heavy oversize férfi póló.",
            ],
            [
                "Leejtett vállvarrással és szélesebb nyakpánttal.",
                "Sok mosás után sem vékonyodik el.",
                "Egy számmal kisebbet válassz, ha kevésbé bő fazont szeretnél.",
            ],
            [("nyakkivágás", "kerek"), ("anyagvastagság", "240 g/m²"), ("szabás", "oversize")]),
        new("Basico", "Piké", "galléros pólóing", 9990, "100% pamut piké", ["fehér", "sötétkék", "piros", "zöld"],
            [
                "A Basico Piké galléros férfi pólóing légáteresztő piké pamutból, háromgombos nyakkal.",
                "Ha a póló kevés, az ing túl sok: a Basico Piké galléros pólóing irodába és nyaralásra is jó.",
            ],
            [
                "A gallér bordás kötésű, mosás után sem kunkorodik fel.",
                "Az oldalán kis hasíték van, így kint hordva is jól áll.",
                "40 fokon mosható.",
            ],
            [("nyakkivágás", "galléros"), ("anyagvastagság", "210 g/m²"), ("szabás", "normál")]),
        new("Szélfutó", "Dry", "funkcionális sportpóló", 6990, "100% poliészter, gyorsan száradó", ["fekete", "kék", "piros", "neonzöld"],
            [
                "A Szélfutó Dry könnyű, gyorsan száradó férfi sportpóló futáshoz és edzőterembe.",
                "Edzéshez tervezve: a Szélfutó Dry férfi póló elvezeti a nedvességet a bőrtől.",
            ],
            [
                "A hálós betétek a háton és a hónaljban jobb szellőzést adnak.",
                "Fényvisszaverő logója van, esti futáshoz is jó.",
                "Öblítő nélkül, 30 fokon mosd.",
            ],
            [("nyakkivágás", "kerek"), ("szabás", "sportos")]),
        new("Basico", "Trió", "póló, 3 darabos csomag", 8990, "100% pamut", ["fehér", "fekete", "vegyes (fehér, szürke, fekete)"],
            [
                "A Basico Trió csomagban három kerek nyakú férfi póló van 160 g/m²-es pamutból.",
                "Három alap póló egy csomagban: a Basico Trió kedvezőbb, mint darabonként.",
            ],
            [
                "Alsó pólónak ing alá és önmagában is hordható.",
                "40 fokon mosható, a nyakpánt nem nyúlik ki.",
            ],
            [("nyakkivágás", "kerek"), ("darabszám", "3 db"), ("anyagvastagság", "160 g/m²")]),
        new("Városi Ritmus", "Villamos", "mintás póló", 5990, "100% pamut", ["fehér", "szürke melír"],
            [
                "A Városi Ritmus Villamos férfi póló elején a sárga budapesti villamost ábrázoló, szitanyomott minta van.",
                "Budapest-rajongóknak: Városi Ritmus Villamos mintás férfi póló, jó ajándék is.",
            ],
            [
                "A szitanyomás mosásálló, nem reped meg.",
                "Fordítva, 30 fokon mosd, hogy a minta sokáig szép maradjon.",
            ],
            [("nyakkivágás", "kerek"), ("minta", "villamos"), ("szabás", "normál")]),
        new("Városi Ritmus", "Balaton", "mintás póló", 5990, "100% pamut", ["fehér", "sötétkék"],
            [
                "A Városi Ritmus Balaton férfi póló vitorlásos, retró balatoni mintával, nyárra.",
                "Nyári kedvenc: Városi Ritmus Balaton mintás férfi póló puha pamutból.",
            ],
            [
                "A minta vízbázisú festékkel készült, puha tapintású.",
                "Fordítva, 30 fokon mosd.",
            ],
            [("nyakkivágás", "kerek"), ("minta", "Balaton"), ("szabás", "normál")]),
    ];

    private static void WinterAccessories(CatalogBuilder b)
    {
        ModelSpec[] items =
        [
            new(Accessories, "SS", "Nordvik", "Nordvik kötött sapka bojttal", 4990,
                [
                    "Vastag, bordás kötésű téli sapka levehető műszőrme bojttal, belül puha polár béléssel.",
                    "Mínuszokra: a Nordvik kötött sapka polárbélése a fület is melegen tartja.",
                ],
                ["Egy méret, 54–60 cm-es fejkörfogatra.", "Anyaga 50% gyapjú, 50% akril, nem szúr.", "Kézzel, 30 fokon mosd."],
                ["szürke", "bordó", "fekete", "mustársárga", "sötétkék"],
                [("méret", "egy méret (54–60 cm)"), ("anyag", "50% gyapjú, 50% akril, polár bélés"), ("nem", "unisex")]),
            new(Accessories, "SS", "Lúna", "Lúna puha kötött sál, 180 × 30 cm", 5990,
                [
                    "Hosszú, puha kötött sál 180 × 30 cm-es méretben, rojtos végekkel.",
                    "Kabáthoz és pulóverhez is: a Lúna kötött sál többféleképpen köthető.",
                ],
                ["Anyaga 30% gyapjú, 70% akril.", "Kézzel, 30 fokon mosható.", "Ajándéknak is kedvelt darab."],
                ["teveszín", "szürke", "bordó", "zsályazöld"],
                [("méret", "180 × 30 cm"), ("anyag", "30% gyapjú, 70% akril"), ("nem", "unisex")]),
            new(Accessories, "SS", "Évszak", "Évszak érintőképernyős téli kesztyű", 3990,
                [
                    "Kötött téli kesztyű, amelynek hüvelyk- és mutatóujja érintőképernyőn is működik.",
                    "Nem kell levenni, ha telefonálnál: az Évszak kesztyűvel a mobilod is kezelheted.",
                ],
                ["S/M és L/XL méretben kapható.", "A csuklónál bordás, nem engedi be a hideget.", "Belül polárral bélelt."],
                ["fekete", "szürke", "sötétkék"],
                [("méret", "S/M, L/XL"), ("anyag", "akril, polár bélés"), ("nem", "unisex")]),
        ];
        foreach (var item in items)
        {
            b.AddByColour(item);
        }
    }

    private static Garment[] WomenShirtModels() =>
    [
        new("Basico", "Classic", "kerek nyakú póló", 3990, "100% pamut", ["fehér", "fekete", "púder", "sötétkék", "piros", "mentazöld"],
            [
                "A Basico Classic enyhén karcsúsított, kerek nyakú női póló 170 g/m²-es pamutból.",
                "Alapdarab minden szekrénybe: Basico Classic női póló puha, tömör pamutból.",
            ],
            [
                "A nyakpánt bordás, mosás után sem nyúlik ki.",
                "40 fokon mosható, vasalni alig kell.",
                "Farmerhez, szoknyához és kosztümhöz is jól illik.",
            ],
            [("nyakkivágás", "kerek"), ("anyagvastagság", "170 g/m²"), ("szabás", "karcsúsított")]),
        new("Basico", "V", "V-nyakú póló", 4490, "95% pamut, 5% elasztán", ["fehér", "fekete", "bordó", "szürke melír"],
            [
                "A Basico V rugalmas, V-nyakú női póló, amely testhez simul, mégis kényelmes.",
                "Blézer alá és önmagában is: Basico V női póló elasztános pamutból.",
            ],
            [
                "Az 5% elasztán miatt egész nap megtartja a formáját.",
                "30 fokon mosható.",
                "A V-kivágás mélysége visszafogott, irodába is hordható.",
            ],
            [("nyakkivágás", "V"), ("anyagvastagság", "160 g/m²"), ("szabás", "testhez simuló")]),
        new("Basico", "Bio", "organikus pamut póló", 5990, "100% organikus pamut", ["fehér", "homokszín", "zsályazöld"],
            [
                "A Basico Bio egyenes szabású női póló minősített organikus pamutból, vegyszermentes festéssel.",
                "Bőrbarát alapdarab: Basico Bio női póló 100% organikus pamutból.",
            ],
            [
                "Érzékeny bőrűeknek is ajánljuk.",
                "Az anyag 170 g/m², puha és jól szellőzik.",
                "30 fokon mosható.",
            ],
            [("nyakkivágás", "kerek"), ("anyagvastagság", "170 g/m²"), ("szabás", "egyenes")]),
        new("Lúna", "Crop", "rövid fazonú póló", 4990, "100% pamut", ["fekete", "fehér", "lila"],
            [
                "A Lúna Crop derékig érő, rövid fazonú női póló magas derekú nadrághoz és szoknyához.",
                "Nyári kedvenc: a Lúna Crop rövid női póló laza, kicsit bő szabású.",
            ],
            [
                "Hossza M méretben 48 cm.",
                "A pamut anyag kellemes a legnagyobb melegben is.",
                "30 fokon, fordítva mosd.",
            ],
            [("nyakkivágás", "kerek"), ("szabás", "rövid, laza"), ("hossz", "48 cm (M)")]),
        new("Basico", "Long", "hosszú ujjú póló", 5990, "95% pamut, 5% elasztán", ["fekete", "fehér", "bézs", "sötétkék"],
            [
                "A Basico Long testhez simuló, hosszú ujjú női póló, önmagában és aláöltözetként is.",
                "Átmeneti időszakra és réteges öltözködéshez: Basico Long hosszú ujjú női póló.",
            ],
            [
                "A rugalmas anyag pulóver alatt sem gyűrődik.",
                "Az ujja hüvelykujjnyílással is felhúzható.",
                "30 fokon mosható.",
            ],
            [("nyakkivágás", "kerek"), ("ujjhossz", "hosszú"), ("szabás", "testhez simuló")]),
        new("Szélfutó", "Dry", "funkcionális sportpóló", 6990, "100% poliészter, gyorsan száradó", ["fekete", "türkiz", "rózsaszín", "lila"],
            [
                "A Szélfutó Dry könnyű, gyorsan száradó női sportpóló futáshoz, jógához és edzőterembe.",
                "Edzéshez tervezve: a Szélfutó Dry női póló elvezeti a nedvességet a bőrtől.",
            ],
            [
                "A hátán hálós betét segíti a szellőzést.",
                "Lapos varrásai nem dörzsölnek hosszabb futásnál sem.",
                "Öblítő nélkül, 30 fokon mosd.",
            ],
            [("nyakkivágás", "kerek"), ("szabás", "sportos")]),
        new("Városi Ritmus", "Balaton", "mintás póló", 5990, "100% pamut", ["fehér", "világoskék"],
            [
                "A Városi Ritmus Balaton női póló retró balatoni mintával, vitorlásokkal és napernyőkkel.",
                "Nyári kedvenc a Balatonra: Városi Ritmus mintás női póló puha pamutból.",
            ],
            [
                "A minta vízbázisú festékkel készült, puha tapintású.",
                "Fordítva, 30 fokon mosd.",
            ],
            [("nyakkivágás", "kerek"), ("minta", "Balaton"), ("szabás", "normál")]),
        new("Lúna", "Csíkos", "csíkos póló, csónaknyakkal", 6490, "100% pamut", ["fehér-sötétkék", "fehér-piros"],
            [
                "A Lúna Csíkos klasszikus, csónaknyakú, háromnegyedes ujjú női póló tengerészcsíkokkal.",
                "Időtálló, francia hangulatú darab: a Lúna Csíkos női póló vastagabb pamutból készült.",
            ],
            [
                "Az anyag 200 g/m², tavasszal és ősszel is jó.",
                "A csíkok szőttek, nem nyomottak, így nem kopnak le.",
                "40 fokon mosható.",
            ],
            [("nyakkivágás", "csónak"), ("ujjhossz", "háromnegyedes"), ("anyagvastagság", "200 g/m²")]),
    ];

    private sealed record Garment(
        string Brand,
        string Model,
        string Noun,
        int Price,
        string Material,
        string[] Colours,
        string[] Openings,
        string[] Facts,
        (string Key, string Value)[] Attributes);
}
