using static ChatBuddy.Grains.Demo.HungarianText;

namespace ChatBuddy.Grains.Demo;

/// <summary>
/// Novels by invented authors. Each title comes with its own premise, so title and story agree;
/// the second and third sentences are drawn from the genre's pool.
/// </summary>
internal static class BookCatalog
{
    private const string Novels = "Könyv > Regények";
    private const string ChildrensBooks = "Könyv > Gyerekkönyvek";

    private static readonly string[] Publishers = ["Lámpás Kiadó", "Hídfő Könyvek", "Tollvonás Kiadó", "Esti Olvasó", "Papírhajó Kiadó"];

    private static readonly Genre[] Genres =
    [
        new(
            "családregény",
            ["Halmi Dóra", "Szendrei Zsófia", "Bárdos Márton"],
            (280, 480),
            [
                ("A diófa árnyéka", "Egy fiatal budapesti tanárnő váratlanul megörökli nagyanyja Balaton-felvidéki házát, és egy nyárra leköltözik, hogy rendbe tegye."),
                ("Nagyanyám kertje", "Egy nyolcvanéves asszony utolsó nyarán összehívja három unokáját a szatmári tanyára, mert el akar mondani nekik valamit."),
                ("A hallgatás évei", "Egy család négy nemzedékének története a két világháború közötti Debrecentől a rendszerváltás utáni Budapestig."),
                ("Tavaszi áradás", "Az 1970-es tiszai árvíz idején két szomszédos család sorsa örökre összefonódik."),
                ("Az utolsó szüret", "Egy tokaji szőlősgazda család három testvére apjuk halála után dönteni kényszerül: eladják a birtokot, vagy folytatják a munkát."),
                ("Kései levelek", "Egy nyugdíjas mérnök a felesége halála után a padláson egy doboz levélre bukkan, amelyeket sosem küldtek el."),
                ("A ház a domb alatt", "Egy pécsi orvoscsalád nyaralójában minden augusztusban összegyűlnek a rokonok, idén azonban valaki nem érkezik meg."),
                ("Porcelánvirágok", "Két nővér, akik húsz éve nem beszéltek egymással, anyjuk betegsége miatt kénytelenek újra egy fedél alatt élni."),
            ],
            [
                "A régi levelekből és fényképekből egy évtizedekig elhallgatott szerelem története bontakozik ki.",
                "A múlt titkai lassan felszínre kerülnek, és mindenkinek szembe kell néznie a saját döntéseivel.",
                "A régi sérelmek mögül fokozatosan előbukkan, mi tartja össze valójában a családot.",
                "Egy váratlan vallomás mindent átír, amit a család eddig a saját múltjáról gondolt.",
            ],
            [
                "Meleg humorral és sok empátiával megírt családregény.",
                "Lírai, mégis letehetetlen történet összetartozásról és megbocsátásról.",
                "A szerző legszemélyesebb regénye, amely sokaknak a saját családjukat idézi fel.",
            ]),
        new(
            "krimi",
            ["Vincze Ábel", "Tornyai Eszter"],
            (320, 520),
            [
                ("Ködös november", "Egy Tisza-parti kisvárosban holtan találják a köztiszteletben álló patikust, és a nyomozást egy frissen áthelyezett, makacs felügyelőnő kapja."),
                ("A harmadik levél", "Egy nyugalmazott rendőrtiszt levelet kap egy húsz éve lezárt ügy állítólagos tettesétől, aki szerint rossz embert ítéltek el."),
                ("Vörös hold", "Egy balatoni szállodában a szezon utolsó hétvégéjén meggyilkolnak egy vendéget, és a vihar miatt senki sem hagyhatja el az épületet."),
                ("A Duna nem felejt", "A Duna-parton egy ismeretlen férfi holttestére bukkannak, zsebében egy negyven évvel ezelőtti vonatjeggyel."),
                ("Hajnali vonat", "Egy éjszakai vonaton Budapest és Bécs között eltűnik egy utas, a kalauz szerint azonban fel sem szállt."),
                ("Hét lépés a sötétben", "Egy fiatal újságíró egy ingatlanpanama nyomába ered, ám a forrásai sorra eltűnnek."),
                ("A tanú hallgat", "Egy budapesti bérház udvarán nyoma vész egy hétéves kislánynak, és a szomszédok mindannyian mást láttak."),
                ("Jégpálya", "Egy koppenhágai jégcsarnokban reggel holtan találják a klub edzőjét, a nyomozó pedig a saját múltjával is szembesül."),
            ],
            [
                "A szálak a város vezetőiig érnek, és hamarosan kiderül, hogy senkiben sem lehet megbízni.",
                "Minél közelebb jut a nyomozó az igazsághoz, annál inkább úgy tűnik, a tettes mindig egy lépéssel előtte jár.",
                "A nyomozás során egy régi, elfeledett bűntény is újra felszínre kerül.",
                "Egy titokzatos napló oldalai vezetnek el a megoldáshoz, de az ára nagy.",
            ],
            [
                "Feszült, fordulatos krimi, amelyet nehéz letenni.",
                "Sötét hangulatú, lélektanilag hiteles bűnügyi regény, az utolsó oldalig tartogat meglepetést.",
                "Egy új krimisorozat első kötete, izgalmas és szellemes főhőssel.",
            ]),
        new(
            "történelmi regény",
            ["Révész Áron", "Varsányi Júlia"],
            (380, 620),
            [
                ("A királyné tükre", "A 15. századi Visegrádon egy udvarhölgy bizalmasa lesz a királynénak, és egy palotai összeesküvés közepébe kerül."),
                ("Égő hidak", "1849 tavaszán egy fiatal honvédtiszt és egy pesti kereskedőlány útjai a szabadságharc forgatagában keresztezik egymást."),
                ("Tatárjárás", "1241-ben egy fiatal szerzetes a tatárok elől menekülve próbálja megmenteni kolostora kéziratait."),
                ("A budai pék lánya", "A török kori Budán egy pék lánya tolmácsként a pasa udvarába kerül, ahol két világ között kell egyensúlyoznia."),
                ("A végvár asszonya", "Egy végvári kapitány özvegye 1552-ben átveszi a vár védelmének szervezését, amikor a férfiak elbizonytalanodnak."),
                ("Hajnal a Dunán", "A reformkori Pesten egy fiatal mérnök a Lánchíd építésén dolgozik, miközben egy tiltott szerelem rabja lesz."),
                ("Az utolsó kuruc", "A Rákóczi-szabadságharc bukása után egy kuruc katona hazatér, de a faluja már nem ugyanaz."),
            ],
            [
                "A szerző alapos levéltári kutatás után, hitelesen idézi meg a kor mindennapjait.",
                "Valós történelmi szereplők és kitalált hősök sorsa fonódik össze a regényben.",
                "Csaták, intrikák és emberi döntések – a nagy történelem a kisemberek szemszögéből.",
            ],
            [
                "Lendületes, színes történelmi regény a magyar múlt egyik sorsfordító időszakáról.",
                "Olvasmányos, mégis pontos regény mindazoknak, akik szeretik a történelmet.",
            ]),
        new(
            "romantikus regény",
            ["Kerekes Lilla", "Somlói Réka"],
            (260, 420),
            [
                ("Nyár Tihanyban", "Egy budapesti marketinges lány felmond, és egy nyárra beáll levendulát szedni Tihanyba, ahol megismerkedik a birtok mogorva örökösével."),
                ("Kávé két személyre", "Egy kis kávézó tulajdonosa minden reggel ugyanannak a vendégnek főz kávét, aki sosem szól egy szót sem, egészen egy esős keddig."),
                ("A cornwalli levél", "Egy londoni könyvtáros egy régi könyvben talált levél nyomán Cornwallba utazik, hogy megtalálja a címzettet."),
                ("Csillagpor", "Egy fiatal csillagásznő és egy zárkózott kutató egy hegyi obszervatóriumban tölti a telet, és a hosszú éjszakák alatt lassan közel kerülnek egymáshoz."),
                ("Második esély", "Tizenöt évvel az érettségi után a volt osztálytársak találkozóján két egykori szerelmes újra egymás mellé kerül."),
                ("Hóesés Szentendrén", "Karácsony előtt két héttel egy fiatal illusztrátor beköltözik egy szentendrei műterembe, amelyet véletlenül valaki más is kibérelt."),
                ("Esküvő után", "Egy esküvőszervező, aki már nem hisz a szerelemben, a legnehezebb ügyfele bátyjával kénytelen együtt dolgozni."),
            ],
            [
                "A kezdeti súrlódásokból lassan valami egészen más lesz, de a múlt árnyai közbeszólnak.",
                "A sok félreértés és a humoros jelenetek mögött komoly kérdés húzódik: mer-e újra bízni valakiben.",
                "Egy régi titok kiderülése mindent veszélybe sodor, amit közösen felépítettek.",
            ],
            [
                "Könnyed, szívmelengető olvasmány hosszú estékre és nyaralásra.",
                "Romantikus történet humorral, kedves mellékszereplőkkel és happy enddel.",
            ]),
        new(
            "sci-fi",
            ["Csillag Ervin", "Hajós Tamás"],
            (340, 560),
            [
                ("Tükörváros", "2189-ben egy mesterséges intelligencia irányította városban egy hibajavító mérnök észreveszi, hogy az emberek emlékei nem stimmelnek."),
                ("Az utolsó kolónia", "A Mars egyetlen túlélő kolóniáján egy orvos rájön, hogy a Földről érkező jelek nem azok, aminek látszanak."),
                ("Jeges szél", "Egy új jégkorszakban a maradék emberiség hatalmas vonatokon kering a kontinensen, és egy fiatal fűtő elhatározza, hogy megállítja a szerelvényt."),
                ("Generációs hajó", "Egy csillagközi hajón, amely háromszáz éve úton van, egy kamasz lány felfedezi, hogy az úti cél már nem létezik."),
                ("Kód: Hajnal", "Egy budapesti programozó olyan kódra bukkan, amely látszólag a jövőből érkezett üzenet."),
                ("A csend bolygója", "Egy kutatócsoport olyan bolygón landol, ahol semmilyen hang nem terjed, és a kommunikáció új formáit kell megtalálniuk."),
            ],
            [
                "A felfedezés kérdéseket vet fel a szabad akaratról és arról, mi tesz minket emberré.",
                "Az igazság felderítése közben minden szövetséges gyanússá válik.",
                "A technológia ígérete és veszélye egyszerre jelenik meg a történetben.",
            ],
            [
                "Gondolatébresztő, tudományosan is megalapozott sci-fi.",
                "Pörgős, filmszerű regény a műfaj kedvelőinek és újonnan érkezőknek egyaránt.",
            ]),
        new(
            "fantasy",
            ["Ormos Flóra", "Dévai Levente"],
            (400, 640),
            [
                ("A sárkányok hegye", "Egy pásztorfiú egy hegyi barlangban sárkánytojást talál, és ezzel egy évszázados háború közepébe kerül."),
                ("Ezüstfolyó", "A Hét Királyság határán élő fiatal gyógyítónő képes beszélni a folyóval, amit egyszerre félnek és irigyelnek tőle."),
                ("Az árnyak kapuja", "Egy elfeledett város romjai alatt megnyílik egy kapu, és valakinek be kell zárnia, mielőtt az árnyak kiszabadulnak."),
                ("Tündérkirály", "Egy városi lány a nagymamája temetése után rájön, hogy családja évszázadok óta őrzi a tündérek és az emberek közötti határt."),
                ("A hetedik varázsló", "A varázslóiskola hetedik, titkos tanítványa egy olyan képességgel születik, amelyről azt hitték, kihalt."),
                ("Vérhold", "Egy zsoldoscsapat elvállal egy egyszerűnek tűnő megbízást, amely a birodalom összeomlásához vezethet."),
            ],
            [
                "Az út során szövetségesekre, árulókra és a saját határaira is rátalál.",
                "A jó és a rossz határai elmosódnak, és minden döntésnek ára van.",
                "A régi próféciák értelme egészen másnak bizonyul, mint amit eddig hittek.",
            ],
            [
                "Epikus, részletesen kidolgozott világú fantasy egy trilógia első köteteként.",
                "Kalandos, érzelmes fantasy felnőtteknek és idősebb kamaszoknak.",
            ]),
        new(
            "humoros regény",
            ["Pálos Gergely", "Berki Anna"],
            (220, 360),
            [
                ("Nyaralás, ahogy mi csináljuk", "Egy négytagú család elhatározza, hogy idén lakóautóval járja be Horvátországot, és már az első benzinkútnál minden rosszul sül el."),
                ("A szomszéd kecskéje", "Egy Budapestről vidékre költözött házaspár első éve a faluban, ahol a legnagyobb probléma a szomszéd kecskéje."),
                ("Nagymama bloggerré válik", "Egy hetvenkét éves nagymama unokája kérésére receptblogot indít, és váratlanul az internet sztárja lesz."),
                ("Hétfőtől diéta", "Egy negyvenes irodista fogadalmat tesz, hogy egy év alatt lead húsz kilót, és ezt naplóban dokumentálja."),
                ("A nagy költözés", "Egy háromgenerációs család ugyanabba a lakásba költözik, és mindenki másképp képzeli el a közös életet."),
            ],
            [
                "A kalamajkák egymást érik, de a végén mindenki rájön, mi az igazán fontos.",
                "Minden fejezet újabb hangos nevetést tartogat, a háttérben mégis sok az igazság.",
            ],
            [
                "Szórakoztató, könnyed olvasmány vonatra, strandra és rossz napokra.",
                "Humoros regény, amelyben mindenki magára ismer egy kicsit.",
            ]),
        new(
            "lélektani regény",
            ["Gellért Noémi", "Aradi Bence", "Lantos Hanna"],
            (200, 380),
            [
                ("Üvegfal", "Egy sikeres ügyvédnő egy reggel nem tud kiszállni az autójából a munkahelye parkolójában, és elindul egy másik város felé."),
                ("A csend után", "Egy zenész a hallása elvesztése után újra kell, hogy tanulja, hogyan kapcsolódjon a világhoz és a családjához."),
                ("Napfogyatkozás", "Egy kamaszfiú és az apja egy hét alatt bejárják gyalog a Kéktúra egy szakaszát, és először beszélnek igazán."),
                ("Idegen a tükörben", "Egy fiatal nő amnéziával ébred egy kórházban, és a barátai elbeszéléséből kell összeraknia, ki volt."),
                ("A harmadik ember", "Egy házaspár életébe beköltözik a férj gyerekkori barátja, és a kényes egyensúly lassan felborul."),
                ("Vasárnapi ebéd", "Egy család egyetlen vasárnapi ebédjének története, amely alatt minden ki nem mondott feszültség a felszínre tör."),
            ],
            [
                "A regény finoman, mégis kíméletlen pontossággal boncolgatja a szereplők belső világát.",
                "A rövid fejezetek között a múlt és a jelen váltakozik, és lassan kirajzolódik az igazság.",
                "A szerző kevés szóval, nagy erővel ír a veszteségről és az újrakezdésről.",
            ],
            [
                "Intim, mélyen emberi regény, amely sokáig az olvasóval marad.",
                "Az év egyik legtöbbet emlegetett kortárs magyar regénye.",
            ]),
    ];

