using System.Globalization;
using static ChatBuddy.Grains.Demo.HungarianText;

namespace ChatBuddy.Grains.Demo;

/// <summary>Sport: running shoes in both cuts, sizes and several colours; fitness equipment.</summary>
internal static class SportCatalog
{
    private const string Shoes = "Sport > Futócipők";
    private const string Fitness = "Sport > Fitneszeszközök";
    private const string Helmets = "Sport > Kerékpáros sisakok";
    private const string Balls = "Sport > Labdák";
    private const string Bikes = "Sport > Kerékpárok";

    private static readonly ShoeModel[] ShoeModels =
    [
        new("Stridana", "Pulse 3", Terrain.Road, 32990, 285, 8, "közepes", "könnyű EVA habból készült", "kopásálló gumi, amely nedves aszfalton is jól tapad"),
        new("Stridana", "Pulse 4", Terrain.Road, 38990, 270, 8, "közepes", "új, rugalmasabb EVA habból készült", "kopásálló gumi, a sarokrészen megerősítve"),
        new("Stridana", "Glide Max", Terrain.Road, 44990, 305, 6, "maximális", "vastag, puha habrétegből áll", "széles, stabil gumitalp"),
        new("Stridana", "Trail X", Terrain.Trail, 41990, 315, 6, "közepes", "ütéscsillapító EVA hab", "4 mm-es bütykös gumi, amely sárban és laza talajon is kapaszkodik"),
        new("Velocó", "Aero 2", Terrain.Race, 59990, 215, 8, "reaktív", "nitrogénnel habosított, rugalmas hab, beépített merevítőlemezzel", "vékony, tapadós gumi a talp kritikus pontjain"),
        new("Velocó", "Tempo 5", Terrain.Road, 34990, 260, 10, "közepes", "kétrétegű EVA habból készült", "strapabíró gumi, egész felületen"),
        new("Velocó", "Cloudline", Terrain.Road, 29990, 245, 8, "puha", "könnyű, puha habból készült", "rugalmas, bordázott gumi"),
        new("Runvik", "Fjord WP", Terrain.Trail, 46990, 335, 8, "közepes", "ütéscsillapító EVA hab", "mély, 5 mm-es bütykös gumi"),
        new("Runvik", "Ridge 2", Terrain.Trail, 36990, 310, 6, "közepes", "tartós EVA hab", "4 mm-es bütykös gumi kőlemezzel"),
        new("Runvik", "City Run", Terrain.Road, 19990, 280, 10, "közepes", "EVA habból készült", "kopásálló gumi"),
        new("Szélfutó", "Sprint 7", Terrain.Race, 49990, 225, 6, "reaktív", "könnyű, energiavisszaadó habból készült", "vékony, tapadós gumi"),
        new("Szélfutó", "Lépés", Terrain.Road, 16990, 290, 10, "közepes", "EVA habból készült", "kopásálló gumi"),
        new("Szélfutó", "Maraton Pro", Terrain.Road, 54990, 240, 8, "maximális", "kétrétegű, energiavisszaadó habból áll", "kopásálló gumi, amely több száz kilométert is bír"),
    ];

    private static readonly string[] CoreShoeColours = ["piros", "kék", "fekete"];
    private static readonly string[] WomenShoeColours = ["fehér", "szürke", "rózsaszín", "türkiz", "lila", "sötétkék", "neonzöld", "piros", "kék", "fekete"];
    private static readonly string[] MenShoeColours = ["fehér", "szürke", "sötétkék", "neonzöld", "narancssárga", "khaki", "piros", "kék", "fekete"];
    private static readonly int[] WomenSizes = [36, 37, 38, 39, 40, 41, 42];
    private static readonly int[] MenSizes = [40, 41, 42, 43, 44, 45, 46];

    private enum Terrain
    {
        Road,
        Trail,
        Race,
    }

    public static void Build(CatalogBuilder b)
    {
        foreach (var model in ShoeModels)
        {
            RunningShoes(b, model, women: true);
            RunningShoes(b, model, women: false);
        }

        FitnessEquipment(b);
        BikeHelmets(b);
        SportBalls(b);
        Bicycles(b);
    }

