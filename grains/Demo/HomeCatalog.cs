using static ChatBuddy.Grains.Demo.HungarianText;

namespace ChatBuddy.Grains.Demo;

/// <summary>Home textiles: bedding sets, fitted sheets, duvets, pillows and towels.</summary>
internal static class HomeCatalog
{
    private const string Bedding = "Otthon > Ágyneműk";
    private const string Towels = "Otthon > Törölközők";
    private const string Throws = "Otthon > Díszpárnák és plédek";

    public static void Build(CatalogBuilder b)
    {
        BeddingSets(b);
        SheetsDuvetsPillows(b);
        TowelSets(b);
        ThrowsAndCushions(b);
    }

    private static void ThrowsAndCushions(CatalogBuilder b)
    {
        ModelSpec[] models =
        [
            new(Throws, "DP", "Puha Fészek", "Puha Fészek kötött pléd, 130 × 170 cm", 9990,
                [
                    "Vastag, csavart kötésmintás pléd 130 × 170 cm-es méretben, a kanapéra és az ágy végére.",
                    "Hosszú téli estékre: a Puha Fészek kötött pléd puha akrilfonalból készült.",
                ],
                ["30 °C-on, kímélő programon mosható.", "Súlya 1,2 kg, mégsem nehéz takaró.", "Ajándéknak is szép, díszszalaggal csomagoljuk."],
                ["bézs", "szürke", "mustársárga", "zsályazöld"],
                [("méret", "130 × 170 cm"), ("anyag", "100% akril")]),
            new(Throws, "DP", "Puha Fészek", "Puha Fészek sherpa pléd, 150 × 200 cm", 12990,
                [
                    "Kétoldalas pléd: egyik oldala sima flanel, a másik báránybundára emlékeztető sherpa, 150 × 200 cm-es.",
                    "Olyan meleg, mint egy paplan: a Puha Fészek sherpa pléd két ember betakarására is elég.",
                ],
                ["40 °C-on mosható, nem bolyhosodik.", "Súlya 1,6 kg.", "Mosás után egyre puhább."],
                ["törtfehér", "szürke", "barna"],
                [("méret", "150 × 200 cm"), ("anyag", "100% poliészter flanel és sherpa")]),
            new(Throws, "DP", "Lenvirág", "Lenvirág len díszpárnahuzat, 45 × 45 cm", 3990,
                [
                    "Mosott lenvászon díszpárnahuzat 45 × 45 cm-es párnához, rejtett cipzárral.",
                    "Natúr, nyugodt hangulat a kanapén: Lenvirág len díszpárnahuzat.",
                ],
                ["40 °C-on mosható, vasalni nem kell.", "A töltet nem része a csomagnak."],
                ["natúr", "terrakotta", "zsályazöld"],
                [("méret", "45 × 45 cm"), ("anyag", "100% len")]),
            new(Throws, "DP", "Álomkert", "Álomkert bársony díszpárna töltettel, 45 × 45 cm", 5990,
                [
                    "Puha bársony díszpárna 45 × 45 cm-es méretben, szilikonos töltettel, cipzáras huzattal.",
                    "Egy kis szín a nappaliba: az Álomkert bársony díszpárna mély, telt árnyalatokban.",
                ],
                ["A huzat levehető és 30 °C-on mosható.", "A töltet 450 g, nem lapul le.", "Két párnát érdemes párban venni a kanapé két végére."],
                ["smaragdzöld", "mustársárga", "púder", "sötétkék"],
                [("méret", "45 × 45 cm"), ("anyag", "poliészter bársony, szilikonos töltet")]),
            new(Throws, "DP", "Puha Fészek", "Puha Fészek elektromos melegítő takaró, 160 × 130 cm", 19990,
                [
                    "Elektromos melegítő takaró 160 × 130 cm-es méretben, három hőfokozattal és automatikus kikapcsolással.",
                    "Hideg estékre, fűtés helyett: a Puha Fészek melegítő takaró 120 W-tal, percek alatt átmelegszik.",
                ],
                ["Három óra után magától kikapcsol.", "A vezérlő levétele után a takaró 30 °C-on mosógépben mosható.", "Túlmelegedés elleni védelemmel szerelt."],
                ["szürke"],
                [("méret", "160 × 130 cm"), ("teljesítmény", "120 W"), ("anyag", "poliészter flanel")],
                Durable: true),
        ];
        foreach (var model in models)
        {
            b.AddByColour(model);
        }
    }