    /// <summary>Translated novels: title → (foreign author, translator).</summary>
    private static readonly Dictionary<string, (string Author, string Translator)> Translated = new(StringComparer.Ordinal)
    {
        ["Jégpálya"] = ("Lars Holm", "Kertész Anna"),
        ["A cornwalli levél"] = ("Clara Whitfield", "Molnár Péter"),
    };

    public static void Build(CatalogBuilder b)
    {
        var r = b.Random;
        var isbnSerial = 1000;
        foreach (var genre in Genres)
        {
            foreach (var (title, premise) in genre.Titles)
            {
                string author;
                string? translator = null;
                if (Translated.TryGetValue(title, out var foreign))
                {
                    (author, translator) = foreign;
                }
                else
                {
                    author = r.Pick(genre.Authors);
                }

                var publisher = r.Pick(Publishers);
                var pages = r.Between(genre.Pages.Min / 8, genre.Pages.Max / 8) * 8;
                var year = r.Between(2019, 2026);
                var twist = r.Pick(genre.Twists);
                var closing = r.Pick(genre.Closings);
                var basePrice = CatalogBuilder.ShopPrice(2990 + (pages * 7));
                var editions = r.Chance(0.6) ? new[] { "puhatáblás", "keménytáblás" } : [r.Chance(0.75) ? "puhatáblás" : "keménytáblás"];
                foreach (var binding in editions)
                {
                    isbnSerial += r.Between(3, 40);
                    var translated = translator is null ? "" : $" Fordította: {translator}.";
                    var description = Sentences(
                        premise,
                        twist,
                        closing,
                        $"{TheCap($"{pages} oldalas")} kötet {InYear(year)} jelent meg, {binding} kiadásban.{translated}");
                    var attributes = new ProductAttributes()
                        .Set("szerző", author)
                        .Set("kiadó", publisher)
                        .Set("műfaj", genre.Name)
                        .Set("oldalszám", $"{pages}")
                        .Set("kötés", binding)
                        .Set("megjelenés", $"{year}")
                        .Set("nyelv", "magyar");
                    if (translator is not null)
                    {
                        attributes.Set("fordító", translator);
                    }

                    attributes.Set("ISBN", Isbn(isbnSerial));
                    var name = binding == "keménytáblás" && editions.Length > 1 ? $"{author}: {title} (keménytáblás)" : $"{author}: {title}";
                    b.Add(new ProductDraft(Novels, "KR", publisher, name, description, binding == "keménytáblás" ? basePrice + 2000 : basePrice, attributes));
                }
            }
        }
    }

