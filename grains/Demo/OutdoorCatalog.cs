using static ChatBuddy.Grains.Demo.HungarianText;

namespace ChatBuddy.Grains.Demo;

/// <summary>Camping (tents, sleeping bags) and garden (hand and power tools, lawn mowers).</summary>
internal static class OutdoorCatalog
{
    private const string Tents = "Kemping > Sátrak";
    private const string SleepingBags = "Kemping > Hálózsákok";
    private const string CampingGear = "Kemping > Kempingfelszerelés";
    private const string GardenTools = "Kert > Kerti szerszámok";
    private const string Mowers = "Kert > Fűnyírók";

    private static readonly Tent[] TentModels =
    [
        new("Vándorkő", "Tátra 2", "kupolasátor", 2, 3000, 2.9, "210 × 140 × 110", "üvegszálas", 1, 24990),
        new("Vándorkő", "Tátra 3", "kupolasátor", 3, 3000, 3.6, "210 × 180 × 120", "üvegszálas", 1, 29990),
        new("Vándorkő", "Tátra 4", "kupolasátor", 4, 3000, 4.8, "220 × 240 × 130", "üvegszálas", 2, 39990),
        new("Vándorkő", "Kaland 6", "kupolasátor", 6, 3000, 9.4, "300 × 300 × 190", "üvegszálas és acél", 1, 69990),
        new("Csillagtúra", "Pehely 2", "ultrakönnyű túrasátor", 2, 4000, 1.6, "215 × 130 × 100", "alumínium", 2, 79990),
        new("Csillagtúra", "Gerinc 3", "túrasátor", 3, 5000, 2.4, "220 × 180 × 110", "alumínium", 2, 99990),
        new("Csillagtúra", "Expedíció 3", "négyévszakos expedíciós sátor", 3, 5000, 3.9, "230 × 190 × 115", "alumínium", 2, 149990),
        new("Outvik", "Tunnel 4", "alagútsátor", 4, 3000, 8.9, "430 × 240 × 180", "üvegszálas", 1, 89990),
        new("Outvik", "Family 5", "családi alagútsátor", 5, 3000, 13.5, "480 × 300 × 200", "üvegszálas és acél", 1, 139990),
        new("Outvik", "Family 6", "családi sátor", 6, 4000, 17.8, "520 × 320 × 210", "üvegszálas és acél", 2, 179990),
        new("Tábortűz", "Pop-Up 2", "felugró sátor", 2, 2000, 2.3, "220 × 150 × 105", "rugóacél", 0, 19990),
        new("Tábortűz", "Pop-Up 3", "felugró sátor", 3, 2000, 3.1, "230 × 190 × 115", "rugóacél", 0, 24990),
        new("Tábortűz", "Fesztivál 4", "kupolasátor", 4, 2000, 4.2, "240 × 210 × 130", "üvegszálas", 1, 21990),
    ];

    private static readonly string[] TentColours = ["zöld", "narancssárga", "szürke", "kék", "olívazöld", "homokszín"];

    public static void Build(CatalogBuilder b)
    {
        foreach (var tent in TentModels)
        {
            TentVariants(b, tent);
        }

        SleepingBagVariants(b);
        CampingGearItems(b);
        HandTools(b);
        LawnMowers(b);
    }