    private static void BeddingSets(CatalogBuilder b)
    {
        var r = b.Random;
        (string Brand, string Line, string Material, int Price, bool Double, string[] Colours, string[] Facts)[] lines =
        [
            ("Álomkert", "Szatén", "100% pamut szatén", 14990, true, ["fehér", "szürke", "bézs", "zsályazöld", "sötétkék"],
                [
                    "A 300-as szálsűrűségű pamut szatén selymesen sima és enyhén fényes.",
                    "A paplanhuzat rejtett cipzárral záródik, így a paplan nem csúszik ki belőle.",
                    "60 °C-on mosható, és mosás után alig gyűrődik.",
                ]),
            ("Álomkert", "Krepp", "100% pamut krepp", 8990, false, ["kék csíkos", "rózsaszín virágmintás", "szürke kockás", "mentazöld", "fehér"],
                [
                    "A krepp anyag hullámos szerkezete miatt nem kell vasalni, és nyáron sem tapad a bőrhöz.",
                    "Gombos záródású, 40 °C-on mosható.",
                    "Vendégágyra és gyerekszobába is praktikus választás.",
                ]),
            ("Puha Fészek", "Flanel", "100% pamut flanel", 10990, true, ["piros kockás", "szürke csillagos", "kék skandináv mintás", "bordó"],
                [
                    "A bolyhos flanel már az első érintésre meleg, így a téli éjszakákon nem kell a fűtést felcsavarni.",
                    "Cipzáras záródású, 40 °C-on mosható.",
                    "Mosás után egyre puhább lesz.",
                ]),
            ("Lenvirág", "Natúr", "100% lenvászon", 34990, true, ["natúr", "zsályazöld", "terrakotta", "fehér"],
                [
                    "A stone washed kezelésű lenvászon puha, természetesen gyűrött hatású, vasalni nem kell.",
                    "A len hőszabályozó: nyáron hűvös, télen kellemesen meleg.",
                    "Gombos záródású, 40 °C-on mosható, minden mosással puhább lesz.",
                ]),
            ("Pihenő", "Damaszt", "100% pamut damaszt", 12990, true, ["fehér", "ekrü"],
                [
                    "A szövéssel kialakított, finom csíkos damasztminta elegáns, hotelhangulatot ad.",
                    "60 °C-on mosható, vasalható.",
                    "A gombos záródás évtizedes hagyomány, a gombok erős cérnával varrottak.",
                ]),
            ("Pihenő", "Mikro", "100% poliészter mikroszál", 4990, false, ["szürke", "kék", "lila"],
                [
                    "A mikroszálas anyag könnyű, gyorsan szárad, és nem kell vasalni.",
                    "Cipzáras záródású, 40 °C-on mosható.",
                    "Kedvező árú választás vendégszobába vagy albérletbe.",
                ]),
        ];
        foreach (var line in lines)
        {
            var full = $"{line.Brand} {line.Line}";
            var facts = r.Sample(line.Facts, 2);
            var opening = r.Pick<string>(
            [
                $"{TheCap(full)} háromrészes ágyneműhuzat-garnitúra {line.Material} anyagból.",
                $"Háromrészes ágyneműhuzat {line.Material} anyagból {The(full)} kollekcióból.",
            ]);
            foreach (var colour in line.Colours)
            {
                var description = Sentences(
                    opening,
                    "A szettben egy 140 × 200 cm-es paplanhuzat, egy 70 × 90 cm-es párnahuzat és egy 40 × 50 cm-es kispárnahuzat van.",
                    facts[0],
                    $"{facts[1]} Színe, mintája: {colour}.");
                var attributes = new ProductAttributes()
                    .Set("méret", ["140 × 200 cm", "70 × 90 cm", "40 × 50 cm"])
                    .Set("anyag", line.Material)
                    .Set("darabszám", "3 részes")
                    .Set("szín", colour);
                b.Add(new ProductDraft(Bedding, "AG", line.Brand, $"{full} 3 részes ágyneműhuzat-garnitúra, 140 × 200 cm, {colour}", description, line.Price, attributes));

                if (line.Double && r.Chance(0.6))
                {
                    var doubleDescription = Sentences(
                        $"Franciaágyra méretezett, négyrészes ágyneműhuzat {The(full)} kollekcióból, {line.Material} anyagból.",
                        "A szettben egy 200 × 220 cm-es paplanhuzat és három 70 × 90 cm-es párnahuzat van.",
                        facts[0],
                        $"Színe, mintája: {colour}.");
                    var doubleAttributes = new ProductAttributes()
                        .Set("méret", ["200 × 220 cm", "3 × 70 × 90 cm"])
                        .Set("anyag", line.Material)
                        .Set("darabszám", "4 részes")
                        .Set("szín", colour);
                    b.Add(new ProductDraft(Bedding, "AG", line.Brand, $"{full} 4 részes ágyneműhuzat-garnitúra franciaágyra, 200 × 220 cm, {colour}", doubleDescription, CatalogBuilder.ShopPrice(line.Price * 17 / 10), doubleAttributes));
                }
            }
        }

        foreach (var motif in new[] { "mackós", "autós", "unikornisos", "dinós", "csillagos" })
        {
            var description = Sentences(
                $"Kétrészes, {motif} mintás gyerek ágyneműhuzat kiságyba és óvodai ágyba.",
                "A szettben egy 90 × 130 cm-es paplanhuzat és egy 40 × 60 cm-es párnahuzat van, 100% pamutból.",
                r.Pick<string>(["Az anyag bőrbarát, vizsgált festékekkel színezett.", "40 °C-on mosható, a minta nem fakul ki."]));
            var attributes = new ProductAttributes()
                .Set("méret", ["90 × 130 cm", "40 × 60 cm"])
                .Set("anyag", "100% pamut")
                .Set("darabszám", "2 részes")
                .Set("minta", motif)
                .Set("nem", "gyerek");
            b.Add(new ProductDraft(Bedding, "AG", "Puha Fészek", $"Puha Fészek Mese gyerek ágyneműhuzat, 90 × 130 cm, {motif}", description, 6990, attributes));
        }
    }