    public static void BuildChildrensBooks(CatalogBuilder b)
    {
        var r = b.Random;
        (string Author, string Title, string Age, int Pages, string Binding, int Price, string Description)[] books =
        [
            ("Berki Anna", "Mackó Miska erdei kalandjai", "3–6 év", 48, "keménytáblás", 3990,
                "Mackó Miska minden reggel új kalandra indul az erdőben: megkeresi a sün elveszett sálját, és segít a mókusnak dióházat építeni. Rövid, esti meséknek való fejezetek, nagy, színes képekkel."),
            ("Ormos Flóra", "A kis tűzoltóautó", "2–4 év", 24, "lapozó", 2990,
                "Vastag kartonlapos lapozó a legkisebbeknek a kis piros tűzoltóautóról, amely mindig időben ér oda. Egyszerű, ritmikus mondatok és hangutánzó szavak, amelyeket a gyerek hamar együtt mond a felnőttel."),
            ("Szendrei Zsófia", "Panna és a holdkert", "5–8 év", 64, "keménytáblás", 4490,
                "Panna egy éjjel felfedezi, hogy a nagymamája kertjében a virágok csak holdfénynél nyílnak. Kedves, kicsit varázslatos mese barátságról és bátorságról, akvarell illusztrációkkal."),
            ("Pálos Gergely", "Bolond Bence és a nagy biciklitúra", "6–9 év", 96, "keménytáblás", 3990,
                "Bence és az osztálya kerékpártúrára indul a Balaton körül, és semmi sem úgy alakul, ahogy tervezték. Vicces, olvasni tanuló gyerekeknek szóló könyv nagy betűkkel és rövid fejezetekkel."),
            ("Dévai Levente", "A titkos bolygó", "8–12 év", 176, "puhatáblás", 3490,
                "Három barát egy régi csillagászati távcsőben egy bolygóra bukkan, amely nincs rajta egyetlen térképen sem. Izgalmas, tudományos érdekességekkel fűszerezett kalandregény fiatal olvasóknak."),
            ("Lantos Hanna", "Lili naplója – Az új iskola", "9–12 év", 208, "puhatáblás", 3690,
                "Lili új iskolába kerül, és naplójában meséli el az első hónapok barátságait, féltékenységeit és meglepetéseit. Humoros, kamaszodó lányoknak szóló sorozat első része, rajzokkal."),
            ("Halmi Dóra", "Hol alszanak az állatok?", "2–5 év", 32, "lapozó", 3490,
                "Fülekkel és kinyitható ablakokkal teli lapozó, amelyből a gyerek megtudja, hol alszik a bagoly, a vakond vagy a fecske. A fedőlapok vastag kartonból vannak, sokáig bírják a lelkes lapozást."),
            ("Bárdos Márton", "Nagy járműves képeskönyv", "3–7 év", 40, "keménytáblás", 4990,
                "Munkagépek, vonatok, repülők és hajók nagy, részletes rajzokon, minden oldalon keresgélős feladattal. Több mint 200 jármű, rövid magyarázatokkal a kíváncsi kérdezőknek."),
            ("Kerekes Lilla", "Esti mesék 365 napra", "3–8 év", 384, "keménytáblás", 7990,
                "Egy évre elegendő, rövid esti mese, minden napra egy: népmesék, állatmesék és új történetek. Öt-hat perc alatt felolvasható mesék, ideális elalvás előtti rituálé."),
            ("Hajós Tamás", "Kódolj velem! Programozás gyerekeknek", "8–12 év", 128, "puhatáblás", 4990,
                "Játékos bevezetés a programozásba képernyő nélküli feladatokkal és egyszerű blokkos példákkal. Lépésről lépésre, színes ábrákkal, szülői segítséggel vagy önállóan is követhető."),
        ];
        foreach (var book in books)
        {
            var attributes = new ProductAttributes()
                .Set("szerző", book.Author)
                .Set("korosztály", book.Age)
                .Set("oldalszám", $"{book.Pages}")
                .Set("kötés", book.Binding)
                .Set("nyelv", "magyar")
                .Set("nem", "gyerek");
            var publisher = r.Pick(Publishers);
            var ages = book.Age.Replace("–", " és ", StringComparison.Ordinal).Replace(" év", "", StringComparison.Ordinal);
            var volume = book.Binding == "lapozó" ? "kartonlapozót" : $"{book.Binding} kötetet";
            var description = Sentences(book.Description, $"{TheCap($"{book.Pages} oldalas")} {volume} {ages} éves kor közötti gyerekeknek ajánljuk.");
            b.Add(new ProductDraft(ChildrensBooks, "GK", publisher, $"{book.Author}: {book.Title}", description, book.Price, attributes));
        }
    }

    /// <summary>A well-formed ISBN-13 in the Hungarian 978-963 range, with a correct check digit.</summary>
    private static string Isbn(int serial)
    {
        var body = $"978963{serial:D6}";
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (body[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        var check = (10 - (sum % 10)) % 10;
        return $"978-963-{body[6..10]}-{body[10..12]}-{check}";
    }

    private sealed record Genre(
        string Name,
        string[] Authors,
        (int Min, int Max) Pages,
        (string Title, string Premise)[] Titles,
        string[] Twists,
        string[] Closings);
}
