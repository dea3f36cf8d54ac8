using static ChatBuddy.Grains.Demo.HungarianText;

namespace ChatBuddy.Grains.Demo;

/// <summary>Electronics: smartphones by storage and colour, headphones and earbuds, smartwatches.</summary>
internal static class ElectronicsCatalog
{
    private const string Phones = "Elektronika > Mobiltelefonok";
    private const string Headphones = "Elektronika > Fejhallgatók";
    private const string Watches = "Elektronika > Okosórák";
    private const string Speakers = "Elektronika > Hangszórók";
    private const string Tablets = "Elektronika > Tabletek";

    private static readonly Phone[] PhoneModels =
    [
        new("Novaphone", "Lite 3", 6.5, "LCD", 90, 50, 5000, 4, [64, 128], 59990, 15000, ["éjfekete", "tengerkék"], Tier.Budget, 192),
        new("Novaphone", "X5", 6.4, "AMOLED", 120, 50, 4700, 8, [128, 256], 149990, 30000, ["éjfekete", "ezüstfehér", "levendula"], Tier.Mid, 185),
        new("Novaphone", "X5 Pro", 6.7, "AMOLED", 120, 200, 5000, 12, [256, 512], 269990, 50000, ["éjfekete", "titánszürke"], Tier.Flagship, 218),
        new("Zentro", "Go 4", 6.6, "LCD", 90, 13, 5000, 4, [64], 44990, 0, ["fekete", "kék"], Tier.Budget, 195),
        new("Zentro", "Edge 12", 6.1, "OLED", 120, 50, 4300, 8, [128, 256], 189990, 35000, ["grafit", "ezüst", "zöld"], Tier.Mid, 172),
        new("Zentro", "Edge 12 Plus", 6.7, "OLED", 120, 50, 4900, 8, [256, 512], 249990, 50000, ["grafit", "ezüst"], Tier.Flagship, 205),
        new("Kvark", "K9", 6.67, "AMOLED", 120, 108, 5100, 8, [128, 256], 99990, 20000, ["fekete", "kék", "zöld"], Tier.Mid, 190),
        new("Kvark", "K9 Ultra", 6.73, "AMOLED", 144, 50, 5500, 16, [512], 349990, 0, ["fekete", "fehér"], Tier.Flagship, 224),
        new("Orbitel", "M2 mini", 5.8, "OLED", 60, 12, 3200, 6, [128], 129990, 0, ["fekete", "rózsaszín"], Tier.Mid, 150),
        new("Orbitel", "Senior S1", 6.1, "LCD", 60, 13, 4000, 3, [32], 34990, 0, ["fekete"], Tier.Senior, 180),
    ];

    private enum Tier
    {
        Budget,
        Mid,
        Flagship,
        Senior,
    }

    public static void Build(CatalogBuilder b)
    {
        foreach (var phone in PhoneModels)
        {
            PhoneVariants(b, phone);
        }

        HeadphoneModels(b);
        WatchModels(b);
        SpeakerModels(b);
        TabletModels(b);
    }

