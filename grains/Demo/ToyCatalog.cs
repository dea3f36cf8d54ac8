using static ChatBuddy.Grains.Demo.HungarianText;

namespace ChatBuddy.Grains.Demo;

/// <summary>Toys: building sets for toddlers to adults, board games and jigsaw puzzles.</summary>
internal static class ToyCatalog
{
    private const string Building = "Játék > Építőjátékok";
    private const string Games = "Játék > Társasjátékok és puzzle";
    private const string Plush = "Játék > Plüssjátékok";

    public static void Build(CatalogBuilder b)
    {
        BuildingSets(b);
        BoardGames(b);
        PlushToys(b);
    }

    private static void PlushToys(CatalogBuilder b)
    {
        var r = b.Random;
        (string Animal, string Name, int Height, int Price, string Colour, string Extra)[] toys =
        [
            ("maci", "Bundás Berci", 30, 5990, "barna", "Klasszikus, ölelnivaló maci hímzett szemekkel, így a legkisebbeknek is biztonságos."),
            ("maci", "Bundás Berci óriás", 60, 12990, "bézs", "Nagy, puha maci, amely a gyerekszoba sarkában fotelnak is beillik."),
            ("nyuszi", "Lógófülű Lola", 35, 5490, "rózsaszín", "Hosszú, lógó fülei és puha, bolyhos anyaga miatt gyorsan a kedvenc alvótárs lesz."),
            ("unikornis", "Csillag", 40, 6990, "fehér", "Csillogó szarva és szivárványszínű sörénye van."),
            ("dinoszaurusz", "Rexi", 45, 6490, "zöld", "Barátságos T-rex, a tüskéi is puhák."),
            ("kutya", "Foltos Frici", 30, 4990, "fehér-fekete", "Dalmata kutyus, amelynek a fülei szundiláshoz is kényelmesek."),
            ("cica", "Cirmi", 25, 4490, "szürke", "Csíkos cica hosszú bajusszal, hímzett orral."),
            ("panda", "Bambusz", 35, 5990, "fekete-fehér", "Kerek pocakos panda, ölben tartva a legjobb."),
            ("bárány", "Alvó Bori zenélő", 25, 7990, "fehér", "A hasában lévő zenélő szerkezet felhúzva altatódalt játszik, mosás előtt kivehető."),
            ("sün", "Sün Samu", 20, 3990, "barna", "Puha tüskés sün, amely egy kis kézben is elfér."),
        ];
        foreach (var toy in toys)
        {
            var description = Sentences(
                r.Pick<string>(
                [
                    $"{Capitalize(toy.Name)}, a {toy.Height} cm-es plüss {toy.Animal}.",
                    $"{toy.Height} cm magas, pihe-puha plüss {toy.Animal}: {toy.Name}.",
                ]),
                toy.Extra,
                toy.Height >= 40
                    ? "Születéstől ajánljuk, 30 °C-on, kímélő programon mosható."
                    : "Születéstől ajánljuk, mosógépben, mosózsákban 30 °C-on mosható.",
                $"Színe: {toy.Colour}.");
            var attributes = ProductAttributes.Of(
                ("méret", $"{toy.Height} cm"),
                ("anyag", "poliészter plüss, poliészter töltet"),
                ("korosztály", "0+ év"),
                ("szín", toy.Colour),
                ("nem", "gyerek"));
            b.Add(new ProductDraft(Plush, "PL", "Puha Fészek", $"Puha Fészek {toy.Name} plüss {toy.Animal}, {toy.Height} cm", description, toy.Price, attributes));
        }
    }