    private static void TentVariants(CatalogBuilder b, Tent t)
    {
        var r = b.Random;
        var full = $"{t.Brand} {t.Model}";
        var purpose = t.Kind switch
        {
            "felugró sátor" => "Fesztiválra és rövid kiruccanásra",
            "ultrakönnyű túrasátor" or "túrasátor" => "Többnapos gyalogtúrákra",
            "négyévszakos expedíciós sátor" => "Téli és magashegyi túrákra",
            _ when t.Persons >= 5 || t.Kind.StartsWith("alagút", StringComparison.Ordinal) => "Családi nyaraláshoz",
            _ => "Hétvégi kempingezéshez és nyaraláshoz",
        };
        var opening = r.Pick<string>(
        [
            $"{TheCap(full)} {t.Kind}ban {t.Persons} fő fér el kényelmesen; vízoszlopa {t.WaterColumn} mm, súlya {Decimal(t.Kilograms)} kg.",
            $"{purpose} ajánljuk {The(full)} {t.Kind}t: {t.Persons} fő fér el benne, vízoszlopa {t.WaterColumn} mm, súlya {Decimal(t.Kilograms)} kg.",
        ]);
        var setup = t.Poles == "rugóacél"
            ? "Kicsomagolás után magától kinyílik, a felállítás kevesebb mint egy perc."
            : $"A rudazat {t.Poles}, a sátrat egy ember {(t.Persons >= 5 ? "nagyjából 20 perc alatt" : "10 percen belül")} felállítja.";
        var vestibule = t.Vestibules switch
        {
            0 => "Előtere nincs, a bejárat szúnyoghálós.",
            1 => "Egy előtere van, ahol a csomagok és a cipők szárazon maradnak.",
            _ => $"{(t.Vestibules == 2 ? "Két" : "Három")} bejárata és előtere van, így éjjel senkin nem kell átmászni.",
        };
        var facts = r.Sample<string>(
            [
                $"Felállított mérete {t.Dimensions} cm (h × sz × m).",
                setup,
                vestibule,
                t.Kind.StartsWith("négyévszakos", StringComparison.Ordinal)
                    ? "Hóterhelésre és erős szélre tervezték, a külső sátor a földig ér."
                    : "A ragasztott varratok és a szúnyoghálós szellőzők miatt esőben és kánikulában is kellemes benne aludni.",
            ],
            2);
        foreach (var colour in r.Sample(TentColours, r.Between(1, 2)))
        {
            var description = Sentences(opening, facts[0], facts[1], $"Színe: {colour}.");
            var attributes = new ProductAttributes()
                .Set("férőhely", $"{t.Persons} személyes")
                .Set("típus", t.Kind)
                .Set("vízoszlop", $"{t.WaterColumn} mm")
                .Set("súly", $"{Decimal(t.Kilograms)} kg")
                .Set("méret", $"{t.Dimensions} cm")
                .Set("rudazat", t.Poles)
                .Set("anyag", t.WaterColumn >= 4000 ? "szilikonos ripstop nejlon" : "190T poliészter, PU bevonat")
                .Set("szín", colour);
            b.Add(new ProductDraft(Tents, "ST", t.Brand, $"{full} {t.Kind}, {t.Persons} személyes, {t.WaterColumn} mm vízoszlop, {colour}", description, t.Price, attributes));
        }
    }