    private static void TabletModels(CatalogBuilder b)
    {
        var r = b.Random;
        (string Brand, string Model, double Screen, string Panel, int Hertz, int Storage, int Ram, int Battery, bool Lte, int Price, string[] Colours, string Fact)[] tablets =
        [
            ("Novaphone", "Tab 11", 11, "LCD", 90, 128, 6, 8000, false, 89990, ["szürke", "ezüst"], "Négy hangszórója filmnézéshez is telt hangot ad."),
            ("Novaphone", "Tab 11", 11, "LCD", 90, 128, 6, 8000, true, 109990, ["szürke"], "A beépített 4G modemmel wifi nélkül is internetezhetsz."),
            ("Novaphone", "Tab 12 Pro", 12.4, "AMOLED", 120, 256, 12, 10000, false, 219990, ["grafit", "ezüst"], "A mellékelt érintőtollal jegyzetelhetsz és rajzolhatsz, a billentyűzettok külön kapható."),
            ("Kvark", "Pad 10", 10.1, "LCD", 60, 64, 4, 6000, false, 49990, ["szürke", "kék"], "Gyerekmóddal és szülői felügyelettel érkezik, a gyerekek számára jóváhagyott alkalmazásokkal."),
            ("Kvark", "Pad Kids", 8.7, "LCD", 60, 32, 3, 5100, false, 39990, ["kék", "rózsaszín"], "Ütésálló szilikon tokkal és kitámasztó fogantyúval szállítjuk."),
        ];
        foreach (var t in tablets)
        {
            var full = $"{t.Brand} {t.Model}";
            var suffix = t.Lte ? " LTE" : " Wi-Fi";
            var opening = r.Pick<string>(
            [
                $"{TheCap(full + suffix)} {Decimal(t.Screen)} hüvelykes, {t.Hertz} Hz-es {t.Panel} kijelzős tablet {t.Storage} GB tárhellyal és {t.Ram} GB memóriával.",
                $"Tanuláshoz, filmekhez, videóhívásokhoz: {The(full + suffix)} {Decimal(t.Screen)} hüvelykes tablet.",
            ]);
            foreach (var colour in t.Colours)
            {
                var description = Sentences(
                    opening,
                    $"Akkumulátora {t.Battery} mAh-s, videólejátszás mellett körülbelül {t.Battery / 700} órán át bírja.",
                    t.Fact,
                    $"A tárhely microSD-kártyával bővíthető, színe {colour}.");
                var attributes = new ProductAttributes()
                    .Set("kijelző", $"{Decimal(t.Screen)} hüvelyk, {t.Panel}, {t.Hertz} Hz")
                    .Set("tárhely", $"{t.Storage} GB")
                    .Set("memória", $"{t.Ram} GB RAM")
                    .Set("akkumulátor", $"{t.Battery} mAh")
                    .Set("mobilnet", t.Lte ? "4G LTE" : "nincs")
                    .Set("szín", colour);
                b.Add(new ProductDraft(Tablets, "TB", t.Brand, $"{full}{suffix} tablet, {t.Storage} GB, {colour}", description, t.Price, attributes, Durable: true));
            }
        }
    }