    private static void Bicycles(CatalogBuilder b)
    {
        var r = b.Random;
        (string Brand, string Model, string Kind, string Wheel, string Gears, string GearsWith, double Kilograms, string[] Frames, int Price, string Gender, string[] Colours, string[] Facts)[] bikes =
        [
            ("Velocó", "Urban 7", "városi kerékpár", "28\"", "7 sebességes agyváltó", "7 sebességes agyváltóval", 16.5, ["M (48 cm)", "L (53 cm)"], 129990, "női", ["fehér", "mentazöld", "sötétkék"],
                ["Első és hátsó sárvédő, csomagtartó és agydinamós LED-világítás is jár hozzá.", "A mélyátlépős váz miatt szoknyában is kényelmes felszállni.", "Az agyváltó állva, a piros lámpánál is váltható."]),
            ("Velocó", "Urban 7", "városi kerékpár", "28\"", "7 sebességes agyváltó", "7 sebességes agyváltóval", 16.9, ["L (53 cm)", "XL (58 cm)"], 129990, "férfi", ["fekete", "szürke"],
                ["Első és hátsó sárvédő, csomagtartó és agydinamós LED-világítás is jár hozzá.", "Az agyváltó állva, a piros lámpánál is váltható.", "A kényelmes, egyenes üléspozíció miatt hosszabb ingázásra is jó."]),
            ("Runvik", "Ridge 29", "MTB kerékpár", "29\"", "1 × 12 sebesség", "12 sebességes, egytányéros váltóval", 13.8, ["M", "L", "XL"], 249990, "unisex", ["fekete", "narancssárga"],
                ["Az alumínium vázhoz 120 mm rugóutas teleszkóp tartozik.", "Hidraulikus tárcsafékei esőben is biztosan fognak.", "A széles, 2,4\"-es gumik gyökeres ösvényen is jól tapadnak."]),
            ("Runvik", "Trekking 8", "trekking kerékpár", "28\"", "3 × 8 sebesség", "24 sebességes váltóval", 15.2, ["M", "L", "XL"], 179990, "unisex", ["szürke", "sötétkék"],
                ["Teleszkópos villája és rugós nyeregcsöve elnyeli a földutak rázkódását.", "Csomagtartója 25 kg-ig terhelhető, táskákkal túrázni is lehet vele.", "Hidraulikus tárcsafékekkel szerelt."]),
            ("Szélfutó", "Road 105", "országúti kerékpár", "28\"", "2 × 11 sebesség", "22 sebességes váltóval", 9.4, ["52 cm", "54 cm", "56 cm", "58 cm"], 399990, "unisex", ["fehér", "piros", "fekete"],
                ["A karbon villa és az alumínium váz együtt könnyű és merev.", "Mechanikus tárcsafékekkel és 28 mm-es gumikkal szerelt.", "Endurance geometriája miatt hosszabb túrákon is kényelmes."]),
            ("Velocó", "Kid 20", "gyerekkerékpár", "20\"", "6 sebesség", "6 sebességes váltóval", 10.9, ["6–9 éves korig (115–135 cm)"], 69990, "gyerek", ["kék", "rózsaszín", "zöld"],
                ["Könnyű alumínium váz, így a gyerek maga is könnyen kezeli.", "Kis kézre méretezett fékkarok és markolatváltó.", "Kitámasztóval és csengővel szállítjuk."]),
            ("Velocó", "Kid 16", "gyerekkerékpár pótkerékkel", "16\"", "1 sebesség", "egysebességes, kontrafékes hajtással", 8.2, ["4–6 éves korig (100–120 cm)"], 49990, "gyerek", ["piros", "lila", "kék"],
                ["Levehető pótkerekekkel és láncvédővel.", "A kontrafék mellett kézifék is van rajta.", "Az ülés és a kormány is állítható, így két-három évig kiszolgálja a gyereket."]),
        ];
        foreach (var bike in bikes)
        {
            var full = $"{bike.Brand} {bike.Model}";
            var who = bike.Gender is "női" or "férfi" ? $"{bike.Gender} " : "";
            var opening = r.Pick<string>(
            [
                $"{TheCap(full)} {who}{bike.Kind} {bike.Wheel} kerekekkel és {bike.GearsWith}, súlya {Decimal(bike.Kilograms)} kg.",
                $"{Capitalize(who)}{bike.Kind} {bike.Wheel} kerekekkel és {bike.GearsWith}: {The(full)}.",
            ]);
            var facts = r.Sample(bike.Facts, 2);
            foreach (var colour in bike.Colours)
            {
                var description = Sentences(opening, facts[0], facts[1], $"Ez a változat {colour} színű, elérhető vázméretek: {string.Join(", ", bike.Frames)}.");
                var attributes = new ProductAttributes()
                    .Set("típus", bike.Kind)
                    .Set("kerékméret", bike.Wheel)
                    .Set("váltó", bike.Gears)
                    .Set("méret", bike.Frames)
                    .Set("súly", $"{Decimal(bike.Kilograms)} kg")
                    .Set("anyag", bike.Kind == "országúti kerékpár" ? "alumínium váz, karbon villa" : "alumínium váz")
                    .Set("nem", bike.Gender)
                    .Set("szín", colour);
                b.Add(new ProductDraft(Bikes, "KP", bike.Brand, $"{full} {who}{bike.Kind}, {bike.Wheel}, {colour}", description, bike.Price, attributes));
            }
        }
    }