    private static void SleepingBagVariants(CatalogBuilder b)
    {
        var r = b.Random;
        (string Brand, string Model, string Shape, string Filling, int Comfort, int Limit, double Kilograms, string Size, int Price, string Gender)[] bags =
        [
            ("Vándorkő", "Nyár 200", "takaró", "szintetikus (üreges szál)", 15, 10, 0.9, "200 × 75 cm", 9990, "unisex"),
            ("Vándorkő", "Tavasz 220", "takaró", "szintetikus (üreges szál)", 8, 3, 1.4, "220 × 80 cm", 14990, "unisex"),
            ("Csillagtúra", "Pehely 700", "múmia", "libapehely (90/10)", 2, -4, 0.9, "210 × 80 cm", 69990, "unisex"),
            ("Csillagtúra", "Pehely 1000", "múmia", "libapehely (90/10)", -5, -12, 1.3, "215 × 80 cm", 99990, "unisex"),
            ("Outvik", "Trek 5", "múmia", "szintetikus (üreges szál)", 5, 0, 1.5, "215 × 80 cm", 19990, "unisex"),
            ("Outvik", "Trek 0", "múmia", "szintetikus (üreges szál)", 0, -6, 1.9, "215 × 80 cm", 24990, "unisex"),
            ("Outvik", "Trek 5 Lady", "múmia", "szintetikus (üreges szál)", 3, -2, 1.4, "195 × 75 cm", 21990, "női"),
            ("Tábortűz", "Junior", "múmia", "szintetikus (üreges szál)", 10, 5, 0.9, "170 × 65 cm", 8990, "gyerek"),
            ("Outvik", "Duo", "dupla takaró", "szintetikus (üreges szál)", 12, 6, 2.8, "220 × 150 cm", 24990, "unisex"),
        ];
        foreach (var bag in bags)
        {
            var full = $"{bag.Brand} {bag.Model}";
            var who = bag.Gender switch
            {
                "női" => " női",
                "gyerek" => " gyerek",
                _ => "",
            };
            var use = bag.Comfort switch
            {
                >= 12 => "Nyári kempingezéshez és vendégágynak való.",
                >= 5 => "Tavasztól őszig, hűvösebb éjszakákra is jó választás.",
                >= 0 => "Kora tavasszal és késő ősszel is melegen tart.",
                _ => "Téli túrákra és magashegyi éjszakákra készült.",
            };
            var opening = r.Pick<string>(
            [
                $"{TheCap(full)}{who} {bag.Shape} hálózsák, komforthőmérséklete {bag.Comfort} °C, határhőmérséklete {bag.Limit} °C.",
                $"{bag.Filling.Split(' ')[0] switch { "libapehely" => "Pehelytöltetű", _ => "Szintetikus töltetű" }},{who} {bag.Shape} fazonú hálózsák {bag.Comfort} °C-os komforthőmérséklettel: {The(full)}.",
            ]);
            foreach (var colour in r.Sample(["kék", "piros", "zöld", "narancssárga", "szürke", "lila"], 2))
            {
                var description = Sentences(
                    opening,
                    $"Töltete {bag.Filling}, kiterítve {bag.Size}, súlya {Decimal(bag.Kilograms)} kg.",
                    use,
                    $"Kompressziós zsákkal szállítjuk, színe {colour}.");
                var attributes = new ProductAttributes()
                    .Set("forma", bag.Shape)
                    .Set("töltet", bag.Filling)
                    .Set("komforthőmérséklet", $"{bag.Comfort} °C")
                    .Set("határhőmérséklet", $"{bag.Limit} °C")
                    .Set("méret", bag.Size)
                    .Set("súly", $"{Decimal(bag.Kilograms)} kg")
                    .Set("nem", bag.Gender)
                    .Set("szín", colour);
                b.Add(new ProductDraft(SleepingBags, "HL", bag.Brand, $"{full}{who} {bag.Shape} hálózsák, {bag.Comfort} °C, {colour}", description, bag.Price, attributes));
            }
        }
    }

