namespace ChatBuddy.Grains.Demo;

/// <summary>Office and school: laptop, city, school and travel backpacks.</summary>
internal static class OfficeCatalog
{
    private const string Backpacks = "Iroda > Hátizsákok";
    private const string Stationery = "Iroda > Írószerek és naptárak";

    public static void Build(CatalogBuilder b)
    {
        ModelSpec[] models =
        [
            Backpack("Trekkó", "Urban 25", "hátizsák laptoptartóval, 25 l", 14990, ["fekete", "szürke", "sötétkék"],
                [
                    "A Trekkó Urban 25 literes városi hátizsák párnázott, 15,6 hüvelykes laptoprekesszel.",
                    "Munkába, egyetemre, hétvégi városnézésre: a Trekkó Urban 25 hátizsák vízlepergető anyagból készült.",
                ],
                [
                    "Anyaga 600D poliészter vízlepergető bevonattal, súlya 0,8 kg.",
                    "Mérete 46 × 31 × 16 cm, a hátrész légáteresztő hálós párnázású.",
                    "Az oldalzsebbe kulacs vagy esernyő is befér.",
                ],
                [("űrtartalom", "25 l"), ("laptoprekesz", "15,6 hüvelykig"), ("anyag", "600D poliészter, vízlepergető"), ("súly", "0,8 kg"), ("méret", "46 × 31 × 16 cm"), ("nem", "unisex")]),
            Backpack("Trekkó", "Urban 30 Pro", "lopásgátlós hátizsák USB-porttal, 30 l", 19990, ["fekete", "szürke"],
                [
                    "A Trekkó Urban 30 Pro lopásgátló kialakítású hátizsák: a fő cipzár a háta felé nyílik, így tömegben sem fér hozzá senki.",
                    "Ingázóknak tervezve: a Trekkó Urban 30 Pro 30 literes, 17,3 hüvelykes laptopot is elbír.",
                ],
                [
                    "Az oldalán lévő USB-porton keresztül a táskában lévő powerbankról töltheted a telefonod.",
                    "A hátán bőröndfogantyúra húzható pánt van.",
                    "Vízlepergető anyagból készült, súlya 1,1 kg.",
                ],
                [("űrtartalom", "30 l"), ("laptoprekesz", "17,3 hüvelykig"), ("anyag", "vízlepergető poliészter"), ("súly", "1,1 kg"), ("méret", "48 × 33 × 19 cm"), ("nem", "unisex")]),
            Backpack("Packvik", "Roll-Top 22", "vízálló roll-top hátizsák, 22 l", 17990, ["fekete", "sárga", "olívazöld"],
                [
                    "A Packvik Roll-Top 22 teljesen vízálló, feltekerhető szájú hátizsák biciklis ingázáshoz.",
                    "Esőben tekersz munkába? A Packvik Roll-Top 22 hegesztett varratai miatt a laptop akkor is száraz marad.",
                ],
                [
                    "A feltekerhető száj miatt az űrtartalom 18 és 22 liter között változtatható.",
                    "Belső rekeszébe 15 hüvelykes laptop fér.",
                    "Fényvisszaverő csíkok az esti közlekedéshez.",
                ],
                [("űrtartalom", "22 l"), ("laptoprekesz", "15 hüvelykig"), ("anyag", "PVC-mentes ponyva, hegesztett varratok"), ("súly", "0,9 kg"), ("nem", "unisex")]),
            Backpack("Packvik", "Business Slim", "üzleti hátizsák, 16 l", 24990, ["fekete", "barna"],
                [
                    "A Packvik Business Slim vékony, elegáns hátizsák öltönyhöz, 14 hüvelykes laptoppal.",
                    "Tárgyalásra és irodába: a Packvik Business Slim bőrhatású, letisztult hátizsák.",
                ],
                [
                    "Súlya mindössze 0,7 kg, mérete 42 × 29 × 10 cm.",
                    "Rendezőzsebei vannak tollaknak, kártyáknak és töltőnek.",
                    "A vállpántok keskenyek, nem gyűrik a zakót.",
                ],
                [("űrtartalom", "16 l"), ("laptoprekesz", "14 hüvelykig"), ("anyag", "bőrhatású poliuretán"), ("súly", "0,7 kg"), ("méret", "42 × 29 × 10 cm"), ("nem", "unisex")]),
            Backpack("Városjáró", "Iskola Ergo", "ergonomikus iskolatáska", 19990, ["kék", "rózsaszín", "zöld"],
                [
                    "A Városjáró Iskola Ergo merevített hátú, ergonomikus iskolatáska alsó tagozatosoknak.",
                    "Első osztályba készülőknek: a Városjáró Iskola Ergo formázott háta tehermentesíti a gerincet.",
                ],
                [
                    "Súlya üresen 0,9 kg, űrtartalma 20 liter, A4-es füzetek és mappák kényelmesen elférnek benne.",
                    "A mellpánt és a csípőöv elosztja a terhet.",
                    "Fényvisszaverő felületek minden oldalán, hogy reggel a ködben is látható legyen a gyerek.",
                ],
                [("űrtartalom", "20 l"), ("anyag", "poliészter, merevített hát"), ("súly", "0,9 kg"), ("korosztály", "6–10 év"), ("nem", "gyerek")]),
            Backpack("Városjáró", "Teen 28", "iskolai hátizsák, 28 l", 12990, ["fekete", "lila", "sötétkék"],
                [
                    "A Városjáró Teen 28 literes hátizsák felső tagozatosoknak és középiskolásoknak.",
                    "Tankönyvek, tornacucc és laptop: a Városjáró Teen 28 mindent elvisz.",
                ],
                [
                    "Párnázott rekeszébe 15,6 hüvelykes laptop fér.",
                    "Két fő rekesze és egy külön cipőtartó zsebe van.",
                    "Súlya 0,8 kg.",
                ],
                [("űrtartalom", "28 l"), ("laptoprekesz", "15,6 hüvelykig"), ("anyag", "poliészter"), ("súly", "0,8 kg"), ("korosztály", "10+ év"), ("nem", "unisex")]),
            Backpack("Városjáró", "Ovis", "óvodás hátizsák, 8 l", 7990, ["maci mintás", "cica mintás", "autós"],
                [
                    "A Városjáró Ovis kis méretű, 8 literes hátizsák óvodásoknak, vidám mintával.",
                    "Váltóruha, uzsonna és kedvenc plüss: a Városjáró Ovis hátizsákba minden belefér.",
                ],
                [
                    "Súlya csak 250 g, a mellpánt miatt nem csúszik le a kis vállakról.",
                    "Névkártyatartó van a belsejében.",
                    "30 fokon mosható.",
                ],
                [("űrtartalom", "8 l"), ("anyag", "poliészter"), ("súly", "250 g"), ("korosztály", "3–6 év"), ("nem", "gyerek")]),
            Backpack("Packvik", "Travel 40", "kabinméretű utazó hátizsák, 40 l", 22990, ["fekete", "sötétkék"],
                [
                    "A Packvik Travel 40 kabinméretű (55 × 40 × 20 cm) utazó hátizsák, amely bőrönd helyett is elég egy hosszú hétvégére.",
                    "Csak kézipoggyásszal utazol? A Packvik Travel 40 bőröndszerűen, teljesen kinyitható.",
                ],
                [
                    "A vállpántok és a csípőöv egy rejtett zsebbe tehetők, ha feladod a csomagot.",
                    "Külön párnázott laptoprekesz 16 hüvelykig.",
                    "Súlya 1,3 kg, anyaga vízlepergető nejlon.",
                ],
                [("űrtartalom", "40 l"), ("laptoprekesz", "16 hüvelykig"), ("anyag", "vízlepergető nejlon"), ("súly", "1,3 kg"), ("méret", "55 × 40 × 20 cm"), ("nem", "unisex")]),
        ];
        foreach (var model in models)
        {
            b.AddByColour(model);
        }

        StationeryItems(b);
    }