    private static void SheetsDuvetsPillows(CatalogBuilder b)
    {
        var r = b.Random;
        (string Size, int Price)[] sheetSizes = [("90 × 200 cm", 3990), ("160 × 200 cm", 5990), ("180 × 200 cm", 6490)];
        foreach (var (size, price) in sheetSizes)
        {
            foreach (var colour in r.Sample(["fehér", "szürke", "bézs", "sötétkék", "púder", "zsályazöld"], 3))
            {
                var description = Sentences(
                    $"Gumis jersey lepedő {size}-es matracra, legfeljebb 25 cm magas matracig.",
                    "A körbefutó gumi miatt a lepedő nem csúszik le és nem gyűrődik.",
                    "Anyaga 100% pamut jersey, 60 °C-on mosható, nem kell vasalni.",
                    $"Színe: {colour}.");
                var attributes = new ProductAttributes()
                    .Set("méret", size)
                    .Set("anyag", "100% pamut jersey")
                    .Set("matracmagasság", "25 cm-ig")
                    .Set("szín", colour);
                b.Add(new ProductDraft(Bedding, "AG", "Pihenő", $"Pihenő gumis jersey lepedő, {size}, {colour}", description, price, attributes));
            }
        }

        (string Name, string Size, int Price, string Description, (string, string)[] Attributes)[] fillings =
        [
            ("Álomkert négyévszakos paplan, 140 × 200 cm", "140 × 200 cm", 14990,
                "Két, patentokkal összekapcsolható rétegből álló paplan: nyáron a vékonyabbat, tavasszal és ősszel a vastagabbat, télen a kettőt együtt használhatod. A töltet 1200 g szilikonos üreges szál, a huzat 100% pamut. 60 °C-on mosható, ezért allergiásoknak is ajánljuk.",
                [("méret", "140 × 200 cm"), ("töltet", "1200 g szilikonos üreges szál"), ("anyag", "100% pamut huzat")]),
            ("Álomkert négyévszakos paplan, 200 × 220 cm", "200 × 220 cm", 22990,
                "Franciaágyra méretezett, kétrétegű négyévszakos paplan 2000 g szilikonos töltettel. A rétegek patentokkal kapcsolhatók össze, így egész évben ugyanazt a paplant használhatod. 60 °C-on mosható.",
                [("méret", "200 × 220 cm"), ("töltet", "2000 g szilikonos üreges szál"), ("anyag", "100% pamut huzat")]),
            ("Álomkert nyári könnyű paplan, 140 × 200 cm", "140 × 200 cm", 7990,
                "Vékony, mindössze 400 g töltetű nyári paplan meleg éjszakákra. A mikroszálas huzat puha és gyorsan szárad, 40 °C-on mosható.",
                [("méret", "140 × 200 cm"), ("töltet", "400 g poliészter szál"), ("anyag", "mikroszál huzat")]),
            ("Álomkert párna, 70 × 90 cm", "70 × 90 cm", 5990,
                "Klasszikus magyar méretű, 70 × 90 cm-es párna 900 g szilikonos töltettel. A cipzáras huzatból a töltet kivehető, így a párna magassága igazítható. 60 °C-on mosható.",
                [("méret", "70 × 90 cm"), ("töltet", "900 g szilikonos üreges szál"), ("anyag", "100% pamut huzat")]),
            ("Álomkert párna, 50 × 70 cm", "50 × 70 cm", 4490,
                "50 × 70 cm-es párna 600 g szilikonos töltettel, közepesen kemény tartással. A huzat pamut, 60 °C-on mosható.",
                [("méret", "50 × 70 cm"), ("töltet", "600 g szilikonos üreges szál"), ("anyag", "100% pamut huzat")]),
            ("Álomkert memóriahabos nyakpárna", "60 × 35 × 11 cm", 9990,
                "Anatómiai formájú, memóriahabos nyakpárna, amely követi a fej és a nyak ívét. Háton és oldalt fekvőknek ajánljuk. A bambuszviszkóz huzat levehető és 40 °C-on mosható.",
                [("méret", "60 × 35 × 11 cm"), ("töltet", "memóriahab"), ("anyag", "bambuszviszkóz huzat")]),
        ];
        foreach (var filling in fillings)
        {
            b.Add(new ProductDraft(Bedding, "AG", "Álomkert", filling.Name, filling.Description, filling.Price, ProductAttributes.Of(filling.Attributes)));
        }
    }

