using static ChatBuddy.Grains.Demo.HungarianText;

namespace ChatBuddy.Grains.Demo;

/// <summary>Kitchen: coffee machines of four kinds, cookware, small appliances.</summary>
internal static class KitchenCatalog
{
    private const string Coffee = "Konyha > Kávéfőzők";
    private const string Cookware = "Konyha > Edények és serpenyők";
    private const string Appliances = "Konyha > Konyhai kisgépek";
    private const string Tableware = "Konyha > Bögrék és poharak";

    private static readonly CoffeeMachine[] CoffeeMachines =
    [
        new("Caffora", "Bella 15", Brew.Espresso, 1100, 1.2, 15, 3.8, 29990, "gőzölőcső"),
        new("Caffora", "Bella 19 Inox", Brew.Espresso, 1350, 1.5, 19, 4.6, 49990, "gőzölőcső"),
        new("Aromella", "Presso Classic", Brew.Espresso, 1350, 1.7, 15, 6.2, 89990, "gőzölőcső"),
        new("Moccaline", "Piccolo", Brew.Espresso, 850, 0.9, 15, 3.1, 22990, "gőzölőcső"),
        new("Caffora", "Pod Mini", Brew.Capsule, 1200, 0.6, 19, 2.6, 19990, "nincs"),
        new("Caffora", "Pod Plus", Brew.Capsule, 1450, 1.0, 19, 3.4, 34990, "külön tejhabosító"),
        new("Moccaline", "Capsa", Brew.Capsule, 1300, 0.8, 19, 3.0, 24990, "nincs"),
        new("Aromella", "Capsula Touch", Brew.Capsule, 1500, 1.2, 19, 4.0, 44990, "külön tejhabosító"),
        new("Moccaline", "Reggel", Brew.Filter, 900, 1.25, 0, 1.8, 9990, "nincs"),
        new("Moccaline", "Reggel Plus", Brew.Filter, 1000, 1.5, 0, 2.1, 15990, "nincs"),
        new("Kávéház", "Termo 12", Brew.Filter, 1000, 1.2, 0, 2.4, 24990, "nincs"),
        new("Caffora", "Filtro Aroma", Brew.Filter, 1100, 1.5, 0, 2.2, 19990, "nincs"),
        new("Aromella", "Duo Touch", Brew.Automatic, 1450, 1.8, 15, 8.5, 169990, "automata tejhabosító"),
        new("Aromella", "Lattessimo Pro", Brew.Automatic, 1500, 2.0, 15, 9.6, 289990, "automata tejhabosító"),
        new("Kávéház", "Otthon 300", Brew.Automatic, 1350, 1.7, 15, 7.9, 139990, "gőzölőcső"),
        new("Caffora", "Smart Barista", Brew.Automatic, 1500, 2.0, 19, 10.2, 349990, "automata tejhabosító"),
    ];

    private enum Brew
    {
        Espresso,
        Capsule,
        Filter,
        Automatic,
    }

    public static void Build(CatalogBuilder b)
    {
        foreach (var machine in CoffeeMachines)
        {
            CoffeeMachineVariants(b, machine);
        }

        CookwareItems(b);
        SmallAppliances(b);
        MugsAndGlasses(b);
    }