    private static void CampingGearItems(CatalogBuilder b)
    {
        ModelSpec[] gear =
        [
            Gear("Tábortűz", "Tábortűz összecsukható kempingszék pohártartóval", 7990, ["zöld", "kék", "szürke"],
                [
                    "Könnyű, összecsukható kempingszék acélvázzal és pohártartós karfával, 120 kg terhelhetőséggel.",
                    "Horgászathoz, fesztiválra, kerti partira: a Tábortűz kempingszék pillanatok alatt kinyitható.",
                ],
                ["Súlya 2,6 kg, a vállon hordható tokban szállítható.", "Az ülés magassága 45 cm, a háttámla 60 cm magas.", "A 600D poliészter anyag könnyen letörölhető."],
                [("terhelhetőség", "120 kg"), ("súly", "2,6 kg"), ("anyag", "acélváz, 600D poliészter")]),
            Gear("Tábortűz", "Tábortűz összecsukható alumínium kempingasztal, 70 × 70 cm", 14990, ["ezüst"],
                [
                    "Feltekerhető lapú alumínium kempingasztal, 70 × 70 cm-es asztallappal, 70 cm magasan.",
                    "Négy embernek kényelmes étkezőasztal a sátor elé: a Tábortűz kempingasztal 30 kg-ig terhelhető.",
                ],
                ["Összecsukva 70 × 14 × 12 cm-es tokba fér.", "Súlya 2,9 kg.", "Nem rozsdásodik, esőben is kint hagyható."],
                [("méret", "70 × 70 × 70 cm"), ("terhelhetőség", "30 kg"), ("súly", "2,9 kg"), ("anyag", "alumínium")]),
            Gear("Outvik", "Outvik akkus LED kempinglámpa, 300 lm", 5990, ["narancssárga", "zöld"],
                [
                    "Tölthető LED kempinglámpa 300 lumen fényerővel, három fényfokozattal és akasztóval.",
                    "A sátorba, a teraszra, áramszünetre: az Outvik kempinglámpa egy töltéssel legfeljebb 20 órán át világít.",
                ],
                ["USB-C-n tölthető, és powerbankként a telefont is fel tudja tölteni.", "IPX4 szerint fröccsenésálló.", "Súlya 220 g."],
                [("fényerő", "300 lm"), ("üzemidő", "20 óra"), ("vízállóság", "IPX4"), ("súly", "220 g")]),
            Gear("Outvik", "Outvik fejlámpa, 400 lm", 4990, ["fekete", "piros"],
                [
                    "Tölthető fejlámpa 400 lumen fényerővel és piros fénnyel, amely nem vakítja el a társaidat.",
                    "Esti túrához, futáshoz, kempinghez: az Outvik fejlámpa mindössze 75 g.",
                ],
                ["Legkisebb fokozaton 40 órán át, legnagyobbon 4 órán át világít.", "A lámpafej 60 fokban dönthető.", "IPX5 szerint vízálló."],
                [("fényerő", "400 lm"), ("üzemidő", "4–40 óra"), ("vízállóság", "IPX5"), ("súly", "75 g")]),
            Gear("Vándorkő", "Vándorkő önfelfújó matrac, 5 cm", 12990, ["kék", "zöld"],
                [
                    "Önfelfújó kempingmatrac 183 × 51 cm-es felülettel és 5 cm vastagsággal.",
                    "Kicsavarod a szelepet, és pár perc alatt magától felfúvódik: Vándorkő önfelfújó matrac.",
                ],
                ["Két matrac oldalt összepatentozható.", "Súlya 1,2 kg, a csomagban javítókészlet is van.", "A habbetét jól szigetel a hideg talajtól."],
                [("méret", "183 × 51 × 5 cm"), ("súly", "1,2 kg"), ("anyag", "poliészter, PU hab")]),
            Gear("Vándorkő", "Vándorkő puha hűtőtáska, 24 l", 6990, ["kék", "szürke"],
                [
                    "24 literes, összehajtható hűtőtáska szivárgásmentes béléssel, strandra és kirándulásra.",
                    "Hideg üdítő egész nap: a Vándorkő hűtőtáska jégakkuval akár 12 órán át hűvösen tartja az ételt.",
                ],
                ["Hat darab 1,5 literes palack fér bele.", "Elöl külön zseb van az evőeszközöknek.", "Összehajtva csak 8 cm vastag."],
                [("kapacitás", "24 l"), ("anyag", "poliészter, PEVA bélés")]),
            Gear("Tábortűz", "Tábortűz elektromos hűtőbox, 32 l, 12 V / 230 V", 34990, ["szürke"],
                [
                    "Termoelektromos hűtőbox 32 literes belső térrel, autós 12 V-os és hálózati 230 V-os csatlakozással.",
                    "Nyaralásra autóval: a Tábortűz hűtőbox a környezeti hőmérséklet alá 18 fokkal hűt.",
                ],
                ["Átkapcsolva melegen tartásra is használható.", "Egy álló 2 literes palack is befér.", "Súlya 5,2 kg."],
                [("kapacitás", "32 l"), ("feszültség", "12 V / 230 V"), ("súly", "5,2 kg")],
                durable: true),
            Gear("Csillagtúra", "Csillagtúra kompakt gázfőző piezo gyújtással", 8990, ["ezüst"],
                [
                    "Összecsukható, 88 g-os túra gázfőző piezo gyújtással, menetes gázpalackhoz.",
                    "Reggeli kávé a hegytetőn: a Csillagtúra gázfőző 1 liter vizet 3,5 perc alatt forral fel.",
                ],
                ["Teljesítménye 2,6 kW.", "Saját műanyag tokjában szállítjuk.", "A gázpalack külön kapható."],
                [("teljesítmény", "2,6 kW"), ("súly", "88 g"), ("anyag", "alumínium, acél")]),
            Gear("Vándorkő", "Vándorkő duplafalú termokulacs, 750 ml", 5490, ["fekete", "kék", "zöld", "rózsaszín"],
                [
                    "Duplafalú, vákuumszigetelt rozsdamentes acél kulacs, 750 ml-es.",
                    "A Vándorkő termokulacs 24 órán át hidegen, 12 órán át melegen tartja az italt.",
                ],
                ["BPA-mentes kupakja szivárgásmentesen zár.", "Kívül nem párásodik, így a táskában sem lesz vizes.", "Kézzel mosd, mosogatógépbe nem való."],
                [("kapacitás", "750 ml"), ("anyag", "18/8 rozsdamentes acél")]),
            Gear("Outvik", "Outvik teleszkópos túrabot pár", 9990, ["fekete", "kék"],
                [
                    "Egy pár alumínium túrabot, amely 65 és 135 cm között állítható, gyorszáras rögzítéssel.",
                    "Kíméli a térdet lefelé menet: az Outvik túrabot párban, darabonként 250 g.",
                ],
                ["A parafa markolat nem izzad.", "Volfrám hegy és cserélhető gumikupak aszfaltra.", "A csomagban nyári és téli tányér is van."],
                [("hossz", "65–135 cm"), ("súly", "2 × 250 g"), ("anyag", "alumínium, parafa markolat")]),
        ];
        foreach (var model in gear)
        {
            b.AddByColour(model);
        }
    }