    private static void TowelSets(CatalogBuilder b)
    {
        var r = b.Random;
        (string Brand, string Line, int Gsm, string Material, string[] Colours, string Fact)[] lines =
        [
            ("Pihenő", "Frottír", 500, "100% pamut frottír", ["fehér", "szürke", "sötétkék", "bézs", "türkiz"], "A klasszikus frottír jól nedvszív, és sok mosás után is puha marad."),
            ("Lenvirág", "Bambusz", 550, "60% bambuszviszkóz, 40% pamut", ["fehér", "zsályazöld", "púder"], "A bambuszviszkóz selymesen puha és nagyon jól nedvszívó."),
            ("Puha Fészek", "Hotel", 600, "100% fésült pamut", ["fehér", "antracit"], "A vastag, hotelminőségű frottír után a fürdés kis wellnessnek érződik."),
            ("Pihenő", "Gofri", 300, "100% pamut gofri szövés", ["fehér", "bézs", "szürke"], "A vékony, gofri szövésű törölköző gyorsan szárad, strandra és edzésre is jó."),
        ];
        (string Noun, string Size, int Factor)[] sizes = [("kéztörlő", "50 × 100 cm", 10), ("fürdőlepedő", "70 × 140 cm", 22), ("strandtörölköző", "90 × 180 cm", 34)];
        foreach (var line in lines)
        {
            var full = $"{line.Brand} {line.Line}";
            foreach (var size in sizes)
            {
                if (size.Noun == "strandtörölköző" && line.Gsm > 500)
                {
                    continue;
                }

                foreach (var colour in r.Sample(line.Colours, Math.Min(3, line.Colours.Length)))
                {
                    var description = Sentences(
                        r.Pick<string>(
                        [
                            $"{TheCap(full)} {size.Noun} {size.Size}-es méretben, {line.Gsm} g/m²-es anyagból.",
                            $"{Capitalize(size.Noun)} ({size.Size}) {The(full)} sorozatból, {line.Gsm} g/m² anyagsűrűséggel.",
                        ]),
                        line.Fact,
                        $"Anyaga {line.Material}, 60 °C-on mosható, színe {colour}.");
                    var attributes = new ProductAttributes()
                        .Set("méret", size.Size)
                        .Set("anyag", line.Material)
                        .Set("anyagsűrűség", $"{line.Gsm} g/m²")
                        .Set("szín", colour);
                    var price = CatalogBuilder.ShopPrice(size.Factor * line.Gsm / 2);
                    b.Add(new ProductDraft(Towels, "TR", line.Brand, $"{full} {size.Noun}, {size.Size}, {colour}", description, price, attributes));
                }
            }
        }
    }
}