    private static void StationeryItems(CatalogBuilder b)
    {
        ModelSpec[] items =
        [
            new(Stationery, "IR", "Papírhajó", "Papírhajó A5 pontrácsos jegyzetfüzet, 192 oldal", 3490,
                [
                    "Keménytáblás, A5-ös pontrácsos jegyzetfüzet 192 számozott oldallal és 100 g/m²-es, tintát át nem eresztő papírral.",
                    "Bullet journalhoz, tervezéshez, napló írásához: Papírhajó A5 pontrácsos jegyzetfüzet.",
                ],
                ["Két szalagos könyvjelzője és gumis zárja van.", "A hátsó borító belsejében kis tasak van a jegyzeteknek.", "A lapok laposan kinyílnak."],
                ["fekete", "zsályazöld", "bordó", "sötétkék", "púder"],
                [("méret", "A5"), ("oldalszám", "192"), ("papír", "100 g/m², pontrácsos")]),
            new(Stationery, "IR", "Papírhajó", "Papírhajó 2027-es heti határidőnapló, A5", 4990,
                [
                    "Heti beosztású, A5-ös határidőnapló 2027-re, magyar ünnepnapokkal és névnapokkal.",
                    "Jövő évi tervezéshez: a Papírhajó 2027-es határidőnaplóban egy hét két oldalon fér el.",
                ],
                ["Keménytáblás, vászonhatású borítóval és szalagos könyvjelzővel.", "Elején éves áttekintő, végén telefonregiszter és jegyzetoldalak vannak.", "A papír 80 g/m²-es, krémszínű."],
                ["fekete", "bordó", "zöld"],
                [("méret", "A5"), ("év", "2027"), ("beosztás", "heti")]),
            new(Stationery, "IR", "Tollvonás", "Tollvonás töltőtoll acélheggyel", 9990,
                [
                    "Fém testű töltőtoll közepes (M) acélheggyel, patronnal és konverterrel is használható.",
                    "Szép kézírás, elegáns ajándék: Tollvonás töltőtoll díszdobozban.",
                ],
                ["A csomagban öt kék tintapatron van.", "Súlya 28 g, jól kiegyensúlyozott.", "Balkezeseknek is kényelmes."],
                ["fekete", "kék", "bordó"],
                [("hegy", "M, acél"), ("anyag", "sárgaréz, lakkozott"), ("súly", "28 g")]),
            new(Stationery, "IR", "Tollvonás", "Tollvonás irodai tűzőgép, 25 lap", 3990,
                [
                    "Fém szerkezetű asztali tűzőgép legfeljebb 25 lap összetűzéséhez, 24/6-os kapoccsal.",
                    "Megbízható irodai darab: a Tollvonás tűzőgép tetején kapocstároló is van.",
                ],
                ["Alul csúszásgátló gumitalp védi az asztalt.", "Ideiglenes és végleges tűzéshez is átállítható.", "A csomagban 1000 kapocs van."],
                ["fekete", "kék"],
                [("kapacitás", "25 lap"), ("kapocs", "24/6"), ("anyag", "fém, műanyag")]),
        ];
        foreach (var item in items)
        {
            b.AddByColour(item);
        }

        (string Name, int Price, string Description, (string, string)[] Attributes)[] singles =
        [
            ("Papírhajó A4 vonalas spirálfüzet, 5 darabos csomag", 2990,
                "Öt darab A4-es, vonalas spirálfüzet 80 lappal, kitéphető, perforált lapokkal. Iskolába és irodába, tanévkezdéshez.",
                [("méret", "A4"), ("lapszám", "80 lap"), ("darabszám", "5 db")]),
            ("Tollvonás zselés toll, 0,5 mm, 10 darabos csomag", 2490,
                "Tíz darab kék zselés toll 0,5 mm-es heggyel, gumírozott fogórésszel. Egyenletesen, elkenődés nélkül ír.",
                [("vonalvastagság", "0,5 mm"), ("szín", "kék"), ("darabszám", "10 db")]),
            ("Tollvonás szövegkiemelő, 6 színű készlet", 1990,
                "Hat különböző színű szövegkiemelő vágott heggyel, 1–5 mm-es vonallal. A tinta nem üt át a vékonyabb papíron sem.",
                [("darabszám", "6 db"), ("vonalvastagság", "1–5 mm")]),
            ("Papírhajó 2027-es falinaptár, Magyarország tájai", 2990,
                "Tizenkét hónapos falinaptár 2027-re, magyarországi tájak fotóival, 30 × 42 cm-es méretben. A napok alatt bejegyzésekhez is van hely.",
                [("méret", "30 × 42 cm"), ("év", "2027")]),
        ];
        foreach (var single in singles)
        {
            b.Add(new ProductDraft(Stationery, "IR", single.Name.Split(' ')[0], single.Name, single.Description, single.Price, ProductAttributes.Of(single.Attributes)));
        }
    }

    private static ModelSpec Backpack(string brand, string model, string noun, int price, string[] colours, string[] openings, string[] facts, (string, string)[] attributes) =>
        new(Backpacks, "HT", brand, $"{brand} {model} {noun}", price, openings, facts, colours, attributes);
}