    private static ModelSpec Gear(string brand, string name, int price, string[] colours, string[] openings, string[] facts, (string, string)[] attributes, bool durable = false) =>
        new(CampingGear, "KF", brand, name, price, openings, facts, colours, attributes, durable);

    private static void HandTools(CatalogBuilder b)
    {
        (string Brand, string Name, int Price, string Description, (string, string)[] Attributes, bool Durable)[] tools =
        [
            ("Kertész Pro", "Kertész Pro mellévágó metszőolló, 20 mm", 3990,
                "Mellévágó metszőolló élő hajtásokhoz és virágokhoz, legfeljebb 20 mm vastag ágakig. A penge edzett szénacél tapadásmentes bevonattal, így nem ragad rá a növényi nedv. A rugós markolat zárja egy kézzel is működtethető.",
                [("anyag", "edzett szénacél penge, alumínium markolat"), ("vágási átmérő", "20 mm"), ("hossz", "21 cm"), ("súly", "230 g"), ("szín", "piros")], false),
            ("Kertész Pro", "Kertész Pro Ergo metszőolló forgó markolattal, 22 mm", 7990,
                "Profi mellévágó metszőolló forgó alsó markolattal, amely követi az ujjak mozgását, így hosszú metszés után sem fárad el a kezed. Legfeljebb 22 mm vastag ágakhoz ajánljuk, a penge cserélhető. Szőlő- és gyümölcsfametszéshez ideális.",
                [("anyag", "kovácsolt alumínium, cserélhető acélpenge"), ("vágási átmérő", "22 mm"), ("hossz", "21 cm"), ("súly", "250 g"), ("szín", "piros")], false),
            ("Zöldág", "Zöldág rávágó metszőolló, 25 mm", 4990,
                "Rávágó (üllős) metszőolló száraz, kemény ágakhoz 25 mm átmérőig. Az áttételes mechanika miatt kevesebb erő kell a vágáshoz. Súlya 240 g.",
                [("anyag", "edzett acél penge, üvegszálas műanyag markolat"), ("vágási átmérő", "25 mm"), ("súly", "240 g"), ("szín", "zöld")], false),
            ("Kertész Pro", "Kertész Pro teleszkópos ágvágó olló, 40 mm", 12990,
                "Teleszkópos ágvágó olló 40 mm vastag ágakig, a nyél 68 és 98 cm között állítható. Az áttétes vágófej háromszoros erőt ad, így magasabb ágakat is létra nélkül levághatsz. Súlya 1,3 kg.",
                [("anyag", "alumínium nyél, edzett acél penge"), ("vágási átmérő", "40 mm"), ("hossz", "68–98 cm"), ("súly", "1,3 kg")], false),
            ("Zöldág", "Zöldág sövénynyíró olló, 55 cm", 6990,
                "Kézi sövénynyíró olló 23 cm-es hullámos pengével, amely nem engedi kicsúszni a vékony ágakat. A 55 cm-es teljes hossz és az ütéscsillapítók kímélik a csuklót. Tuja és örökzöldek formázására ajánljuk.",
                [("anyag", "edzett acél penge, alumínium nyél"), ("hossz", "55 cm"), ("súly", "950 g")], false),
            ("Gyepmester", "Gyepmester ásó üvegszálas nyéllel", 8990,
                "Edzett acél ásó üvegszálas nyéllel és D-markolattal, teljes hossza 117 cm. A penge felső széle taposóperemes, így kemény talajba is könnyebb belenyomni. Súlya 1,9 kg.",
                [("anyag", "edzett acél, üvegszál"), ("hossz", "117 cm"), ("súly", "1,9 kg")], false),
            ("Gyepmester", "Gyepmester kovácsolt kapa, 150 cm", 5990,
                "Kovácsolt acél kapa 15 cm széles fejjel és 150 cm-es, lakkozott bükkfa nyéllel. Gyomláláshoz, töltögetéshez és a föld lazításához ajánljuk a konyhakertben.",
                [("anyag", "kovácsolt acél, bükkfa nyél"), ("hossz", "150 cm"), ("súly", "1,4 kg")], false),
            ("Zöldág", "Zöldág 14 fogú gereblye, 150 cm", 4990,
                "Acél gereblye 14 foggal és 150 cm-es fa nyéllel, ágyások elegyengetéséhez és vetés előtti talaj-előkészítéshez. A fej 36 cm széles.",
                [("anyag", "porszórt acél, fa nyél"), ("hossz", "150 cm"), ("súly", "1,1 kg")], false),
            ("Zöldág", "Zöldág állítható lombseprű", 3990,
                "Lombseprű 22 állítható műanyag foggal: a szélessége 30 és 53 cm között csúszkával változtatható. Gyepen és térkövön is kíméletesen gyűjti össze a lombot. A nyél 150 cm-es alumínium.",
                [("anyag", "műanyag fej, alumínium nyél"), ("hossz", "150 cm"), ("súly", "650 g"), ("szín", "zöld")], false),
            ("Zöldág", "Zöldág 3 részes kerti kéziszerszám-készlet", 4490,
                "Háromrészes kéziszerszám-készlet: ültetőlapát, keskeny palántázólapát és háromágú gyomláló. Rozsdamentes acélból készültek, a markolat puha, csúszásmentes. Balkonládához és magaságyáshoz is jól használható.",
                [("anyag", "rozsdamentes acél, műanyag markolat"), ("darabszám", "3 db")], false),
            ("Gyepmester", "Gyepmester talicska, 100 l, tömör gumikerékkel", 24990,
                "100 literes, horganyzott acél teknős talicska, legfeljebb 150 kg teherbírással. A tömör gumikerék nem lyukad ki, így sosem kell pumpálni. Összeszerelve szállítjuk, súlya 15 kg.",
                [("kapacitás", "100 l"), ("teherbírás", "150 kg"), ("anyag", "horganyzott acél"), ("súly", "15 kg")], false),
            ("Zöldág", "Zöldág kerti tömlő, 1/2\", 25 m", 8990,
                "Négyrétegű, szövetbetétes kerti tömlő 1/2 hüvelykes (13 mm) belső átmérővel, 25 m hosszan. UV-álló és nem törik meg, 20 bar nyomásig terhelhető.",
                [("hossz", "25 m"), ("átmérő", "1/2\" (13 mm)"), ("anyag", "PVC, szövetbetét"), ("szín", "zöld")], false),
            ("Zöldág", "Zöldág kerti tömlő, 1/2\", 50 m", 15990,
                "Négyrétegű, szövetbetétes kerti tömlő 1/2 hüvelykes (13 mm) belső átmérővel, 50 m hosszan, nagyobb kertekhez. UV-álló, 20 bar nyomásig terhelhető, fagymentesen tárolva évekig kitart.",
                [("hossz", "50 m"), ("átmérő", "1/2\" (13 mm)"), ("anyag", "PVC, szövetbetét"), ("szín", "zöld")], false),
            ("Zöldág", "Zöldág 7 funkciós locsolópisztoly", 3490,
                "Locsolópisztoly hét szórásképpel a finom permettől az erős sugárig. A markolat gumírozott, a ravasz rögzíthető, így hosszabb locsoláskor sem kell folyamatosan nyomni. Minden szabványos gyorscsatlakozóhoz illeszkedik.",
                [("anyag", "ABS műanyag, gumírozott markolat"), ("szín", "zöld")], false),
            ("Zöldág", "Zöldág nyomáspermetező, 5 l", 7990,
                "Ötliteres nyomáspermetező állítható szórófejjel és 1,2 m-es tömlővel. A biztonsági szelep megakadályozza a túlnyomást, a vállpánt kényelmessé teszi a hosszabb munkát.",
                [("kapacitás", "5 l"), ("anyag", "polietilén tartály"), ("súly", "1,5 kg")], false),
            ("Gyepmester", "Gyepmester fejsze, 1,25 kg", 9990,
                "Hasítófejsze 1,25 kg-os kovácsolt fejjel és 70 cm-es üvegszálas nyéllel. A nyél elnyeli a rezgést, és nem törik el, ha mellécsapsz. A csomagban élvédő tok is van.",
                [("anyag", "kovácsolt acél, üvegszál"), ("hossz", "70 cm"), ("súly", "1,25 kg")], false),
            ("Ágas", "Ágas 18 V akkus sövényvágó, 50 cm, akkuval", 39990,
                "Akkus sövényvágó 50 cm-es, lézerrel vágott késsel és 16 mm-es fogtávolsággal. A 18 V-os, 2 Ah-s akkuval körülbelül 50 percig dolgozik, a töltő a csomag része. Súlya akkuval 2,6 kg.",
                [("feszültség", "18 V"), ("akkumulátor", "2 Ah Li-ion"), ("késhossz", "50 cm"), ("súly", "2,6 kg"), ("szín", "zöld")], true),
            ("Ágas", "Ágas 18 V akkus fűszegélynyíró, 25 cm, akkuval", 29990,
                "Akkus fűszegélynyíró 25 cm-es vágásszélességgel, kerítés és ágyásszegély mentén. A fej 90 fokkal elfordítható, a szár teleszkópos. A 2 Ah-s akkuval körülbelül 30 percig működik.",
                [("feszültség", "18 V"), ("akkumulátor", "2 Ah Li-ion"), ("vágásszélesség", "25 cm"), ("súly", "2,3 kg"), ("szín", "zöld")], true),
            ("Ágas", "Ágas 18 V akkus láncfűrész, 25 cm, akkuval", 54990,
                "Akkus láncfűrész 25 cm-es vezetőlappal, gallyazáshoz és tűzifa darabolásához. Szerszám nélkül feszíthető lánc, automatikus láncolajozás és láncfék. Egy 4 Ah-s akkuval körülbelül 90 vágást bír 10 cm-es ágakon.",
                [("feszültség", "18 V"), ("akkumulátor", "4 Ah Li-ion"), ("vezetőlap", "25 cm"), ("súly", "3,4 kg"), ("szín", "zöld")], true),
            ("Ágas", "Ágas 2600 W elektromos lombszívó és -fúvó", 24990,
                "Lombszívó és -fúvó egyben, 2600 W-os motorral és 45 literes gyűjtőzsákkal. Szívás közben 10:1 arányban aprítja a lombot, így ritkábban kell üríteni. A fúvási sebesség legfeljebb 270 km/h.",
                [("teljesítmény", "2600 W"), ("kapacitás", "45 l"), ("súly", "3,9 kg"), ("szín", "zöld")], true),
        ];
        foreach (var tool in tools)
        {
            b.Add(new ProductDraft(GardenTools, "KS", tool.Brand, tool.Name, tool.Description, tool.Price, ProductAttributes.Of(tool.Attributes), tool.Durable));
        }

        foreach (var size in new[] { "S", "M", "L", "XL" })
        {
            var description = Sentences(
                "Kertészkesztyű nitrilbevonatos tenyérrel és légáteresztő, kötött kézháttal.",
                "Nedves földdel és tüskés ágakkal dolgozva is jól fog, a mandzsetta nem engedi be a földet.",
                $"Ez a darab {size} méretű.");
            var attributes = ProductAttributes.Of(("anyag", "nejlon kötött anyag, nitril bevonat"), ("méret", size), ("nem", "unisex"), ("szín", "zöld"));
            b.Add(new ProductDraft(GardenTools, "KS", "Kertész Pro", $"Kertész Pro nitriles kertészkesztyű, {size}", description, 1990, attributes));
        }
    }