    private static void MugsAndGlasses(CatalogBuilder b)
    {
        ModelSpec[] items =
        [
            new(Tableware, "BP", "Kávéház", "Kávéház kerámia bögre, 350 ml", 2490,
                [
                    "Kézzel mázazott, 350 ml-es kerámia bögre reggeli kávéhoz és teához.",
                    "A reggeli kávé kedvenc bögréje: Kávéház kerámia bögre, 350 ml.",
                ],
                ["Mosogatógépben és mikrohullámú sütőben is használható.", "A máz minden darabon kicsit más, ettől egyedi.", "A füle két ujjnyi, kényelmesen fogható."],
                ["fehér", "zsályazöld", "mustársárga", "sötétkék", "terrakotta"],
                [("kapacitás", "350 ml"), ("anyag", "kőedény kerámia")]),
            new(Tableware, "BP", "Kávéház", "Kávéház duplafalú üvegpohár, 2 db, 250 ml", 4990,
                [
                    "Két duplafalú, hőálló boroszilikát üvegpohár, 250 ml-esek, kívül nem forrósodnak fel.",
                    "Mintha lebegne a kávé: a Kávéház duplafalú poharaiban jól látszanak a latte rétegei.",
                ],
                ["Mosogatógépben mosható, mikróba is tehető.", "A dupla fal miatt az ital sokáig meleg marad.", "Díszdobozban, ajándéknak is."],
                ["átlátszó"],
                [("kapacitás", "250 ml"), ("darabszám", "2 db"), ("anyag", "boroszilikát üveg")]),
            new(Tableware, "BP", "Konyhamester", "Konyhamester vizespohár-készlet, 6 db, 300 ml", 3990,
                [
                    "Hat darab vastag aljú, 300 ml-es vizespohár edzett üvegből, mindennapi használatra.",
                    "Strapabíró vizespoharak a családnak: a Konyhamester poharai edzett üvegből készülnek.",
                ],
                ["Mosogatógépben mosható, egymásba rakható.", "Az edzett üveg ütésállóbb a hagyományosnál."],
                ["átlátszó"],
                [("kapacitás", "300 ml"), ("darabszám", "6 db"), ("anyag", "edzett üveg")]),
            new(Tableware, "BP", "Vándorkő", "Vándorkő termobögre, 400 ml", 4490,
                [
                    "Duplafalú, vákuumszigetelt termobögre csepegésmentes, egy kézzel nyitható tetővel, 400 ml.",
                    "Ingázóknak: a Vándorkő termobögre négy órán át forrón tartja a kávét.",
                ],
                ["Autós pohártartóba is belefér.", "Kézzel mosd, a tető szétszedhető.", "Rozsdamentes acélból készült, nem veszi át az ízeket."],
                ["fekete", "fehér", "piros", "türkiz"],
                [("kapacitás", "400 ml"), ("anyag", "18/8 rozsdamentes acél")]),
        ];
        foreach (var item in items)
        {
            b.AddByColour(item);
        }
    }

