using System.Globalization;

namespace ChatBuddy.Grains.Security.Gdpr;

/// <summary>What the assistant says during a data request: Hungarian (informal or formal, as the shop set) or English.</summary>
public sealed class PrivacyTexts(string language, bool formal)
{
    private bool English => language == "en";

    public string AskEmail(PrivacyRequestKind kind) => (English, formal, kind) switch
    {
        (true, _, PrivacyRequestKind.Export) => "I'd be glad to send you all the data we hold about you. First I need to make sure it's really you: please type the e-mail address you use with us, and I'll send a six-digit verification code to it.",
        (true, _, _) => "Sure, I can help you delete your data. First I need to make sure it's really you: please type the e-mail address you use with us, and I'll send a six-digit verification code to it.",
        (false, false, PrivacyRequestKind.Export) => "Szívesen elküldöm az összes adatot, amelyet rólad tárolunk. Előbb meg kell győződnöm róla, hogy valóban te vagy az: írd meg az e-mail-címet, amelyet nálunk használsz, és küldök rá egy hatjegyű ellenőrző kódot.",
        (false, false, _) => "Rendben, segítek törölni az adataidat. Előbb meg kell győződnöm róla, hogy valóban te vagy az: írd meg az e-mail-címet, amelyet nálunk használsz, és küldök rá egy hatjegyű ellenőrző kódot.",
        (false, true, PrivacyRequestKind.Export) => "Szívesen elküldöm az összes adatot, amelyet Önről tárolunk. Előbb meg kell győződnöm róla, hogy valóban Ön az: kérem, írja meg az e-mail-címet, amelyet nálunk használ, és küldök rá egy hatjegyű ellenőrző kódot.",
        (false, true, _) => "Rendben, segítek törölni az adatait. Előbb meg kell győződnöm róla, hogy valóban Ön az: kérem, írja meg az e-mail-címet, amelyet nálunk használ, és küldök rá egy hatjegyű ellenőrző kódot.",
    };

    public string StillNeedEmail => Pick(
        "Ehhez egy e-mail-címre van szükségem (például nev@example.hu). Ha mégsem szeretnéd folytatni, írd azt, hogy „mégse”.",
        "Ehhez egy e-mail-címre van szükségem (például nev@example.hu). Ha mégsem szeretné folytatni, írja azt, hogy „mégse”.",
        "I need an e-mail address for this (for example name@example.com). If you'd rather stop, type “cancel”.");

    public string CodeSent => Pick(
        "Elküldtem egy hatjegyű kódot a megadott címre. Írd be ide a kódot – 10 percig érvényes.",
        "Elküldtem egy hatjegyű kódot a megadott címre. Kérem, írja be ide a kódot – 10 percig érvényes.",
        "I've sent a six-digit code to that address. Please type it here – it's valid for 10 minutes.");

    public string TooManyCodes => Pick(
        "Erre a címre az elmúlt órában már több kódot is küldtünk. Kérlek, próbáld újra egy óra múlva.",
        "Erre a címre az elmúlt órában már több kódot is küldtünk. Kérem, próbálja újra egy óra múlva.",
        "We've already sent several codes to this address in the last hour. Please try again in an hour.");

    public string NeedCode => Pick(
        "Kérlek, írd be az e-mailben kapott hatjegyű kódot. Ha mégsem szeretnéd folytatni, írd azt, hogy „mégse”.",
        "Kérem, írja be az e-mailben kapott hatjegyű kódot. Ha mégsem szeretné folytatni, írja azt, hogy „mégse”.",
        "Please type the six-digit code from the e-mail. If you'd rather stop, type “cancel”.");

    public string WrongCode(int left) => Pick(
        $"Ez a kód nem egyezik. Még {N(left)} próbálkozásod maradt.",
        $"Ez a kód nem egyezik. Még {N(left)} próbálkozása maradt.",
        left == 1 ? "That code doesn't match. You have 1 more try." : $"That code doesn't match. You have {N(left)} more tries.");

    public string TooManyAttempts => Pick(
        "Túl sokszor adtál meg hibás kódot, ezért biztonsági okból megszakítottam a kérést. Ha újra szeretnéd kezdeni, írd meg ismét, mit szeretnél.",
        "Túl sokszor adott meg hibás kódot, ezért biztonsági okból megszakítottam a kérést. Ha újra szeretné kezdeni, írja meg ismét, mit szeretne.",
        "Too many wrong codes, so I've stopped this request for your security. If you'd like to start again, just tell me what you need.");