    private static void LawnMowers(CatalogBuilder b)
    {
        var r = b.Random;
        (string Brand, string Model, string Kind, string Power, int Cut, int Bag, int Area, double Kilograms, int Price, string Extra)[] mowers =
        [
            ("Gyepmester", "E 1400", "elektromos fűnyíró", "1400 W", 34, 35, 300, 10.5, 34990, "A vágási magasság 20 és 70 mm között öt fokozatban állítható."),
            ("Gyepmester", "E 1800", "elektromos fűnyíró", "1800 W", 42, 45, 500, 13, 49990, "A fűgyűjtő telítettségét ablak jelzi, a vágási magasság hat fokozatú."),
            ("Ágas", "Akku 38", "akkus fűnyíró", "2 × 18 V", 38, 40, 400, 15.2, 119990, "Két 4 Ah-s akkuval körülbelül 45 percig nyír, a csomagban kettős töltő is van."),
            ("Ágas", "Akku 46 S", "önjáró akkus fűnyíró", "40 V", 46, 55, 700, 22, 189990, "Az önjáró hajtás miatt lejtős kertben is könnyű tolni, az 5 Ah-s akku körülbelül 60 percig bírja."),
            ("Gyepmester", "B 46", "benzines fűnyíró", "139 cm³", 46, 55, 1000, 29, 129990, "Négy az egyben: gyűjt, mulcsoz, oldalra és hátra dob ki."),
            ("Gyepmester", "B 51 S", "önjáró benzines fűnyíró", "173 cm³", 51, 60, 1500, 36, 199990, "Az önjáró hajtás és a nagy hátsó kerekek miatt egyenetlen talajon is könnyen halad."),
            ("Ágas", "Robo 600", "robotfűnyíró", "28 V", 20, 0, 600, 9.5, 259990, "Peremvezeték mentén dolgozik, esőérzékelővel és telefonos alkalmazással vezérelhető."),
            ("Ágas", "Robo 1200", "robotfűnyíró", "28 V", 22, 0, 1200, 10.4, 399990, "Lejtőn 35%-ig dolgozik, lopásgátló PIN-kóddal és GPS-helymeghatározással védett."),
            ("Gyepmester", "Kézi 30", "kézi hengeres fűnyíró", "", 30, 0, 150, 6.5, 19990, "Csendes, nem kell hozzá áram és benzin, az öt kés ollószerűen, tisztán vágja a füvet."),
        ];
        foreach (var m in mowers)
        {
            var full = $"{m.Brand} {m.Model}";
            var description = Sentences(
                r.Pick<string>(
                [
                    $"{TheCap(full)} {m.Kind} {m.Cut} cm-es vágásszélességgel, legfeljebb {Number(m.Area)} m²-es gyephez.",
                    $"Legfeljebb {Number(m.Area)} m²-es kertekhez ajánljuk {The(full)} {m.Kind}t, amely {m.Cut} cm széles sávban nyír.",
                ]),
                m.Extra,
                m.Bag > 0 ? $"A fűgyűjtő {m.Bag} literes, a gép súlya {Decimal(m.Kilograms)} kg." : $"A gép súlya {Decimal(m.Kilograms)} kg.");
            var attributes = new ProductAttributes().Set("típus", m.Kind);
            if (m.Power.Length > 0)
            {
                attributes.Set("teljesítmény", m.Power);
            }

            attributes
                .Set("vágásszélesség", $"{m.Cut} cm")
                .Set("ajánlott terület", $"{Number(m.Area)} m²");
            if (m.Bag > 0)
            {
                attributes.Set("fűgyűjtő", $"{m.Bag} l");
            }

            attributes.Set("súly", $"{Decimal(m.Kilograms)} kg").Set("szín", m.Brand == "Ágas" ? "zöld" : "narancssárga");
            b.Add(new ProductDraft(Mowers, "FN", m.Brand, $"{full} {m.Kind}, {m.Cut} cm", description, m.Price, attributes, Durable: m.Kind != "kézi hengeres fűnyíró"));
        }
    }

    private sealed record Tent(string Brand, string Model, string Kind, int Persons, int WaterColumn, double Kilograms, string Dimensions, string Poles, int Vestibules, int Price);
}