    private static void CoffeeMachineVariants(CatalogBuilder b, CoffeeMachine m)
    {
        var r = b.Random;
        var full = $"{m.Brand} {m.Model}";
        var litres = Decimal(m.Litres);
        var cups = (int)(m.Litres * 8);
        var thermos = m.Model.StartsWith("Termo", StringComparison.Ordinal);
        var timer = m.Model.EndsWith("Plus", StringComparison.Ordinal) || thermos;
        string kind;
        string name;
        string[] facts;
        string opening;
        switch (m.Brew)
        {
            case Brew.Espresso:
                kind = "eszpresszó";
                name = $"{full} eszpresszó kávéfőző, {m.Bar} bar";
                opening = r.Pick<string>(
                [
                    $"{TheCap(full)} eszpresszó kávéfőző {m.Bar} bar nyomással, {m.Watts} W teljesítménnyel és {litres} literes kivehető víztartállyal.",
                    $"Otthoni presszókávé percek alatt: {The(full)} {m.Watts} W-os fűtőblokkja gyorsan felmelegszik, a szivattyú {m.Bar} bar nyomással dolgozik.",
                ]);
                facts =
                [
                    "A gőzölőcsővel krémes tejhabot készíthetsz cappuccinóhoz és lattéhoz.",
                    "Őrölt kávéval és ESE kávépárnával is használható.",
                    "A csepptálca kivehető és mosogatógépben mosható.",
                    $"Súlya {Decimal(m.Kilograms)} kg, így kisebb konyhában is könnyen elfér.",
                ];
                break;
            case Brew.Capsule:
                kind = "kapszulás";
                name = $"{full} kapszulás kávéfőző";
                opening = r.Pick<string>(
                [
                    $"{TheCap(full)} {m.Watts} W-os kapszulás kávéfőző {litres} literes víztartállyal és egygombos kezeléssel.",
                    $"Kapszulát be, gombnyomás, és kész a kávé: {The(full)} 25 másodperc alatt felfűt, a szivattyú {m.Bar} bar nyomással dolgozik.",
                ]);
                facts =
                [
                    m.Milk == "nincs"
                        ? "Két csészeméret programozható: eszpresszó (40 ml) és hosszú kávé (110 ml)."
                        : "A mellékelt elektromos tejhabosítóval cappuccinót és lattét is készíthetsz.",
                    "A gép a gyártó saját, újrahasznosítható alumíniumkapszuláival működik.",
                    "A használt kapszulák tartálya 10 darabot fogad, 9 perc tétlenség után a gép kikapcsol.",
                    $"Mindössze {Decimal(m.Kilograms)} kg, a pulton alig foglal helyet.",
                ];
                break;
            case Brew.Filter:
                kind = "filteres";
                name = $"{full} filteres kávéfőző, {litres} l";
                opening = r.Pick<string>(
                [
                    $"{TheCap(full)} {m.Watts} W-os filteres kávéfőző, amely egyszerre {cups} csésze kávét főz {litres} literes {(thermos ? "termoszkannába" : "üvegkannába")}.",
                    $"Hosszú kávé az egész családnak: {The(full)} egy lépésben {cups} csésze kávét készít, a kanna {litres} literes.",
                ]);
                facts =
                [
                    thermos
                        ? "A duplafalú termoszkanna melegítőlap nélkül is órákig melegen tartja a kávét."
                        : "A melegen tartó lap 40 percig tartja a kávé hőmérsékletét, utána a gép kikapcsol.",
                    timer
                        ? "A programozható időzítővel reggelre kész kávéval ébredhetsz."
                        : "A cseppzáró szelep miatt főzés közben is kitölthetsz egy csészével.",
                    "Az állandó, mosható szűrő kiváltja a papírfiltert.",
                ];
                break;
            default:
                kind = "automata";
                name = $"{full} automata kávéfőző, darálóval";
                opening = r.Pick<string>(
                [
                    $"{TheCap(full)} beépített kúpos darálós automata kávéfőző: egy gombnyomásra friss szemes kávéból főz.",
                    $"Szemes kávéból eszpresszó, cappuccino és latte macchiato – {The(full)} {m.Watts} W-os automata gép mindezt magától elkészíti.",
                ]);
                facts =
                [
                    $"A víztartály {litres} literes, a szemeskávé-tartály 250 g-os.",
                    $"{m.Bar} bar nyomással dolgozik, a darálás finomsága 13 fokozatban állítható.",
                    m.Milk == "automata tejhabosító"
                        ? "Az automata tejhabosító a tejtartályból közvetlenül a csészébe habosít."
                        : "A gőzölőcsővel kézzel habosíthatod a tejet, ahogy a kávézókban.",
                    m.Model.StartsWith("Smart", StringComparison.Ordinal)
                        ? "Telefonos alkalmazásból is indítható, és 10 saját italt tud megjegyezni."
                        : "Az automatikus öblítő- és vízkőtelenítő program megkönnyíti a karbantartást.",
                ];
                break;
        }

        var chosen = r.Sample(facts, 2);
        string[] palette = m.Brew == Brew.Filter ? ["fekete", "fehér", "piros"] : ["fekete", "ezüst", "fehér", "piros", "bézs", "grafitszürke"];
        foreach (var colour in r.Sample(palette, 3))
        {
            var description = Sentences(opening, chosen[0], chosen[1], $"Ez a változat {colour} színű.");
            var attributes = new ProductAttributes()
                .Set("típus", kind)
                .Set("teljesítmény", $"{m.Watts} W")
                .Set("kapacitás", $"{litres} l");
            if (m.Bar > 0)
            {
                attributes.Set("nyomás", $"{m.Bar} bar");
            }

            if (m.Brew == Brew.Filter)
            {
                attributes.Set("csészék száma", $"{cups}");
            }

            attributes
                .Set("tejhabosítás", m.Milk)
                .Set("súly", $"{Decimal(m.Kilograms)} kg")
                .Set("szín", colour)
                .Set("anyag", m.Price >= 40000 ? "rozsdamentes acél és műanyag ház" : "műanyag ház");
            b.Add(new ProductDraft(Coffee, "KV", m.Brand, $"{name}, {colour}", description, m.Price, attributes, Durable: true));
        }
    }

