using ChatBuddy.Grains.Tenants;

namespace ChatBuddy.Grains.Demo;

/// <summary>The demo shop's policy pages. Fees, deadlines and addresses match what the orders show.</summary>
internal static class DemoPolicies
{
    private const string BaseUrl = "https://" + DemoShopGenerator.Domain;

    public static IReadOnlyList<ShopPolicy> All { get; } =
    [
        new("shipping", "Szállítási információk", Shipping, $"{BaseUrl}/szallitas"),
        new("returns", "Elállás és visszaküldés", Returns, $"{BaseUrl}/visszakuldes"),
        new("payment", "Fizetési módok", Payment, $"{BaseUrl}/fizetes"),
        new("warranty", "Jótállás és szavatosság", Warranty, $"{BaseUrl}/garancia"),
        new("contact", "Kapcsolat és ügyfélszolgálat", Contact, $"{BaseUrl}/kapcsolat"),
    ];

    private const string Shipping =
        """
        ## Szállítási módok és díjak

        | Szállítási mód | Díj | Kézbesítés a feladástól |
        |---|---|---|
        | GLS futárszolgálat | 1 490 Ft | 1–2 munkanap |
        | MPL házhozszállítás | 1 690 Ft | 1–3 munkanap |
        | Foxpost csomagautomata | 990 Ft | 1–2 munkanap |
        | Packeta átvételi pont | 1 090 Ft | 1–3 munkanap |
        | Személyes átvétel Budapesten | ingyenes | amint e-mailben értesítünk |

        **20 000 Ft-os rendelési értéktől a szállítás ingyenes**, bármelyik szállítási módot választod. Utánvétes fizetésnél 390 Ft kezelési díjat számítunk fel, ezt ingyenes szállítás mellett is felszámítjuk.

        ## Mikor adjuk fel a csomagot?

        A munkanapokon 12 óráig beérkező és kifizetett rendeléseket még aznap délután átadjuk a futárnak, a később érkezőket a következő munkanapon. Átutalásos fizetésnél a csomagot a jóváírás után adjuk fel. Hétvégén és ünnepnapokon nem szállítunk.

        ## Csomagkövetés

        Feladáskor e-mailben elküldjük a csomagszámot és a követési linket. A Foxpost-automatákba és Packeta-pontokra érkező csomagokról SMS-t is kapsz: a Foxpost 3 napig, a Packeta 7 napig őrzi a csomagot.

        ## Személyes átvétel

        Budapesti átvételi pontunkon (1134 Budapest, Hétköznap utca 7.) hétköznap 8 és 17 óra között veheted át a rendelést, miután e-mailben jeleztük, hogy elkészült. Az átvételhez elég bemondani a rendelésszámot.

        Jelenleg csak Magyarország területére szállítunk.
        """;

    private const string Returns =
        """
        A 45/2014. (II. 26.) Korm. rendelet alapján a termék átvételétől számított **14 napon belül indoklás nélkül elállhatsz** a vásárlástól. Ha több terméket rendeltél, és azok külön csomagban érkeztek, a határidő az utolsó termék átvételétől számít.

        ## Így küldheted vissza

        1. Jelezd elállási szándékodat e-mailben az ugyfelszolgalat@demo.chatbuddy.hu címen, a rendelésszám megadásával. Használhatod a honlapon található elállási nyilatkozatmintát is, de nem kötelező.
        2. Az elállás jelzésétől számított 14 napon belül add fel a terméket erre a címre: Hétköznapi Bolt, 1134 Budapest, Hétköznap utca 7.
        3. Csomagold gondosan, lehetőleg az eredeti dobozában, és tedd mellé a számla másolatát vagy a rendelésszámot.

        A visszaküldés költsége téged terhel, kivéve, ha hibás vagy nem a megrendelt terméket kaptad. Utánvéttel feladott csomagot nem veszünk át.

        ## Visszatérítés

        Az elállás kézhezvételétől számított 14 napon belül visszafizetjük a termék árát és az eredeti szállítási díjat, ugyanazzal a fizetési móddal, amellyel fizettél; utánvétes rendelésnél banki átutalással. A visszatérítést addig visszatarthatjuk, amíg a termék vissza nem érkezik hozzánk.

        ## Kivételek

        Nem illeti meg elállási jog a higiéniai okból lezárt, de kibontott termékeket (például felbontott parfümöt vagy kozmetikumot), valamint a lezárt csomagolású, de kibontott szoftvereket. A termék nem rendeltetésszerű használatából eredő értékcsökkenésért felelősséggel tartozol.
        """;