    private static void RunningShoes(CatalogBuilder b, ShoeModel m, bool women)
    {
        var r = b.Random;
        var gender = women ? "női" : "férfi";
        var palette = women ? WomenShoeColours : MenShoeColours;
        var colours = new List<string> { r.Pick(CoreShoeColours) };
        colours.AddRange(r.Sample(palette.Where(c => c != colours[0]).ToList(), r.Between(3, 4)));
        var weight = women ? (m.WeightMen * 85 / 100) / 5 * 5 : m.WeightMen;
        var referenceSize = women ? "38-as" : "42-es";
        var noun = m.Terrain == Terrain.Trail ? "terepfutó cipő" : "futócipő";
        var full = $"{m.Brand} {m.Model}";

        var opening = r.Pick<string>(m.Terrain switch
        {
            Terrain.Trail =>
            [
                $"{TheCap(full)} erdei ösvényekre és laza talajra tervezett {gender} {noun}.",
                $"Ha szívesen futsz erdőben és hegyi ösvényeken, {The(full)} jó társ lesz: stabil, jól tapadó {gender} {noun}.",
            ],
            Terrain.Race =>
            [
                $"{TheCap(full)} versenyekre és gyors tempófutásokra szánt, könnyű {gender} {noun}.",
                $"Egyéni csúcsra készülsz? {TheCap(full)} {m.Cushion} párnázású {gender} versenycipő, amely a gyors kilométerekhez készült.",
            ],
            _ =>
            [
                $"{TheCap(full)} mindennapi, aszfalton végzett edzésekre tervezett {gender} {noun}.",
                $"Ha hetente többször futsz aszfalton, {The(full)} jó választás: {m.Cushion} párnázású, kényelmes {gender} {noun}.",
                $"{Capitalize(m.Cushion)} párnázás, kiegyensúlyozott lépés – {The(full)} a városi futók {gender} modellje.",
            ],
        });
        var facts = r.Sample<string>(
            [
                $"Felsőrésze légáteresztő hálós anyag, a középtalp {m.Midsole}.",
                $"A sarok-orr szintkülönbség {m.Drop} mm, egy cipő súlya {weight} g ({referenceSize} méretben).",
                $"A külső talp {m.Outsole}.",
                m.Terrain switch
                {
                    Terrain.Trail => m.Model.EndsWith("WP", StringComparison.Ordinal)
                        ? "A vízálló membrán esőben és harmatos fűben is szárazon tartja a lábad."
                        : "A megerősített orrész véd a kövektől és a gyökerektől.",
                    Terrain.Race => "A lendületes elrugaszkodást a középtalpba épített merevítőlemez segíti.",
                    _ => "A párnázott nyelv és sarokrész hosszabb távokon is kényelmes.",
                },
            ],
            2);

        foreach (var colour in colours)
        {
            var sizes = (women ? WomenSizes : MenSizes).ToList();
            for (var missing = r.Between(0, 2); missing > 0; missing--)
            {
                sizes.RemoveAt(r.Next(sizes.Count));
            }

            var sizeText = sizes.Select(s => s.ToString(CultureInfo.InvariantCulture)).ToList();
            var description = Sentences(
                opening,
                facts[0],
                facts[1],
                $"Ez a változat {colour} színű, elérhető méretek: {string.Join(", ", sizeText)}.");
            var attributes = new ProductAttributes()
                .Set("szín", colour)
                .Set("méret", sizeText)
                .Set("nem", gender)
                .Set("anyag", "hálós textil felsőrész, EVA középtalp, gumi talp")
                .Set("súly", $"{weight} g")
                .Set("sarok-orr drop", $"{m.Drop} mm")
                .Set("talaj", m.Terrain == Terrain.Trail ? "terep" : "aszfalt")
                .Set("párnázás", m.Cushion);
            b.Add(new ProductDraft(Shoes, "FC", m.Brand, $"{full} {gender} {noun}, {colour}", description, m.Price, attributes));
        }
    }