    private static void CookwareItems(CatalogBuilder b)
    {
        var r = b.Random;
        (string Brand, string Line, string Material, bool Induction, string Colour)[] lines =
        [
            ("Konyhamester", "Classic", "tapadásmentes bevonatú alumínium", true, "fekete"),
            ("Ferro Casa", "Tradizione", "öntöttvas", true, "fekete"),
            ("Konyhamester", "Inox", "18/10 rozsdamentes acél", true, "ezüst"),
            ("Lángoló", "Eco Ceramic", "kerámia bevonatú alumínium", false, "bézs"),
            ("Lángoló", "Eco Ceramic", "kerámia bevonatú alumínium", false, "mentazöld"),
        ];
        foreach (var line in lines)
        {
            var full = $"{line.Brand} {line.Line}";
            var materialFacts = line.Material switch
            {
                "öntöttvas" => new[]
                {
                    "Az öntöttvas egyenletesen tartja a hőt, steakhez és rántott húshoz ideális.",
                    "Gyárilag beégetett növényi olajréteggel érkezik, használat előtt csak el kell mosni.",
                    "Sütőbe is teheted 250 °C-ig, de mosogatógépbe nem való.",
                },
                "18/10 rozsdamentes acél" => new[]
                {
                    "Háromrétegű, kapszulázott alja egyenletesen vezeti a hőt.",
                    "Mosogatógépben mosható, sütőben 220 °C-ig használható.",
                    "Az acél nem lép reakcióba savas ételekkel, így lecsóhoz és befőzéshez is jó.",
                },
                "kerámia bevonatú alumínium" => new[]
                {
                    "A kerámia bevonat PTFE- és PFOA-mentes, kevés zsiradékkal is jól süt.",
                    "Fa vagy szilikon konyhai eszközt ajánlunk hozzá, hogy a bevonat sokáig szép maradjon.",
                    "Gáz-, elektromos és kerámialapon használható, indukciós főzőlapon nem.",
                },
                _ => new[]
                {
                    "A háromrétegű, PFOA-mentes tapadásmentes bevonaton kevés olajjal is süthetsz.",
                    "Az alumíniumtest gyorsan és egyenletesen melegszik.",
                    "A hőálló bakelit nyél sütés közben sem forrósodik fel.",
                },
            };
            var hob = line.Induction ? "Minden főzőlapon használható, indukción is." : "";
            var colourSuffix = line.Colour is "fekete" or "ezüst" ? "" : $", {line.Colour}";
            var colourSentence = colourSuffix.Length == 0 ? "" : $"Színe: {line.Colour}.";
            foreach (var size in new[] { 20, 24, 28 })
            {
                var kg = line.Material == "öntöttvas" ? 1.6 + ((size - 20) * 0.15) : 0.6 + ((size - 20) * 0.05);
                var price = line.Material switch
                {
                    "öntöttvas" => 9000 + (size * 450),
                    "18/10 rozsdamentes acél" => 6000 + (size * 380),
                    _ => 3000 + (size * 260),
                };
                var facts = r.Sample(materialFacts, 2);
                var description = Sentences(
                    r.Pick<string>(
                    [
                        $"{size} cm átmérőjű {line.Material} serpenyő {The(full)} sorozatból.",
                        $"{TheCap(full)} {size} cm-es serpenyője {Decimal(kg)} kg, {line.Material} anyagból készült.",
                    ]),
                    facts[0],
                    facts[1],
                    hob,
                    colourSentence);
                var attributes = new ProductAttributes()
                    .Set("méret", $"{size} cm")
                    .Set("anyag", line.Material)
                    .Set("súly", $"{Decimal(kg)} kg")
                    .Set("indukciós", line.Induction ? "igen" : "nem")
                    .Set("szín", line.Colour);
                b.Add(new ProductDraft(Cookware, "ED", line.Brand, $"{full} serpenyő, {size} cm{colourSuffix}", description, CatalogBuilder.ShopPrice(price), attributes));
            }

            if (line.Material != "öntöttvas")
            {
                (string Noun, int Size, double Litres, int Price)[] pots = [("lábas fedővel", 20, 2.8, 8990), ("fazék fedővel", 24, 6.5, 12990)];
                foreach (var pot in pots)
                {
                    var facts = r.Sample(materialFacts, 2);
                    var description = Sentences(
                        $"{pot.Size} cm átmérőjű, {Decimal(pot.Litres)} literes {pot.Noun.Split(' ')[0]} üvegfedővel {The(full)} sorozatból.",
                        facts[0],
                        facts[1],
                        hob,
                        colourSentence);
                    var attributes = new ProductAttributes()
                        .Set("méret", $"{pot.Size} cm")
                        .Set("kapacitás", $"{Decimal(pot.Litres)} l")
                        .Set("anyag", line.Material)
                        .Set("indukciós", line.Induction ? "igen" : "nem")
                        .Set("szín", line.Colour);
                    b.Add(new ProductDraft(Cookware, "ED", line.Brand, $"{full} {pot.Noun}, {pot.Size} cm, {Decimal(pot.Litres)} l{colourSuffix}", description, pot.Price + (line.Material.StartsWith("18/10", StringComparison.Ordinal) ? 4000 : 0), attributes));
                }

                var pieces = line.Material.StartsWith("18/10", StringComparison.Ordinal) ? 8 : 10;
                var setDescription = Sentences(
                    $"{pieces} részes edénykészlet {The(full)} sorozatból: lábasok, fazekak és serpenyő, a fazekakhoz üvegfedő jár.",
                    r.Pick(materialFacts),
                    hob.Length > 0 ? hob : colourSentence,
                    "Ajándéknak is jó választás, például első saját lakásba.");
                var setAttributes = new ProductAttributes()
                    .Set("darabszám", $"{pieces} részes")
                    .Set("anyag", line.Material)
                    .Set("indukciós", line.Induction ? "igen" : "nem")
                    .Set("szín", line.Colour);
                b.Add(new ProductDraft(Cookware, "ED", line.Brand, $"{full} {pieces} részes edénykészlet{colourSuffix}", setDescription, pieces == 8 ? 49990 : 34990, setAttributes));
            }
        }

        foreach (var colour in new[] { "fekete", "piros" })
        {
            var description = Sentences(
                "26 cm-es, lapos peremű palacsintasütő tapadásmentes bevonattal: a vékony tészta sem ragad le, és könnyű megfordítani.",
                "Az alumíniumtest gyorsan melegszik, így a második palacsintára sem kell sokat várni.",
                $"Indukciós főzőlapon is használható, színe {colour}.");
            var attributes = new ProductAttributes()
                .Set("méret", "26 cm")
                .Set("anyag", "tapadásmentes bevonatú alumínium")
                .Set("indukciós", "igen")
                .Set("szín", colour);
            b.Add(new ProductDraft(Cookware, "ED", "Lángoló", $"Lángoló palacsintasütő, 26 cm, {colour}", description, 6990, attributes));
        }
    }