    private const string Payment =
        """
        ## Bankkártya

        Minden elterjedt bankkártyával (betéti és hitelkártyával is) fizethetsz a bank biztonságos, kétlépcsős azonosítást kérő fizetőoldalán. A kártyaadatokat nem mi kezeljük, hanem a bank. A sikeres fizetés után azonnal megkezdjük a rendelés összekészítését.

        ## Utánvét

        A csomag árát átvételkor fizeted: a futárnál készpénzzel vagy bankkártyával, a Foxpost-automatánál és a Packeta-ponton bankkártyával. Az utánvét kezelési díja 390 Ft, amelyet a szállítási díjjal együtt tüntetünk fel. Utánvétet legfeljebb 300 000 Ft értékű rendelésnél választhatsz, személyes átvételnél nem.

        ## Banki átutalás

        Rendelés után e-mailben elküldjük a díjbekérőt. Számlaszámunk: 12345678-12345678-12345678, kedvezményezett: Hétköznapi Bolt Kft. A közleménybe írd be a rendelésszámot (például HB-20005). A csomagot a jóváírás után adjuk fel; ha az összeg 7 napon belül nem érkezik meg, a rendelést töröljük.

        ## Személyes átvétel

        Személyes átvételnél előre, bankkártyával vagy átutalással kérjük a fizetést, az átvételi ponton nem tudunk készpénzt elfogadni.

        ## Számla és visszatérítés

        Minden rendelésről elektronikus számlát küldünk e-mailben a feladáskor; céges vásárlásnál a pénztárban add meg a cégnevet és az adószámot. Visszatérítéskor ugyanarra a fizetési módra utalunk vissza, utánvétes rendelésnél az általad megadott bankszámlára.
        """;

    private const string Warranty =
        """
        ## Jótállás (garancia)

        A 151/2003. (IX. 22.) Korm. rendelet szerinti tartós fogyasztási cikkekre – például háztartási gépekre, szórakoztató elektronikára, mobiltelefonokra és kerti gépekre – kötelező jótállást vállalunk. A jótállás ideje a vételártól függ:

        | Vételár | Jótállás |
        |---|---|
        | 10 000 – 100 000 Ft | 1 év |
        | 100 001 – 250 000 Ft | 2 év |
        | 250 000 Ft felett | 3 év |

        A jótállás a termék átadásának napján kezdődik, a jótállási jegyet elektronikusan, a számlával együtt küldjük. Ha a termék a vásárlástól számított 3 munkanapon belül meghibásodik, kérésedre kicseréljük.

        ## Kellékszavatosság

        Minden termékre 2 év kellékszavatosság vonatkozik. Az átvételtől számított első évben vélelmezzük, hogy a hiba már a vásárláskor megvolt; ha ezt vitatjuk, nekünk kell bizonyítanunk az ellenkezőjét.

        ## Termékszavatosság

        Hibás termék esetén a gyártóval szemben is érvényesíthetsz termékszavatossági igényt, a termék forgalomba hozatalától számított 2 éven belül.

        ## Hogyan jelezd a hibát?

        Írj az ugyfelszolgalat@demo.chatbuddy.hu címre a rendelésszámmal, a hiba rövid leírásával és egy fotóval. Törekszünk arra, hogy a terméket 15 napon belül kijavítsuk vagy kicseréljük; ha ez nem lehetséges, visszafizetjük a vételárat. Jótállás esetén a szervizbe szállítás költségét mi álljuk.
        """;

    private const string Contact =
        """
        ## Ügyfélszolgálat

        - **E-mail:** ugyfelszolgalat@demo.chatbuddy.hu – munkanapokon 24 órán belül válaszolunk.
        - **Telefon:** +36 1 234 5678 – hétfőtől péntekig 8 és 17 óra között.
        - **Chat:** a weboldal jobb alsó sarkában, a nap bármely szakában; ha kell, munkaidőben kollégánk veszi át a beszélgetést.

        Ha egy rendelésről érdeklődsz, add meg a rendelésszámot (például HB-20001) és a rendeléskor használt e-mail-címet, így gyorsabban segíthetünk. A rendelés állapotát és a csomagkövetési linket a visszaigazoló e-mailben is megtalálod.

        Hétfőn délelőtt és az akciós időszakokban (például Black Friday idején) többen keresnek minket telefonon, ilyenkor az e-mail vagy a chat a gyorsabb.

        ## Átvételi pont és bemutatóterem

        1134 Budapest, Hétköznap utca 7., földszint.
        Nyitvatartás: hétfőtől péntekig 8:00–17:00, szombaton, vasárnap és ünnepnapokon zárva.

        ## Cégadatok

        Hétköznapi Bolt Kft., székhely: 1134 Budapest, Hétköznap utca 7.
        Cégjegyzékszám: 01-09-123456, adószám: 12345678-2-41.

        ## Panaszkezelés

        Panaszodat e-mailben vagy telefonon jelezheted, írásbeli panaszra 30 napon belül válaszolunk. Ha a válaszunkkal nem értesz egyet, a lakóhelyed szerint illetékes békéltető testülethez fordulhatsz.
        """;
}