    private static void FitnessEquipment(CatalogBuilder b)
    {
        var r = b.Random;
        string[] matColours = ["lila", "türkiz", "szürke", "rózsaszín", "fekete", "mentazöld", "sötétkék"];
        (string Model, double Thickness, string Material, double Weight, int Price)[] mats =
        [
            ("Balance", 4, "TPE", 0.9, 6990),
            ("Comfort", 6, "TPE", 1.1, 8990),
            ("Grip Pro", 4.5, "természetes gumi", 2.4, 16990),
            ("Relax", 10, "NBR hab", 0.8, 5990),
        ];
        foreach (var mat in mats)
        {
            var extra = mat.Material switch
            {
                "természetes gumi" => "Természetes gumi alapja miatt latexérzékenyeknek nem ajánljuk.",
                "NBR hab" => "A vastag hab kíméli a térdet és a csuklót, ezért gerinctornához és nyújtáshoz ideális.",
                _ => "Nem tartalmaz PVC-t és latexet, vízzel és enyhe szappannal tisztítható.",
            };
            foreach (var colour in r.Sample(matColours, 3))
            {
                var description = Sentences(
                    $"A Flexa {mat.Model} {Decimal(mat.Thickness)} mm vastag, {mat.Material} anyagú jógaszőnyeg 183 × 61 cm-es felülettel.",
                    r.Pick(
                    [
                        $"Súlya {Decimal(mat.Weight)} kg, a mellékelt hordozópánttal könnyen magaddal viheted az órára.",
                        $"Mindkét oldala csúszásgátló, és mindössze {Decimal(mat.Weight)} kg, így az edzőterembe is könnyen viheted.",
                    ]),
                    extra,
                    $"Színe: {colour}.");
                var attributes = new ProductAttributes()
                    .Set("szín", colour)
                    .Set("méret", "183 × 61 cm")
                    .Set("vastagság", $"{Decimal(mat.Thickness)} mm")
                    .Set("anyag", mat.Material)
                    .Set("súly", $"{Decimal(mat.Weight)} kg")
                    .Set("nem", "unisex");
                b.Add(new ProductDraft(Fitness, "SF", "Flexa", $"Flexa {mat.Model} jógaszőnyeg, {Decimal(mat.Thickness)} mm, {colour}", description, mat.Price, attributes));
            }
        }

        foreach (var kg in new[] { 4, 6, 8, 10, 12, 16, 20, 24 })
        {
            var description = Sentences(
                $"{kg} kg-os öntöttvas kettlebell, vinil bevonattal, amely védi a padlót és csendesebbé teszi a letételt.",
                r.Pick(
                [
                    "A széles, recézett fogantyú két kézzel is kényelmesen fogható, így lendítéshez és guggoláshoz egyaránt jó.",
                    "Az egy darabból öntött test nem lazul meg, a fogantyú felülete nem csúszik izzadt tenyérben sem.",
                ]),
                kg <= 8 ? "Kezdőknek és nőknek ezt a súlytartományt ajánljuk az első hónapokra." : "Haladó erősítő edzésekhez, lendítéshez és felrántáshoz ajánljuk.");
            var attributes = new ProductAttributes()
                .Set("súly", $"{kg} kg")
                .Set("anyag", "öntöttvas, vinil bevonat")
                .Set("szín", "fekete")
                .Set("nem", "unisex");
            b.Add(new ProductDraft(Fitness, "SF", "Erőtér", $"Erőtér öntöttvas kettlebell, {kg} kg", description, CatalogBuilder.ShopPrice(3000 + (kg * 950)), attributes));
        }

        (int Kg, string Colour)[] dumbbells = [(1, "rózsaszín"), (2, "lila"), (3, "türkiz"), (4, "zöld"), (5, "fekete")];
        foreach (var (kg, colour) in dumbbells)
        {
            var description = Sentences(
                $"Egy pár, egyenként {kg} kg-os kézisúlyzó puha, csúszásmentes neoprén bevonattal.",
                "A hatszögletű végek miatt a súlyzók nem gurulnak el, ha leteszed őket.",
                r.Pick(["Otthoni alakformáló edzéshez, aerobikhoz és gyógytornához ajánljuk.", "Kar- és vállerősítéshez, kitörésekhez és guggoláshoz is jól használható."]),
                $"Színe: {colour}.");
            var attributes = new ProductAttributes()
                .Set("súly", $"2 × {kg} kg")
                .Set("anyag", "öntöttvas mag, neoprén bevonat")
                .Set("szín", colour)
                .Set("nem", "unisex");
            b.Add(new ProductDraft(Fitness, "SF", "Erőtér", $"Erőtér neoprén kézisúlyzó pár, 2 × {kg} kg, {colour}", description, CatalogBuilder.ShopPrice(2500 + (kg * 1400)), attributes));
        }

        foreach (var colour in new[] { "fekete", "piros", "kék" })
        {
            var description = Sentences(
                "Golyóscsapágyas, gyors forgású ugrókötél PVC bevonatú acélsodronnyal.",
                "A kötél hossza 3 m, testmagassághoz a fogantyúknál csavarral állítható.",
                r.Pick(["A habszivacs markolat izzadt kézben sem csúszik.", "Bemelegítéshez, állóképesség-fejlesztéshez és crossfit edzéshez ajánljuk."]),
                $"Színe: {colour}.");
            var attributes = new ProductAttributes()
                .Set("hossz", "3 m (állítható)")
                .Set("anyag", "acélsodrony PVC bevonattal, habszivacs markolat")
                .Set("szín", colour)
                .Set("nem", "unisex");
            b.Add(new ProductDraft(Fitness, "SF", "Flexa", $"Flexa Speed ugrókötél, állítható, {colour}", description, 3990, attributes));
        }

        (int Diameter, string Height)[] balls = [(55, "155–165 cm"), (65, "165–180 cm"), (75, "180 cm feletti")];
        foreach (var (diameter, height) in balls)
        {
            foreach (var colour in r.Sample(["szürke", "kék", "lila", "zöld"], 2))
            {
                var description = Sentences(
                    $"{diameter} cm átmérőjű, robbanásbiztos gimnasztikai labda {height} testmagassághoz.",
                    "Legfeljebb 300 kg terhelést bír, és ha mégis kilyukad, lassan engedi ki a levegőt.",
                    r.Pick(["A csomagban kézi pumpa is van.", "Ülőlabdának is kiváló, mert ülés közben is dolgoztatja a törzsizmokat."]),
                    $"Színe: {colour}.");
                var attributes = new ProductAttributes()
                    .Set("méret", $"{diameter} cm")
                    .Set("anyag", "PVC, robbanásbiztos")
                    .Set("teherbírás", "300 kg")
                    .Set("szín", colour)
                    .Set("nem", "unisex");
                b.Add(new ProductDraft(Fitness, "SF", "Flexa", $"Flexa gimnasztikai labda pumpával, {diameter} cm, {colour}", description, CatalogBuilder.ShopPrice(4000 + (diameter * 40)), attributes));
            }
        }

        var bands = Sentences(
            "Öt különböző erősségű, latex erősítő gumiszalag 5-től 40 kg-ig terjedő ellenállással.",
            "A szalagok színe jelzi az erősséget, a csomagban ajtórögzítő, két fogantyú és hordozótasak is van.",
            "Otthoni és utazás közbeni edzéshez, rehabilitációhoz ajánljuk.");
        b.Add(new ProductDraft(
            Fitness,
            "SF",
            "Erőtér",
            "Erőtér erősítő gumiszalag szett, 5 erősség",
            bands,
            6990,
            new ProductAttributes().Set("anyag", "latex").Set("darabszám", "5 db").Set("ellenállás", "5–40 kg").Set("nem", "unisex")));

        (string Size, int Price)[] rollers = [("33 × 14 cm", 4990), ("45 × 15 cm", 6490)];
        foreach (var (size, price) in rollers)
        {
            foreach (var colour in new[] { "fekete", "narancssárga" })
            {
                var description = Sentences(
                    $"Recézett felületű SMR henger ({size}) izmok lazításához és edzés utáni regenerációhoz.",
                    "A kemény EVA hab 150 kg-ig terhelhető, nem deformálódik.",
                    $"Színe: {colour}.");
                var attributes = new ProductAttributes()
                    .Set("méret", size)
                    .Set("anyag", "EVA hab, ABS mag")
                    .Set("szín", colour)
                    .Set("nem", "unisex");
                b.Add(new ProductDraft(Fitness, "SF", "Flexa", $"Flexa SMR masszázshenger, {size}, {colour}", description, price, attributes));
            }
        }
    }