    public string Expired => Pick(
        "A kód sajnos lejárt. Írd meg újra az e-mail-címedet, és küldök egy újat.",
        "A kód sajnos lejárt. Kérem, írja meg újra az e-mail-címét, és küldök egy újat.",
        "Sorry, that code has expired. Type your e-mail address again and I'll send a new one.");

    public string ExportReady(string url) => Pick(
        $"Köszönöm, sikerült az azonosítás. Az adataidat innen töltheted le JSON-fájlként: {url}\nA link 15 percig érvényes, és csak te kaptad meg.",
        $"Köszönöm, sikerült az azonosítás. Az adatait innen töltheti le JSON-fájlként: {url}\nA link 15 percig érvényes, és csak Ön kapta meg.",
        $"Thank you, you're verified. You can download your data as a JSON file here: {url}\nThe link is valid for 15 minutes and was given only to you.");

    public string ConfirmErasure => Pick(
        "Köszönöm, sikerült az azonosítás. Biztosan törölni szeretnéd az összes adatodat? Ez nem vonható vissza. A rendeléseid összegét és tételeit a számviteli szabályok miatt megőrizzük, de a nevedet, e-mail-címedet, telefonszámodat és címeidet eltávolítjuk belőlük. Ha biztos vagy benne, írd be: „igen, törlöm”.",
        "Köszönöm, sikerült az azonosítás. Biztosan törölni szeretné az összes adatát? Ez nem vonható vissza. A rendelései összegét és tételeit a számviteli szabályok miatt megőrizzük, de a nevét, e-mail-címét, telefonszámát és címeit eltávolítjuk belőlük. Ha biztos benne, írja be: „igen, törlöm”.",
        "Thank you, you're verified. Are you sure you want all your data deleted? This cannot be undone. We keep the amounts and items of your orders for accounting, but remove your name, e-mail address, phone number and addresses from them. If you're sure, type “yes, delete”.");

    public string NeedConfirmation => Pick(
        "A törléshez írd be: „igen, törlöm”. Ha mégsem szeretnéd, írd azt, hogy „mégse”.",
        "A törléshez kérem, írja be: „igen, törlöm”. Ha mégsem szeretné, írja azt, hogy „mégse”.",
        "To delete your data, type “yes, delete”. If you've changed your mind, type “cancel”.");

    public string Erased => Pick(
        "Kész: töröltük az adataidat, a rendeléseidből pedig eltávolítottuk a személyes adatokat. Ezt a beszélgetést is töröltük.",
        "Kész: töröltük az adatait, a rendeléseiből pedig eltávolítottuk a személyes adatokat. Ezt a beszélgetést is töröltük.",
        "Done: your data has been deleted and your personal details removed from your orders. This conversation has been deleted too.");

    public string Cancelled => Pick(
        "Rendben, megszakítottam a kérést. Miben segíthetek még?",
        "Rendben, megszakítottam a kérést. Miben segíthetek még?",
        "All right, I've cancelled the request. Anything else I can help with?");

    public string CodeMailSubject(string shop) => English ? $"Your verification code – {shop}" : $"Ellenőrző kód – {shop}";

    public string CodeMailBody(string shop, string code) => Pick(
        $"Szia!\n\n{Demo.HungarianText.TheCap(shop)} chatjében adatkérést indítottak ezzel az e-mail-címmel. Az ellenőrző kód: {code}\n\nA kód 10 percig érvényes. Ha nem te kérted, nyugodtan hagyd figyelmen kívül ezt a levelet.",
        $"Tisztelt Vásárlónk!\n\n{Demo.HungarianText.TheCap(shop)} chatjében adatkérést indítottak ezzel az e-mail-címmel. Az ellenőrző kód: {code}\n\nA kód 10 percig érvényes. Ha nem Ön kérte, kérjük, hagyja figyelmen kívül ezt a levelet.",
        $"Hello,\n\nA request for personal data was made with this e-mail address in the {shop} chat. Your verification code: {code}\n\nThe code is valid for 10 minutes. If you didn't ask for it, you can ignore this e-mail.");

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string Pick(string informal, string formalText, string english) => English ? english : formal ? formalText : informal;
}