    private static void BuildingSets(CatalogBuilder b)
    {
        var r = b.Random;
        (string Brand, string Set, int Pieces, string Age, int Figures, int Price, string Detail, string Size)[] sets =
        [
            ("Kockavár", "Városi tűzoltóállomás", 486, "6+", 4, 29990, "tűzoltóautóval, kihúzható létrával és nyitható garázskapuval", "38 × 26 × 6 cm"),
            ("Kockavár", "Rendőrőrs", 668, "6+", 5, 39990, "börtöncellával, rendőrautóval és helikopterrel", "48 × 28 × 7 cm"),
            ("Kockavár", "Kalózhajó", 1020, "8+", 6, 59990, "lenyitható oldalfallal, ágyúkkal és kincsesládával", "58 × 38 × 9 cm"),
            ("Kockavár", "Űrállomás", 835, "8+", 4, 49990, "dokkoló űrsiklóval és mozgatható robotkarral", "48 × 38 × 8 cm"),
            ("Kockavár", "Farm állatokkal", 352, "5+", 3, 19990, "traktorral, istállóval és nyolc állatfigurával", "38 × 26 × 6 cm"),
            ("Kockavár", "Középkori vár", 1290, "9+", 8, 69990, "felvonóhíddal, titkos járattal és katapulttal", "58 × 48 × 9 cm"),
            ("Kockavár", "Dinoszauruszpark", 540, "7+", 3, 34990, "mozgatható állkapcsú T-rexszel és terepjáróval", "48 × 28 × 7 cm"),
            ("Kockavár", "Vidámpark óriáskerékkel", 1450, "9+", 7, 79990, "forgatható óriáskerékkel, körhintával és büfével", "58 × 48 × 10 cm"),
            ("Kockavár", "Sarki pékség", 220, "5+", 2, 12990, "kirakattal, kemencével és kiflikkel", "26 × 19 × 6 cm"),
            ("Kockavár", "Kisvonat", 180, "4+", 2, 9990, "mozdonnyal, két kocsival és sínekkel", "26 × 19 × 6 cm"),
            ("Kockavár", "Kórház", 610, "6+", 5, 36990, "mentőautóval, röntgenszobával és leszálló mentőhelikopterrel", "48 × 28 × 7 cm"),
            ("Kockavár", "Repülőtér", 920, "7+", 6, 54990, "utasszállító repülővel, irányítótoronnyal és poggyászszállító kocsival", "58 × 38 × 9 cm"),
            ("Kockavár", "Hercegnő kastélya", 760, "6+", 3, 42990, "bálteremmel, lovas hintóval és forgó táncparkettel", "48 × 38 × 8 cm"),
            ("Kockavár", "Versenyautó", 150, "6+", 1, 6990, "hátrahúzós motorral és pilótafigurával", "19 × 14 × 5 cm"),
            ("Kockavár", "Kukásautó", 95, "5+", 1, 4990, "billenthető puttonnyal és két kukával", "19 × 14 × 5 cm"),
            ("Mesterkocka", "Veterán autó 1:10", 1240, "16+", 0, 49990, "nyitható ajtókkal, működő kormánnyal és részletes motortérrel", "48 × 38 × 9 cm"),
            ("Mesterkocka", "Budapesti Országház", 1780, "18+", 0, 64990, "a Duna-parti homlokzat 72 cm hosszú, részletgazdag modelljével", "58 × 38 × 10 cm"),
            ("Mesterkocka", "Lánchíd", 980, "16+", 0, 39990, "a két pillérrel, oroszlánokkal és világítható alappal", "48 × 28 × 8 cm"),
            ("Mesterkocka", "Toronydaru motorral", 1560, "12+", 0, 59990, "elektromos motorral, távirányítóval és 90 cm magas toronnyal", "58 × 38 × 10 cm"),
            ("Mesterkocka", "Bonsai fa", 860, "18+", 0, 19990, "cserélhető zöld és rózsaszín lombbal, dekorációnak", "38 × 26 × 6 cm"),
            ("Mini Kocka", "Állatkert", 48, "2+", 3, 14990, "zsiráffal, oroszlánnal, elefánttal és kerítéssel", "38 × 26 × 10 cm"),
            ("Mini Kocka", "Első vonatom", 26, "1,5+", 1, 9990, "tolható mozdonnyal és számokkal jelölt kockákkal", "26 × 19 × 10 cm"),
            ("Mini Kocka", "Nagy kockás doboz", 120, "1,5+", 0, 12990, "tizenkét színben, tárolódobozban", "38 × 26 × 15 cm"),
        ];
        foreach (var set in sets)
        {
            var full = $"{set.Brand} {set.Set}";
            var adult = set.Brand == "Mesterkocka";
            var toddler = set.Brand == "Mini Kocka";
            var opening = r.Pick<string>(
            [
                $"{TheCap(full)} {set.Pieces} elemes építőkészlet {set.Detail}.",
                $"{TheCap(full)} készlet {set.Pieces} elemből áll, {set.Detail}.",
            ]);
            var audience = toddler
                ? $"A nagy méretű, lekerekített kockák {set.Age.Replace("+", "", StringComparison.Ordinal)} éves kortól biztonságosak, kis kézzel is könnyen összeilleszthetők."
                : adult
                    ? $"{(set.Age == "18+" ? "Felnőtt építőknek" : $"Felnőtteknek és {set.Age.Replace("+", "", StringComparison.Ordinal)} év feletti építőknek")} szánt, kihívást jelentő modell, kész állapotban a polcon is mutatós."
                    : $"{set.Age.Replace("+", "", StringComparison.Ordinal)} éves kortól ajánljuk, a számozott zacskók és a képes útmutató miatt a gyerek önállóan is megépítheti.";
            var figures = set.Figures > 0 ? $"A dobozban {set.Figures} figura is van." : "";
            var compatible = toddler ? "" : "A kockák kompatibilisek a legnépszerűbb építőkocka-rendszerekkel.";
            var description = Sentences(opening, audience, figures, compatible);
            var attributes = new ProductAttributes()
                .Set("elemszám", $"{set.Pieces} db")
                .Set("korosztály", $"{set.Age} év")
                .Set("figurák", $"{set.Figures} db")
                .Set("doboz mérete", set.Size)
                .Set("anyag", "ABS műanyag")
                .Set("nem", adult ? "unisex" : "gyerek");
            b.Add(new ProductDraft(Building, "EJ", set.Brand, $"{full} építőkészlet, {set.Pieces} elem", description, set.Price, attributes));
        }
    }