    private static void BikeHelmets(CatalogBuilder b)
    {
        ModelSpec[] models =
        [
            new(Helmets, "SI", "Szélfutó", "Szélfutó Road Aero országúti kerékpáros sisak", 24990,
                [
                    "A Szélfutó Road Aero könnyű, mindössze 250 g-os országúti kerékpáros sisak 18 szellőzőnyílással.",
                    "Hosszú országúti körökre: a Szélfutó Road Aero jól szellőzik, és alig érezni a fejeden.",
                ],
                [
                    "A héj és a habbetét egyben öntött, az EN 1078 szabvány szerint tanúsított.",
                    "A tarkónál tekerőgombbal igazítható, a párnák kivehetők és moshatók.",
                    "Mérettartomány: S (51–55 cm), M (55–59 cm), L (59–62 cm).",
                ],
                ["fehér", "fekete", "piros"],
                [("méret", "S / M / L (51–62 cm)"), ("súly", "250 g"), ("anyag", "polikarbonát héj, EPS hab"), ("nem", "unisex")]),
            new(Helmets, "SI", "Velocó", "Velocó City városi kerékpáros sisak LED-lámpával", 16990,
                [
                    "A Velocó City városi kerékpáros sisak beépített, USB-n tölthető hátsó LED-lámpával.",
                    "Biciklis ingázóknak: a Velocó City sisak hátulja villogó LED-del jelez az autósoknak.",
                ],
                [
                    "Súlya 330 g, mérete M (54–58 cm) és L (58–61 cm).",
                    "A mágneses csat egy kézzel, kesztyűben is nyitható.",
                    "Az EN 1078 szabvány szerint tanúsított.",
                ],
                ["szürke", "sötétkék", "mentazöld"],
                [("méret", "M / L (54–61 cm)"), ("súly", "330 g"), ("anyag", "polikarbonát héj, EPS hab"), ("nem", "unisex")]),
            new(Helmets, "SI", "Runvik", "Runvik Trail MTB kerékpáros sisak, sildes", 19990,
                [
                    "A Runvik Trail hegyi kerékpáros sisak levehető sildtel és mélyebben védett tarkórésszel.",
                    "Erdei ösvényekre és bringaparkba: a Runvik Trail MTB sisak a tarkót is jól védi.",
                ],
                [
                    "Súlya 320 g, 16 szellőzőnyílása van.",
                    "A sild állítható, a szemüveget a szellőzőkbe lehet akasztani.",
                    "Mérete M (55–59 cm) és L (59–62 cm).",
                ],
                ["fekete", "khaki", "narancssárga"],
                [("méret", "M / L (55–62 cm)"), ("súly", "320 g"), ("anyag", "polikarbonát héj, EPS hab"), ("nem", "unisex")]),
            new(Helmets, "SI", "Velocó", "Velocó Kid gyerek kerékpáros sisak", 9990,
                [
                    "A Velocó Kid könnyű gyerek kerékpáros sisak 48–54 cm-es fejkörfogatra, futóbiciklihez és rollerhez is.",
                    "Az első bringához az első sisak: a Velocó Kid vidám színekben, állítható méretben.",
                ],
                [
                    "A csat becsípődésgátlós, így nem csípi meg a gyerek állát.",
                    "Súlya 230 g, hátul fényvisszaverő matrica van rajta.",
                    "Az EN 1078 szabvány szerint tanúsított.",
                ],
                ["kék", "rózsaszín", "zöld"],
                [("méret", "48–54 cm"), ("súly", "230 g"), ("anyag", "polikarbonát héj, EPS hab"), ("korosztály", "3–7 év"), ("nem", "gyerek")]),
            new(Helmets, "SI", "Szélfutó", "Szélfutó Commuter sisak forgásvédelmi betéttel", 32990,
                [
                    "A Szélfutó Commuter sisakban egy csúszó belső réteg csökkenti a ferde ütközéseknél a fejre ható forgóerőt.",
                    "Magasabb szintű védelem mindennapra: a Szélfutó Commuter forgásvédelmi betéttel készül.",
                ],
                [
                    "Súlya 340 g, mérete M (55–59 cm) és L (59–62 cm).",
                    "A héj matt, karcálló bevonatú.",
                    "A tarkópántba fényvisszaverő csík van varrva.",
                ],
                ["fekete", "fehér"],
                [("méret", "M / L (55–62 cm)"), ("súly", "340 g"), ("anyag", "polikarbonát héj, EPS hab, forgásvédelmi betét"), ("nem", "unisex")]),
        ];
        foreach (var model in models)
        {
            b.AddByColour(model);
        }
    }

