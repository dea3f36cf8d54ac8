namespace ChatBuddy.Grains.Demo;

/// <summary>Baby: strollers from umbrella buggies to 3-in-1 systems.</summary>
internal static class BabyCatalog
{
    private const string Strollers = "Baba > Babakocsik";
    private const string CarSeats = "Baba > Autósülések";

    public static void Build(CatalogBuilder b)
    {
        ModelSpec[] models =
        [
            Stroller("Babilo", "Vario", "3 az 1-ben babakocsi", 189990, ["grafitszürke", "sötétkék", "bézs"],
                [
                    "A Babilo Vario 3 az 1-ben babakocsi mózeskosárral, sportüléssel és 0–13 kg-os autós hordozóval, születéstől körülbelül négyéves korig.",
                    "Egy váz, három funkció: a Babilo Vario mózeskosara, sportülése és autós hordozója egy kattintással cserélhető.",
                ],
                [
                    "A váz alumínium, súlya sportüléssel 12,4 kg, 22 kg-ig terhelhető.",
                    "A gumírozott, teleszkópos rugózású kerekek macskakövön és erdei úton is simán gurulnak.",
                    "A sportülés menetiránnyal szemben és menetirányba is rögzíthető, a háttámla fekvő helyzetig dönthető.",
                    "Összecsukva 88 × 60 × 35 cm, egy átlagos kombi csomagtartójába befér.",
                ],
                [("típus", "3 az 1-ben"), ("korosztály", "0–4 év"), ("terhelhetőség", "22 kg"), ("súly", "12,4 kg"), ("összecsukott méret", "88 × 60 × 35 cm"), ("kerék", "gumírozott, rugózott")]),
            Stroller("Babilo", "Vario", "2 az 1-ben babakocsi", 129990, ["grafitszürke", "zöld"],
                [
                    "A Babilo Vario 2 az 1-ben babakocsi mózeskosárral és sportüléssel, születéstől körülbelül négyéves korig.",
                    "Mózeskosár az első hónapokra, sportülés később: a Babilo Vario 2 az 1-ben együtt nő a babával.",
                ],
                [
                    "Súlya 11,8 kg, a sportülés 22 kg-ig terhelhető.",
                    "A nagy bevásárlókosárba 5 kg fér.",
                    "A kupola UPF 50+ fényvédelmű, kihúzható napellenzővel.",
                ],
                [("típus", "2 az 1-ben"), ("korosztály", "0–4 év"), ("terhelhetőség", "22 kg"), ("súly", "11,8 kg"), ("kerék", "gumírozott, rugózott")]),
            Stroller("Kengurú", "City", "sport babakocsi", 49990, ["fekete", "szürke", "piros"],
                [
                    "A Kengurú City könnyű sport babakocsi 6 hónapos kortól, 22 kg-ig.",
                    "Városi sétákhoz és bevásárláshoz: a Kengurú City egy kézzel összecsukható sport babakocsi.",
                ],
                [
                    "Súlya 6,8 kg, a háttámla öt fokozatban dönthető.",
                    "Az első kerekek forgathatók és rögzíthetők.",
                    "Az ötpontos biztonsági öv párnázott, a lábtartó állítható.",
                ],
                [("típus", "sport babakocsi"), ("korosztály", "6 hónap–4 év"), ("terhelhetőség", "22 kg"), ("súly", "6,8 kg")]),
            Stroller("Kengurú", "Travel Mini", "ultrakompakt babakocsi", 69990, ["fekete", "bézs"],
                [
                    "A Kengurú Travel Mini összecsukva kabinbőrönd méretű (54 × 44 × 20 cm), így repülőre is felvihető.",
                    "Utazó családoknak: a Kengurú Travel Mini mindössze 5,9 kg, és vállon hordozható.",
                ],
                [
                    "6 hónapos kortól 22 kg-ig használható.",
                    "A háttámla szinte vízszintesig dönthető, így út közben is kényelmesen alszik benne a gyerek.",
                    "A csomagban esővédő és hordozótáska is van.",
                ],
                [("típus", "ultrakompakt"), ("korosztály", "6 hónap–4 év"), ("terhelhetőség", "22 kg"), ("súly", "5,9 kg"), ("összecsukott méret", "54 × 44 × 20 cm")]),
            Stroller("Mamilu", "Twin", "ikerbabakocsi", 159990, ["fekete", "szürke"],
                [
                    "A Mamilu Twin egymás melletti ülésekkel szerelt ikerbabakocsi, üléshelyenként 15 kg-ig.",
                    "Ikreknek és kis korkülönbségű testvéreknek: a Mamilu Twin szélessége mindössze 76 cm, átfér a normál ajtókon.",
                ],
                [
                    "A két háttámla külön dönthető.",
                    "Súlya 14,5 kg, egy mozdulattal összecsukható.",
                    "A két különálló kupola UPF 50+ fényvédelmet ad.",
                ],
                [("típus", "ikerbabakocsi"), ("korosztály", "6 hónap–3 év"), ("terhelhetőség", "2 × 15 kg"), ("súly", "14,5 kg")]),
            Stroller("Mamilu", "Terep", "terepes sport babakocsi", 99990, ["khaki", "fekete"],
                [
                    "A Mamilu Terep háromkerekű, felfújható kerekes sport babakocsi erdei utakra és földes ösvényekre.",
                    "Kirándulós családoknak: a Mamilu Terep nagy, felfújható kerekei bármilyen talajon elviszik.",
                ],
                [
                    "Az első kerék rögzíthető, így kocogáshoz is használható.",
                    "A kézifék és a csuklópánt lejtőn is biztonságot ad.",
                    "Súlya 10,2 kg, 22 kg-ig terhelhető.",
                ],
                [("típus", "terepes sport babakocsi"), ("korosztály", "6 hónap–4 év"), ("terhelhetőség", "22 kg"), ("súly", "10,2 kg"), ("kerék", "felfújható")]),
            Stroller("Csöppség", "Esernyő", "esernyő babakocsi", 24990, ["kék", "rózsaszín", "szürke"],
                [
                    "A Csöppség Esernyő egyszerű, könnyű esernyő-összecsukású babakocsi 6 hónapos kortól, 15 kg-ig.",
                    "Tartalék babakocsinak a nagyszülőkhöz vagy az autóba: a Csöppség Esernyő mindössze 4,9 kg.",
                ],
                [
                    "Összecsukva hosszú és keskeny, akár a szekrény sarkában is elfér.",
                    "A napellenző levehető, a háttámla két fokozatban dönthető.",
                ],
                [("típus", "esernyő babakocsi"), ("korosztály", "6 hónap–3 év"), ("terhelhetőség", "15 kg"), ("súly", "4,9 kg")]),
            Stroller("Csöppség", "Classic", "retró mélykocsi és sportkocsi", 99990, ["bézs", "sötétkék"],
                [
                    "A Csöppség Classic retró stílusú, nagy kerekes babakocsi mély kosárral és külön sportüléssel.",
                    "Nosztalgikus forma, mai kényelem: a Csöppség Classic krómozott váza és nagy kerekei a régi babakocsikat idézik.",
                ],
                [
                    "A mély kosárban a baba kényelmesen, laposan fekszik az első hónapokban.",
                    "A nagy, rugózott kerekek miatt puhán gurul.",
                    "Súlya 13,1 kg.",
                ],
                [("típus", "2 az 1-ben"), ("korosztály", "0–3 év"), ("terhelhetőség", "15 kg"), ("súly", "13,1 kg")]),
        ];
        foreach (var model in models)
        {
            b.AddByColour(model);
        }

        ModelSpec[] seats =
        [
            new(CarSeats, "AU", "Babilo", "Babilo Safe i-Size hordozó autósülés, 40–87 cm", 49990,
                [
                    "A Babilo Safe menetiránnyal szemben beszerelhető, i-Size szabványú hordozó autósülés 40–87 cm-es testmagasságig, körülbelül 15 hónapos korig.",
                    "Az első autós utakhoz: a Babilo Safe hordozó születéstől körülbelül 13 kg-ig használható.",
                ],
                ["Súlya 3,9 kg, a fogantyúval könnyen hordozható.", "A Babilo Vario babakocsi vázára adapter nélkül rápattintható.", "Az oldalütközés elleni védelem és az újszülött-betét alapfelszereltség."],
                ["fekete", "szürke"],
                [("szabvány", "i-Size (R129)"), ("testmagasság", "40–87 cm"), ("súly", "3,9 kg"), ("rögzítés", "biztonsági öv vagy ISOFIX talp")]),
            new(CarSeats, "AU", "Kengurú", "Kengurú Turn 360 forgatható ISOFIX autósülés, 40–105 cm", 119990,
                [
                    "A Kengurú Turn 360 ISOFIX-szel rögzíthető, 360 fokban forgatható autósülés 40 és 105 cm közötti testmagasságra.",
                    "Beültetés derékfájás nélkül: a Kengurú Turn 360 ülése az ajtó felé fordítható.",
                ],
                ["105 cm-ig menetiránnyal szemben is használható, ami a legbiztonságosabb utazási mód.", "A támasztóláb és az ISOFIX karok jelzik, ha helyesen rögzítetted.", "Súlya 14,2 kg, a huzat 30 fokon mosható."],
                ["fekete", "szürke"],
                [("szabvány", "i-Size (R129)"), ("testmagasság", "40–105 cm"), ("súly", "14,2 kg"), ("rögzítés", "ISOFIX, támasztóláb")]),
            new(CarSeats, "AU", "Mamilu", "Mamilu Junior háttámlás ülésmagasító, 100–150 cm", 29990,
                [
                    "A Mamilu Junior háttámlás ülésmagasító 100 és 150 cm közötti testmagasságra, körülbelül 3,5 és 12 éves kor között.",
                    "Iskolásoknak: a Mamilu Junior fejtámlája tizenegy magasságba állítható, így évekig kitart.",
                ],
                ["Az autó biztonsági övével és ISOFIX-karokkal is rögzíthető.", "Az oldalsó párnák oldalütközéskor védik a fejet.", "Súlya 6,1 kg."],
                ["fekete", "kék"],
                [("szabvány", "i-Size (R129)"), ("testmagasság", "100–150 cm"), ("súly", "6,1 kg"), ("rögzítés", "biztonsági öv, ISOFIX")]),
        ];
        foreach (var seat in seats)
        {
            b.AddByColour(seat);
        }
    }

    private static ModelSpec Stroller(string brand, string model, string noun, int price, string[] colours, string[] openings, string[] facts, (string, string)[] attributes) =>
        new(Strollers, "BK", brand, $"{brand} {model} {noun}", price, openings, facts, colours, attributes);
}