    private static void BoardGames(CatalogBuilder b)
    {
        (string Brand, string Name, string Players, string Age, string Time, int Price, string Description)[] games =
        [
            ("Dobókocka Kiadó", "Kincsvadászok társasjáték", "2–5", "8+", "45 perc", 12990,
                "Kalandos családi társasjáték, amelyben a játékosok egy elsüllyedt sziget kincseiért versenyeznek. Minden körben lapot húzol, lépsz, és eldöntöd, kockáztatsz-e tovább. Egyszerű szabályok, sok nevetés, 8 éves kortól."),
            ("Családi Kör", "Balatoni nyár társasjáték", "2–4", "6+", "30 perc", 8990,
                "Vitorlázás, lángos és strandröplabda: a játékosok körbeutazzák a Balatont, és élményeket gyűjtenek. A tábla a tó partját ábrázolja, a kártyákon valódi balatoni települések szerepelnek. Nagyszülőkkel és óvodásokkal is jól játszható."),
            ("Dobókocka Kiadó", "Városépítők stratégiai játék", "2–4", "10+", "60–90 perc", 16990,
                "Stratégiai társasjáték, amelyben lapkák lerakásával építesz várost: utakat, piactereket, parkokat. Minden döntés számít, mert a szomszéd is a legjobb helyekre pályázik. Haladó családoknak és társasjátékos baráti köröknek."),
            ("Jó Játék", "Szóvadász", "2–6", "10+", "20 perc", 7990,
                "Gyors szójáték betűkockákkal: homokóra fordul, és mindenki szavakat keres a kidobott betűkből. Bővíti a szókincset, és szórakoztató a helyesírás-gyakorlás is. A dobozban 16 betűkocka, homokóra és jegyzettömb van."),
            ("Jó Játék", "Kvízpárbaj: Magyarország", "2–8", "12+", "45 perc", 9990,
                "Kvízjáték 1200 kérdéssel Magyarország történelméről, földrajzáról, konyhájáról és híres embereiről. Csapatban is játszható, a kérdések három nehézségi szinten vannak. Baráti összejövetelekre ideális."),
            ("Családi Kör", "Állatos memóriajáték", "1–4", "3+", "15 perc", 3990,
                "Klasszikus memóriajáték 64 vastag kartonlappal, 32 állatpárral. Fejleszti a koncentrációt és a megfigyelőképességet. A lapok mérete 6 × 6 cm, kis kézben is jól foghatók."),
            ("Családi Kör", "Gyümölcskert kooperatív játék", "1–4", "3+", "10 perc", 6990,
                "Az első kooperatív játék kicsiknek: a gyerekek együtt igyekeznek leszedni a gyümölcsöt, mielőtt a holló a kertbe ér. Nincs vesztes, mindenki együtt nyer vagy veszít. Fa gyümölcsökkel és színkockával."),
            ("Dobókocka Kiadó", "Űrverseny társasjáték", "2–4", "10+", "60 perc", 14990,
                "Rakétát építesz, bolygókat fedezel fel, és erőforrásokkal gazdálkodsz ebben a tudományos-fantasztikus társasjátékban. A moduláris tábla miatt minden játék más. Két kiegészítő forgatókönyv is van a dobozban."),
            ("Jó Játék", "Detektív Iroda krimijáték", "1–6", "14+", "90 perc", 11990,
                "Kooperatív nyomozós játék: akták, tanúvallomások és térképek alapján kell megoldanotok három budapesti bűnügyet. Minden ügy egyszer játszható végig, de remek közös esti program. Felnőtteknek és nagyobb gyerekeknek."),
            ("Családi Kör", "Fa sakk-készlet, összecsukható", "2", "6+", "változó", 9990,
                "Összecsukható, 40 × 40 cm-es fa sakktábla kézzel faragott figurákkal, a tábla belsejében tárolhatók a bábuk. A doboz malom- és dámajátékhoz is használható. Ajándéknak is szép darab."),
            ("Jó Játék", "Römi kártyás táblajáték", "2–4", "8+", "30 perc", 7990,
                "A klasszikus römi számlapkákkal: sorokat és csoportokat kell kirakni, és a többiek lerakott lapjait is átrendezheted. A 106 műanyag lapka tartós, a tartók stabilak. Generációkat összekötő klasszikus."),
            ("Jó Játék", "Kockapóker dobójáték", "2–6", "8+", "20 perc", 3490,
                "Öt kockával játszott, gyors dobójáték pontozólappal. Szerencse és egy kis taktika: mikor dobsz újra, és mikor elégszel meg azzal, ami van? Kis dobozban, utazáshoz is jó."),
            ("Papírhajó Puzzle", "Budai vár puzzle, 1000 db", "1", "12+", "változó", 4990,
                "Ezerdarabos kirakó a Budai várról naplementében, kész méret: 68 × 48 cm. A vastag karton darabok pontosan illeszkednek, nem válnak szét."),
            ("Papírhajó Puzzle", "Hortobágyi naplemente puzzle, 500 db", "1", "8+", "változó", 3990,
                "Ötszázdarabos kirakó a Hortobágyról, gémeskúttal és szürkemarhákkal, kész méret: 48 × 34 cm. Kezdő kirakósoknak és családi estékre."),
            ("Papírhajó Puzzle", "Lánchíd éjjel puzzle, 1500 db", "1", "14+", "változó", 5990,
                "Ezerötszáz darabos, kihívást jelentő kirakó a kivilágított Lánchídról, kész méret: 85 × 60 cm. A dobozban a kép poszterként is benne van, hogy könnyebb legyen a kirakás."),
            ("Papírhajó Puzzle", "Erdei állatok gyerekpuzzle, 60 db", "1", "4+", "változó", 2990,
                "Hatvandarabos, nagy elemes gyerekkirakó erdei állatokkal, kész méret: 36 × 26 cm. Fejleszti a finommotorikát és a türelmet."),
        ];
        foreach (var game in games)
        {
            var attributes = ProductAttributes.Of(
                ("játékosok száma", game.Players),
                ("korosztály", $"{game.Age} év"),
                ("játékidő", game.Time),
                ("nyelv", "magyar"),
                ("nem", "unisex"));
            b.Add(new ProductDraft(Games, "TJ", game.Brand, game.Name, game.Description, game.Price, attributes));
        }
    }
}