    private static void SportBalls(CatalogBuilder b)
    {
        (string Name, int Price, string Description, (string, string)[] Attributes)[] balls =
        [
            ("Lendület Match futball-labda, 5-ös méret", 8990,
                "Hibrid varrású, 5-ös méretű futball-labda füves és műfüves pályára. A 32 paneles, puha PU borítás pontos rúgást és jó labdaérzést ad. Felfújatlanul szállítjuk.",
                [("méret", "5"), ("anyag", "PU borítás, butil belső"), ("súly", "430 g")]),
            ("Lendület Junior futball-labda, 4-es méret", 5990,
                "Könnyebb, 4-es méretű futball-labda 8–12 éves gyerekeknek edzéshez és játékhoz. Gépi varrású, strapabíró TPU borítással.",
                [("méret", "4"), ("anyag", "TPU borítás"), ("súly", "350 g"), ("nem", "gyerek")]),
            ("Lendület Street kosárlabda, 7-es méret", 7990,
                "Hivatalos, 7-es méretű kosárlabda kültéri pályára. A mély barázdák és a tapadós gumiborítás aszfalton is jó fogást adnak.",
                [("méret", "7"), ("anyag", "gumi"), ("súly", "600 g")]),
            ("Lendület Indoor kosárlabda, 6-os méret", 12990,
                "6-os méretű beltéri kosárlabda női és ifjúsági játékhoz, műbőr borítással. A kézben puha, pattanása egyenletes.",
                [("méret", "6"), ("anyag", "kompozit műbőr"), ("súly", "540 g")]),
            ("Lendület Strand röplabda", 6990,
                "Puha, varrott strandröplabda 5-ös méretben, homokra és füves pályára. Vízlepergető borítása miatt nedvesen sem nehezedik el.",
                [("méret", "5"), ("anyag", "szintetikus bőr"), ("súly", "270 g")]),
            ("Lendület Pro kézilabda, 2-es méret", 9990,
                "2-es méretű kézilabda női és ifjúsági csapatoknak. Tapadós felülete miatt gyanta nélkül is biztosan fogható, a varrott borítás sokáig bírja.",
                [("méret", "2"), ("anyag", "PU borítás"), ("súly", "340 g")]),
        ];
        foreach (var ball in balls)
        {
            b.Add(new ProductDraft(Balls, "LB", "Lendület", ball.Name, ball.Description, ball.Price, ProductAttributes.Of(ball.Attributes)));
        }
    }

    private sealed record ShoeModel(string Brand, string Model, Terrain Terrain, int Price, int WeightMen, int Drop, string Cushion, string Midsole, string Outsole);
}