    private static void SpeakerModels(CatalogBuilder b)
    {
        ModelSpec[] models =
        [
            new(Speakers, "HS", "Sonaro", "Sonaro Boom Mini hordozható Bluetooth hangszóró", 14990,
                [
                    "A Sonaro Boom Mini tenyérnyi, 10 W-os Bluetooth hangszóró, amely egy töltéssel 12 órán át szól.",
                    "Strandra, zuhany alá, kirándulásra: a Sonaro Boom Mini IP67 szerint por- és vízálló.",
                ],
                ["Súlya 290 g, a szíjjal táskára vagy kormányra akasztható.", "Két darab összekapcsolható sztereó hangzáshoz.", "Beépített mikrofonnal kihangosítóként is használható."],
                ["fekete", "kék", "piros", "zöld"],
                [("teljesítmény", "10 W"), ("akkumulátor-üzemidő", "12 óra"), ("vízállóság", "IP67"), ("csatlakozás", "Bluetooth 5.3"), ("súly", "290 g")],
                Durable: true),
            new(Speakers, "HS", "Sonaro", "Sonaro Boom 2 hordozható Bluetooth hangszóró", 39990,
                [
                    "A Sonaro Boom 2 30 W-os, kétutas Bluetooth hangszóró erőteljes mélyekkel és 20 órás üzemidővel.",
                    "Kerti partira és nyaralásra: a Sonaro Boom 2 vízálló, és powerbankként a telefonodat is feltölti.",
                ],
                ["IP67 szerint por- és vízálló, még a medencében is úszik.", "Súlya 960 g.", "Az alkalmazásban hangszínszabályzóval igazíthatod a hangzást."],
                ["fekete", "kék", "szürke"],
                [("teljesítmény", "30 W"), ("akkumulátor-üzemidő", "20 óra"), ("vízállóság", "IP67"), ("csatlakozás", "Bluetooth 5.3, USB-C"), ("súly", "960 g")],
                Durable: true),
            new(Speakers, "HS", "Basswave", "Basswave Party 200 partihangszóró fényeffektekkel", 89990,
                [
                    "A Basswave Party 200 200 W-os, gurulós partihangszóró LED-fényshow-val és karaoke mikrofonbemenettel.",
                    "Házibulira, ballagásra, kerti partira: a Basswave Party 200 egy egész nappalit megtölt hanggal.",
                ],
                ["Egy töltéssel 18 órán át szól.", "Gitár- és mikrofonbemenete is van.", "Kihúzható fogantyúja és kerekei miatt könnyen mozgatható, súlya 14 kg."],
                ["fekete"],
                [("teljesítmény", "200 W"), ("akkumulátor-üzemidő", "18 óra"), ("csatlakozás", "Bluetooth 5.3, 6,3 mm jack, USB"), ("súly", "14 kg")],
                Durable: true),
            new(Speakers, "HS", "Audiq", "Audiq Home Smart okoshangszóró", 49990,
                [
                    "Az Audiq Home Smart Wi-Fi-s okoshangszóró hangvezérléssel, amely magyarul is érti a parancsokat.",
                    "Zene, hírek, időzítő és okosotthon egy helyen: Audiq Home Smart.",
                ],
                ["Több darab összekapcsolható, így a lakás minden szobájában ugyanaz a zene szólhat.", "A mikrofon egy gombbal kikapcsolható.", "Teljesítménye 40 W, 360 fokos hangzással."],
                ["fehér", "szürke"],
                [("teljesítmény", "40 W"), ("csatlakozás", "Wi-Fi, Bluetooth 5.0"), ("tápellátás", "hálózati")],
                Durable: true),
            new(Speakers, "HS", "Tonika", "Tonika Soundbar 2.1 vezeték nélküli mélynyomóval", 79990,
                [
                    "A Tonika Soundbar 2.1 240 W-os hangprojektor vezeték nélküli mélynyomóval, tévé alá.",
                    "Moziélmény a nappaliban: a Tonika Soundbar 2.1 HDMI eARC-kapcsolattal a tévé távirányítójáról is vezérelhető.",
                ],
                ["A beszédkiemelő mód miatt a filmekben jól érthetők a párbeszédek.", "A hangprojektor 90 cm széles, falra is szerelhető.", "Bluetooth-on a telefonról is játszhatsz rajta zenét."],
                ["fekete"],
                [("teljesítmény", "240 W"), ("csatlakozás", "HDMI eARC, optikai, Bluetooth 5.0"), ("méret", "90 × 6 × 8 cm")],
                Durable: true),
            new(Speakers, "HS", "Tonika", "Tonika Retro rádió Bluetooth-szal", 24990,
                [
                    "A Tonika Retro fa házas, klasszikus formájú asztali rádió FM- és DAB+ vétellel, Bluetooth-kapcsolattal.",
                    "A nagyszülők rádiója, mai tudással: a Tonika Retro telefonról is játszik zenét.",
                ],
                ["Húsz állomást tud megjegyezni.", "Ébresztőórája két külön időpontra állítható.", "Teljesítménye 15 W, hálózatról működik."],
                ["barna", "bézs"],
                [("teljesítmény", "15 W"), ("csatlakozás", "FM, DAB+, Bluetooth 5.0"), ("anyag", "MDF fa ház")],
                Durable: true),
        ];
        foreach (var model in models)
        {
            b.AddByColour(model);
        }
    }