    private static void SmallAppliances(CatalogBuilder b)
    {
        var r = b.Random;
        Appliance[] appliances =
        [
            new("Mixella", "Power 1000", "turmixgép", 1000, "1,5 l üvegkancsó", "1,5 literes üvegkancsóval", 3.9, 22990, ["fekete", "ezüst"],
                ["Hat pengés, rozsdamentes acél kése a jeget is összetöri.", "Két sebességgel és impulzus funkcióval dolgozik.", "A hőálló üvegkancsó mosogatógépben mosható."]),
            new("Mixella", "Smoothie To Go", "turmixgép", 350, "2 × 600 ml palack", "két 600 ml-es palackkal", 1.4, 9990, ["fehér", "mentazöld", "rózsaszín"],
                ["A palackba turmixolsz, majd a kupakot rácsavarva rögtön viheted magaddal.", "A BPA-mentes palackok mosogatógépben moshatók.", "Egygombos kezelés, a kés csak felhelyezett palackkal indul."]),
            new("Mixella", "Pro 1500", "turmixgép", 1500, "2 l Tritan kancsó", "2 literes Tritan kancsóval", 5.2, 49990, ["fekete", "grafitszürke"],
                ["Nyolc automatikus program, többek között smoothie, leves és jégtörés.", "A nagy sebességű motor percenként 30 000 fordulattal dolgozik.", "A törésálló Tritan kancsó könnyebb, mint az üveg."]),
            new("Konyhamester", "Stick 800", "botmixer", 800, "500 ml-es aprító", "500 ml-es aprítóval", 1.1, 12990, ["fehér", "fekete"],
                ["A szettben aprító, habverő és 700 ml-es mérőpohár is van.", "A fém mixerszár levesek pürésítésére is alkalmas, közvetlenül a lábasban.", "Tizenkét sebességfokozat és turbó gomb."]),
            new("Mixella", "Stick 1200", "botmixer", 1200, "750 ml-es aprító", "750 ml-es aprítóval", 1.3, 19990, ["fekete", "ezüst"],
                ["Négyágú, rozsdamentes kése gyorsan dolgozik, a fröccsenésgátló búra miatt a konyha tiszta marad.", "A szettben aprító, habverő és krumplitörő feltét is van.", "A változtatható sebességet a gomb nyomásának erejével szabályozhatod."]),
            new("Aromella", "Kettle Steel", "vízforraló", 2200, "1,7 l", "1,7 literes űrtartalommal", 1.2, 9990, ["ezüst", "fekete"],
                ["Rejtett fűtőszála miatt könnyen vízkőteleníthető.", "Felforrás után és üresen bekapcsolva automatikusan kikapcsol.", "A kivehető vízkőszűrő tisztán tartja a teát."]),
            new("Moccaline", "Tea Temp", "vízforraló", 2200, "1,7 l", "1,7 literes űrtartalommal", 1.3, 17990, ["fekete", "fehér"],
                ["A hőfok 40 és 100 °C között öt lépésben állítható, így zöld teához és tápszerhez is megfelelő a víz.", "A melegen tartó funkció 30 percig tartja a beállított hőmérsékletet.", "Felforrás után automatikusan kikapcsol."]),
            new("Konyhamester", "Glass", "vízforraló", 2000, "1,7 l", "1,7 literes űrtartalommal", 1.4, 11990, ["ezüst"],
                ["Boroszilikát üvegteste melegítés közben kéken világít.", "A 360°-ban forgatható talpról bármilyen irányból levehető.", "Felforrás után és üresen bekapcsolva automatikusan kikapcsol."]),
            new("Moccaline", "Reggeli 2", "kenyérpirító", 850, "2 szelet", "két szelethez", 1.5, 8990, ["fehér", "piros", "fekete"],
                ["A pirítás mértéke hét fokozatban állítható.", "Kiolvasztó és újramelegítő funkciója is van.", "A kihúzható morzsatálca könnyen üríthető."]),
            new("Aromella", "Toast 4", "kenyérpirító", 1600, "4 szelet", "négy szelethez", 2.4, 19990, ["ezüst", "fekete"],
                ["Két külön szabályozható nyílása egyszerre négy szeletet pirít.", "Extra széles nyílásaiba a vastagabb kalács is befér.", "A zsemlemelegítő rács a készülék tetejére hajtható."]),
            new("Konyhamester", "AirChef 4", "forrólevegős sütő", 1500, "4 l", "4 literes kosárral", 4.6, 24990, ["fekete"],
                ["Hét automatikus programja van, például hasábburgonyához, csirkeszárnyhoz és süteményhez.", "A hőmérséklet 80 és 200 °C között állítható, az időzítő 60 percig.", "Tapadásmentes kosara mosogatógépben mosható."]),
            new("Konyhamester", "AirChef 9 Duo", "forrólevegős sütő", 2400, "2 × 4,5 l", "két 4,5 literes kosárral", 7.8, 54990, ["fekete", "grafitszürke"],
                ["Két külön kosarában egyszerre két ételt süthetsz, eltérő hőfokon.", "A szinkron funkció úgy indítja a kosarakat, hogy egyszerre legyenek készen.", "Akár 1,8 kg csirkét is megsüt egyben."]),
            new("Mixella", "AirCrisp 5,5", "forrólevegős sütő", 1700, "5,5 l", "5,5 literes kosárral", 5.3, 32990, ["fekete", "fehér"],
                ["Az ablakon át sütés közben is látod az ételt.", "Olaj nélkül vagy egy kanálnyi olajjal is ropogósra süt.", "Nyolc előre beállított programmal és érintőkijelzővel rendelkezik."]),
            new("Mixella", "Hand 500", "kézi mixer", 500, "2 habverő, 2 dagasztó", "két habverővel és két dagasztókarral", 1.2, 10990, ["fehér", "piros"],
                ["Öt sebességfokozata és turbó gombja van.", "A habverők és a dagasztók egy gombnyomással kioldhatók.", "Könnyű, így nagyobb adag kalácstésztánál sem fárad el a kezed."]),
        ];
        foreach (var a in appliances)
        {
            var full = $"{a.Brand} {a.Model}";
            var opening = r.Pick<string>(
            [
                $"{TheCap(full)} {a.Watts} W teljesítményű {a.Kind} {a.With}.",
                $"{Capitalize(a.Kind)} a mindennapokra {a.With}: {The(full)}, {a.Watts} W teljesítménnyel.",
            ]);
            var facts = r.Sample(a.Facts, 2);
            foreach (var colour in a.Colours)
            {
                var description = Sentences(opening, facts[0], facts[1], $"Súlya {Decimal(a.Kilograms)} kg, színe {colour}.");
                var attributes = new ProductAttributes()
                    .Set("típus", a.Kind)
                    .Set("teljesítmény", $"{a.Watts} W")
                    .Set("kapacitás", a.Capacity)
                    .Set("súly", $"{Decimal(a.Kilograms)} kg")
                    .Set("szín", colour);
                b.Add(new ProductDraft(Appliances, "KG", a.Brand, $"{full} {a.Kind}, {a.Watts} W, {colour}", description, a.Price, attributes, Durable: true));
            }
        }
    }

    private sealed record CoffeeMachine(string Brand, string Model, Brew Brew, int Watts, double Litres, int Bar, double Kilograms, int Price, string Milk);

    private sealed record Appliance(string Brand, string Model, string Kind, int Watts, string Capacity, string With, double Kilograms, int Price, string[] Colours, string[] Facts);
}