    private static void PhoneVariants(CatalogBuilder b, Phone p)
    {
        var r = b.Random;
        var full = $"{p.Brand} {p.Model}";
        var screen = Decimal(p.Screen);
        var opening = r.Pick<string>(
        [
            $"{TheCap(full)} {screen} hüvelykes, {p.Hertz} Hz-es {p.Panel} kijelzős okostelefon {p.RamGb} GB memóriával.",
            p.Tier switch
            {
                Tier.Budget => $"Megbízható, kedvező árú telefon a mindennapokra: {The(full)} {screen} hüvelykes {p.Panel} kijelzővel és nagy akkumulátorral.",
                Tier.Mid => $"Középkategóriás ár, csúcskategóriás érzés: {The(full)} {screen} hüvelykes, {p.Hertz} Hz-es {p.Panel} kijelzővel.",
                Tier.Flagship => $"{TheCap(full)} {The(p.Brand)} csúcsmodellje: {screen} hüvelykes, {p.Hertz} Hz-es {p.Panel} kijelző és {p.RamGb} GB memória.",
                _ => $"{TheCap(full)} idősebbeknek tervezett, egyszerűen kezelhető okostelefon {screen} hüvelykes kijelzővel.",
            },
        ]);
        var days = p.Battery >= 5000 ? "két" : "másfél";
        var facts = r.Sample<string>(
            [
                p.Tier == Tier.Flagship
                    ? $"A fő kamera {p.CameraMp} megapixeles, mellette ultraszéles és 3-szoros optikai zoomos teleobjektív is van."
                    : $"A fő kamera {p.CameraMp} megapixeles, éjszakai móddal.",
                $"Akkumulátora {p.Battery} mAh-s, átlagos használat mellett {(p.Tier == Tier.Senior ? "három" : days)} napig bírja.",
                p.Tier is Tier.Mid or Tier.Flagship ? "5G-képes, IP68 szerint por- és vízálló." : "Fröccsenő víz ellen IP54 szerint védett, két nano SIM-kártyát fogad.",
                p.Tier == Tier.Senior
                    ? "Nagy ikonos, egyszerűsített kezelőfelülete van, a hátlapon SOS gomb hívja a beállított családtagot."
                    : $"Súlya {p.Grams} g, Android 15 rendszerrel érkezik, a gyártó öt évig ad rá biztonsági frissítést.",
            ],
            2);
        for (var i = 0; i < p.StorageGb.Length; i++)
        {
            var storage = p.StorageGb[i];
            var price = p.Price + (i * p.StorageStep);
            foreach (var colour in p.Colours)
            {
                var description = Sentences(opening, facts[0], facts[1], $"Ebben a változatban {storage} GB tárhely van, a színe {colour}.");
                var attributes = new ProductAttributes()
                    .Set("tárhely", $"{storage} GB")
                    .Set("memória", $"{p.RamGb} GB RAM")
                    .Set("kijelző", $"{screen} hüvelyk, {p.Panel}, {p.Hertz} Hz")
                    .Set("kamera", $"{p.CameraMp} MP")
                    .Set("akkumulátor", $"{p.Battery} mAh")
                    .Set("5G", p.Tier is Tier.Mid or Tier.Flagship ? "igen" : "nem")
                    .Set("operációs rendszer", "Android 15")
                    .Set("súly", $"{p.Grams} g")
                    .Set("szín", colour);
                b.Add(new ProductDraft(Phones, "MT", p.Brand, $"{full} okostelefon, {storage} GB, {colour}", description, price, attributes, Durable: true));
            }
        }
    }

    private static void HeadphoneModels(CatalogBuilder b)
    {
        ModelSpec[] models =
        [
            Headphone("Sonaro", "Quiet 700", "vezeték nélküli fejhallgató, aktív zajszűréssel", 89990, ["fekete", "ezüst", "sötétkék"],
                [
                    "A Sonaro Quiet 700 aktív zajszűrős, fül köré illeszkedő vezeték nélküli fejhallgató, akár 30 óra üzemidővel.",
                    "Repülőn, vonaton, irodában: a Sonaro Quiet 700 nyolc mikrofonos aktív zajszűrése elnyomja a háttérzajt.",
                ],
                [
                    "Bluetooth 5.3-mal csatlakozik, egyszerre két eszközhöz is kapcsolódhat.",
                    "Tíz perc töltés öt óra zenehallgatásra elég.",
                    "A memóriahabos fülpárnák miatt súlya (250 g) hosszabb viseletnél sem zavaró.",
                    "Összehajtható, a kemény tokban a táskában is biztonságban van.",
                ],
                [("típus", "fül köré illeszkedő"), ("csatlakozás", "Bluetooth 5.3"), ("akkumulátor-üzemidő", "30 óra"), ("zajszűrés", "aktív (ANC)"), ("súly", "250 g")]),
            Headphone("Sonaro", "Quiet 500", "vezeték nélküli fejhallgató, aktív zajszűréssel", 49990, ["fekete", "fehér"],
                [
                    "A Sonaro Quiet 500 aktív zajszűrős vezeték nélküli fejhallgató, egy töltéssel 40 órán át szól.",
                    "Zajszűrés kedvezőbb áron: a Sonaro Quiet 500 fül köré illeszkedő, vezeték nélküli fejhallgató.",
                ],
                [
                    "Bluetooth 5.3-mal csatlakozik, a mellékelt 3,5 mm-es kábellel vezetékesen is használható.",
                    "Az átlátszó mód egy gombnyomásra beengedi a környezet hangjait.",
                    "Súlya 265 g, a fejpánt párnázott.",
                ],
                [("típus", "fül köré illeszkedő"), ("csatlakozás", "Bluetooth 5.3, 3,5 mm jack"), ("akkumulátor-üzemidő", "40 óra"), ("zajszűrés", "aktív (ANC)"), ("súly", "265 g")]),
            Headphone("Sonaro", "Studio 2", "vezetékes stúdió fejhallgató", 29990, ["fekete"],
                [
                    "A Sonaro Studio 2 zárt kialakítású, vezetékes stúdió fejhallgató zenei munkához és podcastfelvételhez.",
                    "Pontos, színezetlen hang: a Sonaro Studio 2 stúdiós monitorozásra készült vezetékes fejhallgató.",
                ],
                [
                    "45 mm-es hangszórói 32 ohmosak, így telefonról és hangkártyáról is jól meghajthatók.",
                    "A 3 m-es kábel levehető, a csomagban 6,3 mm-es adapter is van.",
                    "A fülpárnák cserélhetők, súlya 280 g.",
                ],
                [("típus", "fül köré illeszkedő, zárt"), ("csatlakozás", "3,5 mm jack, 6,3 mm adapter"), ("impedancia", "32 Ω"), ("súly", "280 g")]),
            Headphone("Audiq", "Buds 3", "vezeték nélküli fülhallgató, aktív zajszűréssel", 34990, ["fehér", "fekete"],
                [
                    "Az Audiq Buds 3 aktív zajszűrős, teljesen vezeték nélküli fülhallgató: 6 óra zene egy töltéssel, a tokkal összesen 30 óra.",
                    "Kicsi, könnyű és zajszűrős: az Audiq Buds 3 fülhallgatók darabja mindössze 5 g.",
                ],
                [
                    "IPX4 szerint izzadás- és fröccsenésálló, így edzéshez is használható.",
                    "A töltőtok vezeték nélkül, Qi töltőn is tölthető.",
                    "Három méretű szilikon füldugót adunk hozzá, hogy biztosan jól illeszkedjen.",
                ],
                [("típus", "fülbe helyezhető (TWS)"), ("csatlakozás", "Bluetooth 5.3"), ("akkumulátor-üzemidő", "6 óra (tokkal 30 óra)"), ("zajszűrés", "aktív (ANC)"), ("vízállóság", "IPX4")]),
            Headphone("Audiq", "Buds Lite", "vezeték nélküli fülhallgató", 12990, ["fehér", "fekete", "kék"],
                [
                    "Az Audiq Buds Lite kedvező árú, teljesen vezeték nélküli fülhallgató 5 óra üzemidővel, a töltőtokkal összesen 20 órával.",
                    "Egyszerű, megbízható vezeték nélküli fülhallgató mindennapra: Audiq Buds Lite.",
                ],
                [
                    "Az érintős vezérléssel zenét válthatsz és hívást fogadhatsz.",
                    "IPX4 szerint fröccsenésálló.",
                    "A töltőtok USB-C csatlakozós, másfél óra alatt feltölt.",
                ],
                [("típus", "fülbe helyezhető (TWS)"), ("csatlakozás", "Bluetooth 5.3"), ("akkumulátor-üzemidő", "5 óra (tokkal 20 óra)"), ("zajszűrés", "passzív"), ("vízállóság", "IPX4")]),
            Headphone("Audiq", "Buds Pro 2", "vezeték nélküli fülhallgató, aktív zajszűréssel", 59990, ["fekete", "ezüst"],
                [
                    "Az Audiq Buds Pro 2 a márka legjobb zajszűrős fülhallgatója: 8 óra üzemidő, tokkal 32 óra.",
                    "Prémium hang kis méretben: az Audiq Buds Pro 2 vezeték nélküli fülhallgató adaptív aktív zajszűréssel.",
                ],
                [
                    "IPX5 szerint víz- és izzadságálló.",
                    "A térhangzás funkció követi a fejmozgást filmnézéshez.",
                    "Hat mikrofonja szeles utcán is tisztán közvetíti a hangodat telefonáláskor.",
                ],
                [("típus", "fülbe helyezhető (TWS)"), ("csatlakozás", "Bluetooth 5.4"), ("akkumulátor-üzemidő", "8 óra (tokkal 32 óra)"), ("zajszűrés", "aktív (ANC)"), ("vízállóság", "IPX5")]),
            Headphone("Basswave", "Sport Run", "vezeték nélküli sport fülhallgató", 19990, ["fekete", "piros", "kék"],
                [
                    "A Basswave Sport Run fülkampós vezeték nélküli sport fülhallgató, amely futás közben sem esik ki.",
                    "Futáshoz és edzőterembe: a Basswave Sport Run IP67-es, vezeték nélküli sport fülhallgató.",
                ],
                [
                    "IP67 szerint por- és vízálló, a csap alatt is leöblítheted.",
                    "Egy töltéssel 10 órán át szól.",
                    "A rugalmas fülkampók egész nap kényelmesek.",
                ],
                [("típus", "fülkampós sport fülhallgató"), ("csatlakozás", "Bluetooth 5.3"), ("akkumulátor-üzemidő", "10 óra"), ("vízállóság", "IP67")]),
            Headphone("Basswave", "Bass 300", "vezeték nélküli fejhallgató", 14990, ["fekete", "kék", "rózsaszín"],
                [
                    "A Basswave Bass 300 fülre illeszkedő, vezeték nélküli fejhallgató hangsúlyos mélyekkel és 50 óra üzemidővel.",
                    "Sokáig bírja és jól szól: a Basswave Bass 300 egy töltéssel 50 órán át játszik.",
                ],
                [
                    "Összehajtható, súlya 180 g.",
                    "A beépített mikrofonnal telefonálni is tudsz.",
                    "Bluetooth 5.3-mal csatlakozik, vezetékkel is használható.",
                ],
                [("típus", "fülre illeszkedő"), ("csatlakozás", "Bluetooth 5.3, 3,5 mm jack"), ("akkumulátor-üzemidő", "50 óra"), ("zajszűrés", "passzív"), ("súly", "180 g")]),
            Headphone("Tonika", "Kids", "vezeték nélküli gyerek fejhallgató, 85 dB hangerőkorláttal", 9990, ["kék", "rózsaszín", "zöld"],
                [
                    "A Tonika Kids gyerek fejhallgató hangereje legfeljebb 85 dB, így védi a gyerekek hallását.",
                    "Gyerekfülre méretezve: a Tonika Kids vezeték nélküli fejhallgató 3 éves kortól ajánlott.",
                ],
                [
                    "Egy töltéssel 25 órán át működik.",
                    "A fejpánt hajlékony, nem törik el, ha a gyerek ráül.",
                    "Súlya 140 g, a fülpárnák puhák.",
                ],
                [("típus", "fülre illeszkedő"), ("csatlakozás", "Bluetooth 5.0, 3,5 mm jack"), ("akkumulátor-üzemidő", "25 óra"), ("nem", "gyerek"), ("korosztály", "3+ év")]),
            Headphone("Tonika", "E1", "vezetékes fülhallgató mikrofonnal", 2990, ["fekete", "fehér"],
                [
                    "A Tonika E1 egyszerű, vezetékes fülhallgató 3,5 mm-es jackcsatlakozóval és beépített mikrofonnal.",
                    "Tartalék fülhallgatónak is ideális: a Tonika E1 kicsi, könnyű és nem kell tölteni.",
                ],
                [
                    "A kábelen lévő gombbal hívást fogadhatsz és zenét indíthatsz.",
                    "A kábel 1,2 m hosszú és gubancmentes, lapos kialakítású.",
                ],
                [("típus", "fülbe helyezhető"), ("csatlakozás", "3,5 mm jack")]),
            Headphone("Tonika", "E1 USB-C", "vezetékes fülhallgató USB-C csatlakozóval", 3990, ["fehér"],
                [
                    "A Tonika E1 USB-C vezetékes fülhallgató azokhoz a telefonokhoz, amelyeken már nincs jack-csatlakozó.",
                    "Nincs jack a telefonodon? A Tonika E1 USB-C közvetlenül a töltőcsatlakozóba dugható.",
                ],
                [
                    "Beépített digitális átalakítója tiszta hangot ad.",
                    "A kábelen hangerőszabályzó és mikrofon is van.",
                ],
                [("típus", "fülbe helyezhető"), ("csatlakozás", "USB-C")]),
            Headphone("Basswave", "Gamer X", "vezetékes gamer fejhallgató mikrofonnal", 19990, ["fekete"],
                [
                    "A Basswave Gamer X USB-s gamer fejhallgató virtuális 7.1 térhangzással és lehajtható mikrofonnal.",
                    "Halld meg, honnan jön az ellenfél: a Basswave Gamer X virtuális 7.1 csatornás hangot ad.",
                ],
                [
                    "A mikrofon zajszűrős, felhajtva automatikusan elnémul.",
                    "A fülpárnák hűsítő géllel töltöttek, hosszú játékhoz is kényelmesek.",
                    "A fülkagylókon RGB világítás van, a kábel 2 m-es.",
                ],
                [("típus", "fül köré illeszkedő"), ("csatlakozás", "USB-A"), ("súly", "310 g")]),
            Headphone("Sonaro", "Open Air", "nyitott fülű sport fülhallgató", 39990, ["fekete", "szürke"],
                [
                    "A Sonaro Open Air nyitott kialakítású sport fülhallgató: nem zárja le a hallójáratot, így a forgalmat is hallod futás közben.",
                    "Biztonságos futáshoz: a Sonaro Open Air csontvezetéses technológiával szól, a füled szabadon marad.",
                ],
                [
                    "IP55 szerint por- és izzadságálló.",
                    "Egy töltéssel 8 órán át működik, súlya mindössze 29 g.",
                ],
                [("típus", "nyitott fülű, csontvezetéses"), ("csatlakozás", "Bluetooth 5.3"), ("akkumulátor-üzemidő", "8 óra"), ("vízállóság", "IP55")]),
        ];
        foreach (var model in models)
        {
            b.AddByColour(model);
        }
    }

    private static ModelSpec Headphone(string brand, string model, string noun, int price, string[] colours, string[] openings, string[] facts, (string, string)[] attributes) =>
        new(Headphones, "FH", brand, $"{brand} {model} {noun}", price, openings, facts, colours, attributes, Durable: true);

    private static void WatchModels(CatalogBuilder b)
    {
        ModelSpec[] models =
        [
            Watch("Kvark", "Watch 3", "okosóra", 39990, ["fekete", "ezüst"],
                [
                    "A Kvark Watch 3 okosóra 1,43 hüvelykes AMOLED kijelzővel és akár 14 napos akkumulátor-üzemidővel.",
                    "Két hétig bírja egy töltéssel: a Kvark Watch 3 okosóra beépített GPS-szel követi az edzéseidet.",
                ],
                [
                    "5 ATM szerint vízálló, úszáshoz is használható.",
                    "Méri a pulzust, a véroxigénszintet és az alvás minőségét.",
                    "Több mint 150 sportmódot ismer, a 46 mm-es tok súlya 32 g.",
                ],
                [("kijelző", "1,43 hüvelyk, AMOLED"), ("akkumulátor-üzemidő", "14 nap"), ("vízállóság", "5 ATM"), ("GPS", "igen"), ("méret", "46 mm")]),
            Watch("Kvark", "Band 8", "aktivitásmérő karkötő", 12990, ["fekete", "rózsaszín", "mentazöld"],
                [
                    "A Kvark Band 8 könnyű aktivitásmérő karkötő 1,62 hüvelykes AMOLED kijelzővel és 16 napos üzemidővel.",
                    "Lépésszám, pulzus, alvás – a Kvark Band 8 mindezt méri, és szinte nem is érzed a csuklódon.",
                ],
                [
                    "5 ATM szerint vízálló.",
                    "A szíj cserélhető, súlya szíj nélkül 15 g.",
                    "Telefonod értesítéseit is megjeleníti.",
                ],
                [("kijelző", "1,62 hüvelyk, AMOLED"), ("akkumulátor-üzemidő", "16 nap"), ("vízállóság", "5 ATM"), ("GPS", "nem")]),
            Watch("Novaphone", "Watch 2 LTE", "okosóra, 44 mm", 99990, ["éjfekete", "ezüst"],
                [
                    "A Novaphone Watch 2 LTE eSIM-es okosóra: telefon nélkül is telefonálhatsz és üzenhetsz vele.",
                    "A Novaphone Watch 2 LTE 44 mm-es okosóra zafírüveggel, eSIM-mel és EKG-méréssel.",
                ],
                [
                    "Egy töltéssel két napig bírja, gyorstöltővel fél óra alatt 80%-ra tölt.",
                    "5 ATM szerint vízálló, és felismeri, ha elestél.",
                    "Érintésmentes fizetésre is használható.",
                ],
                [("kijelző", "1,4 hüvelyk, AMOLED"), ("akkumulátor-üzemidő", "2 nap"), ("vízállóság", "5 ATM"), ("GPS", "igen"), ("méret", "44 mm")]),
            Watch("Zentro", "Fit Run", "GPS-es futóóra", 79990, ["fekete", "kék"],
                [
                    "A Zentro Fit Run kétfrekvenciás GPS-es futóóra, amely napfényben is jól olvasható, energiatakarékos kijelzővel.",
                    "Futóknak tervezve: a Zentro Fit Run GPS módban 30 órán át, okosóraként 20 napig bírja.",
                ],
                [
                    "Edzéstervet készít, és a pulzusod alapján javasolja a pihenőnapokat.",
                    "A térképes navigáció terepfutásnál is megmutatja az utat.",
                    "5 ATM szerint vízálló, súlya 42 g.",
                ],
                [("kijelző", "1,2 hüvelyk, MIP"), ("akkumulátor-üzemidő", "20 nap (GPS-szel 30 óra)"), ("vízállóság", "5 ATM"), ("GPS", "igen")]),
            Watch("Orbitel", "Kids 4G", "gyerek okosóra GPS-szel", 24990, ["kék", "rózsaszín"],
                [
                    "Az Orbitel Kids 4G gyerek okosóra GPS-es helymeghatározással, hívással és SOS gombbal.",
                    "Nyugodtabb szülők: az Orbitel Kids 4G okosórán mindig látod, hol van a gyereked.",
                ],
                [
                    "Csak a szülő által engedélyezett számokat lehet hívni vele.",
                    "IP67 szerint por- és vízálló, az iskolai órák alatt némítható.",
                    "Egy töltéssel két napig működik, SIM-kártya szükséges hozzá.",
                ],
                [("kijelző", "1,4 hüvelyk, IPS"), ("akkumulátor-üzemidő", "2 nap"), ("vízállóság", "IP67"), ("GPS", "igen"), ("nem", "gyerek"), ("korosztály", "5–12 év")]),
            Watch("Zentro", "Classic Hybrid", "hibrid okosóra, bőrszíjjal", 49990, ["ezüst/barna", "fekete/fekete"],
                [
                    "A Zentro Classic Hybrid klasszikus mutatós óra okos funkciókkal: lépést, alvást és pulzust mér.",
                    "Úgy néz ki, mint egy hagyományos karóra, mégis okos: Zentro Classic Hybrid.",
                ],
                [
                    "Egy töltéssel akár 30 napig bírja.",
                    "A 42 mm-es acél tokhoz valódi bőrszíj tartozik.",
                    "A kis kijelzőn megjelennek a hívások és üzenetek.",
                ],
                [("kijelző", "mutatós, kiegészítő kijelzővel"), ("akkumulátor-üzemidő", "30 nap"), ("vízállóság", "3 ATM"), ("méret", "42 mm"), ("anyag", "rozsdamentes acél tok, bőrszíj")]),
        ];
        foreach (var model in models)
        {
            b.AddByColour(model);
        }
    }

    private static ModelSpec Watch(string brand, string model, string noun, int price, string[] colours, string[] openings, string[] facts, (string, string)[] attributes) =>
        new(Watches, "OO", brand, $"{brand} {model} {noun}", price, openings, facts, colours, attributes, Durable: true);

    private sealed record Phone(
        string Brand,
        string Model,
        double Screen,
        string Panel,
        int Hertz,
        int CameraMp,
        int Battery,
        int RamGb,
        int[] StorageGb,
        int Price,
        int StorageStep,
        string[] Colours,
        Tier Tier,
        int Grams);
}
