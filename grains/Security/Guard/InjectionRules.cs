using System.Text.RegularExpressions;

namespace ChatBuddy.Grains.Security.Guard;

/// <summary>
/// Phrase patterns of prompt injection and jailbreaks in English and Hungarian, matched against the
/// folded text (<see cref="GuardText.Fold"/>: no accents, lower case, leetspeak undone). They name what
/// is targeted — instructions, rules, the system prompt, the assistant's role — so a shopper's
/// "felejtsd el az előző kérdést" (forget my last question) stays clear of them.
/// </summary>
public static class InjectionRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private const string Instructions = @"(instruction|prompt|rule|directive|direction|guideline|guidance|guardrail|command|programming|system message|restriction|constraint|safety filter|content filter|filters|content policy|safety policy)";
    // "Milyen utasítást kapott a futár?" asks about the courier's instructions, not the assistant's.
    private const string ThirdParty = @"(futar\w*|kuldonc\w*|sofor\w*|kollega\w*|posta\w*|szallito\w*|raktar\w*|csomag\w*|ugyfelszolgalat\w*|gls|dpd|mpl|foxpost)";
    private const string Relative = @"(szomszed|ferj|feleseg|parom|baratnom|baratom|baratn[oe]m|kolleganom|kollegam|anyosom|aposom|exem|volt parom|testverem|ocsem|batyam|hugom|noverem|anyam|apam|fiam|lanyom)\w*";
    private const string PersonalData = @"(cim|cimet|cime|cimere|cimuket|cimzettje\w*|e-?mail\w*|telefon\w*|jelszo\w*|jelszav\w*|adatai\w*|adatait|fiok\w*|szamlaszam\w*|kartyaszam\w*)";
    private const string AskFor = @"(add meg|adja meg|add ki|adja ki|megadnad|megadna|mondd meg|mondja meg|meg tudod mondani|meg tudna mondani|mutasd|mutassa|kuldd el|kuldje el|ird ki|irja ki|listazd|sorold fel|keresd ki|nezd meg|nezze meg|elarulnad|arulj el|aruld el)";
    private const string ActOnOrder = @"(torol|mutas|add meg|adja meg|mondd meg|mondja meg|modosit|lemond|valtoztas|ird at|irja at|kuldd|kuldje|csereld|cserelje)\w*";
    private const string Utasitas = @"(utasitas|instrukcio|szabaly|rendszeruzenet|rendszerprompt|prompt|parancs|korlatoz|iranyelv|programoz)";

    private static readonly (string Name, Regex Pattern)[] Rules =
    [
        ("ignore_instructions_en", new Regex(
            $@"\b(ignore|disregard|forget|override|overwrite|bypass|abandon|discard|neglect|stop following)\b.{{0,60}}\b{Instructions}", Options, Timeout)),
        ("ignore_everything_en", new Regex(
            @"\b(ignore|disregard|forget)\b\s+(all|everything|anything|what)\b(?!\s+(i|i've|i'd|we)\b).{0,25}\b(before|above|previous(ly)?|prior|earlier|you were (told|given)|you've been told|told you|(they|the system|your developers?) (said|told))\b", Options, Timeout)),
        ("new_instructions_en", new Regex(
            @"\b(new|updated|real|actual|secret|hidden|override)\s+(instructions?|task|rules?|prompt|directives?|policy)\s*(:|are|is|follow)", Options, Timeout)),
        ("system_prompt_en", new Regex(
            @"\b(system|initial|original|hidden|secret|developer)\s*-?\s*prompt\b|\b(hidden|secret|developer)\s*-?\s*(message|instructions?)\b|\b(initial|original) instructions\b|\byour system\s*-?\s*(message|instructions?)\b|\b(the|your) (hidden|secret|internal|original|initial) (rules|guidelines|directives|configuration)\b", Options, Timeout)),
        ("reveal_prompt_en", new Regex(
            @"\b(reveal|show|print|repeat|output|display|tell|leak|dump|give|write|share|spell out|list|copy|translate|summari[sz]e|explain)\b.{0,30}\b(your|the (initial|original|hidden|secret|system|above|previous|first|exact))\s+(prompt|instructions|configuration|programming|system message|text)|\b(repeat|print|output|copy)\b.{0,30}\b(text|words|everything) (before|above)\b", Options, Timeout)),
        ("told_before_en", new Regex(
            @"\bwhat (instructions|rules|guidelines|directions|orders)\b.{0,20}\b(were|have) you (been )?(given|told|set up)|\bwhat were you (told|instructed)\b|\b(repeat|print|output|recite|quote|paste|tell me|write out|show me)\b.{0,25}\b(your (first|initial|very first|opening) (message|instructions?|prompt|lines?)|everything (you were|you've been|you have been) (told|given|instructed))", Options, Timeout)),
        ("persona_en", new Regex(
            @"\b(role-?play|roleplay)\b.{0,30}\b(where|in which) you\b|\b(assume|take on|adopt) the (role|persona|identity) of\b|\bact as (an? )?(linux |unix |bash |windows )?(terminal|shell|console|python interpreter|interpreter|command line)\b|\bbreak character\b|\bstep out of (your )?(role|character|persona)\b|\bdrop (the|your) (assistant |chatbot )?(persona|role|character)\b|\bsimulate (developer mode|dan|an? (ai|model|assistant|chatbot) (that|which|without|with no|freed))|\b(ai|assistant|model|bot|chatbot)\b.{0,25}\b(has|have|with) no (ethical |moral |content )?(guidelines|restrictions|rules|limits|limitations|filters|boundaries|morals|ethics)\b", Options, Timeout)),
        ("decode_and_run", new Regex(
            @"\b(decode|dekodold|dekodolja|fejtsd (meg|vissza)|fejtse (meg|vissza))\b.{0,40}\b(run|execute|follow|obey|comply|do (it|what)|hajtsd vegre|hajtsa vegre|kovesd|kovesse|csinald|futtasd|teljesitsd)", Options, Timeout)),
        ("exfiltrate_en", new Regex(
            @"\b(list|print|show|export|dump|give me)\b.{0,30}\b(registered|all( the)?) (users|customers|members|accounts)\b|\b(phone( number)?|address|e-?mail|name|details)\b.{0,20}\b(of|for) (the |a |that )?(customer|person|lady|man|guy|woman|buyer|user|someone)\b.{0,15}\b(who|that) (ordered|bought|purchased)\b|\b(list|give|send|show|export|dump|print|tell me|reveal|share)\b.{0,30}\b(all|every|other|everyone'?s?)\b.{0,10}\b(customers?|users?|buyers?|shoppers?|people)'?s?\b.{0,15}\b(e-?mails?|addresses|phone( numbers)?|data|details|orders|names|passwords?|cards?|carts?)\b|\bcustomer (list|database|table)\b", Options, Timeout)),
        ("role_override_en", new Regex(
            @"\b(you are now|from now on,? you|you will now act|you're now|pretend (to be|that you are|you are|you're|you have no|that you have no)|act as (an? )?(unrestricted|unfiltered|uncensored|evil|jailbroken|different|new)|roleplay as|role-play as|you are no longer|stop being (a|an|the) (assistant|chatbot|bot))", Options, Timeout)),
        ("jailbreak_en", new Regex(
            @"\b(do anything now|jailbreak\w*|developer mode|dev mode|god mode|dan mode|dude mode|stan mode|no (restrictions|limitations|filters|rules) (apply|mode)|without (any )?(restrictions|limitations|filters|censorship|rules)|(unrestricted|uncensored|unfiltered) (ai|mode|assistant|model))\b", Options, Timeout)),
        ("dan", new Regex(
            @"(\b(you are|you're|act as|become|be|te vagy|legyel|legy|viselkedj|jatszd el)\b.{0,15}\bdan\b|\bdan\b\s*(mode|mod|modban|prompt|\d+(\.\d+)?\b)|\bdan,? (which|aki|ami)\b)", Options, Timeout)),
        ("delimiter", new Regex(
            @"(<\|?(im_start|im_end|system|endoftext|end_of_turn|start_of_turn)\|?>|\[/?(inst|system|sys|rendszer|admin|developer|fejleszto)\]|<</?sys>>|</?(system|instructions?|admin|developer)>|""role""\s*:\s*""(system|developer)""|```\s*(system|rendszer)\b|^\s*(system|assistant)\s*:|(\n|^)#{2,}\s*(system|instructions?|end|rendszer)|-{3,}\s*(end of|vege)\b)", Options | RegexOptions.Multiline, Timeout)),
        ("ignore_instructions_hu", new Regex(
            $@"\b(hagyd|hagyja|hagyjad|(el)?felejts\w*|(el)?felejtheted|(el)?felejtheti|ignorald|ignoralja|ignoraljad|figyelmen kivul hagyva|figyelmen kivul hagyhat\w*|ne torodj|ne torodjon|ne foglalkozz|ne foglalkozzon|dobd|dobja|tekints el|tekintsen el|irj felul|ird felul|irja felul|felulirom|felulirjuk|szegd meg|szegje meg|ne kovesd|ne kovesse|ne tartsd|ne tartsa|tekintsd|tekintse|mellozd|mellozze|ne vedd figyelembe|ne vegye figyelembe|ne engedelmeskedj\w*|vond vissza|vonja vissza|fuggeszd fel|fuggessze fel|tedd felre|tegye felre|ugord at|ird at|nullazd)\b.{{0,60}}({Utasitas}|\bamit\b.{{0,30}}\b(mondott|mondtak|irt|irtak|eloirt|eloirtak|adott|adtak|tanitott|tanitottak|programoztak)\b.{{0,12}}\bneked\b|\bamire programoztak)|{Utasitas}\w*\b.{{0,40}}\b(tekintsd|tekintse) (semmis|ervenytelen|targytalan|meg nem tortent)", Options, Timeout)),
        ("void_instructions_hu", new Regex(
            @"\b(szabaly|megkotes|korlat|korlatozas|iranyelv|tiltas|utasitas)\w*\b.{0,30}\bnem vonatkoz\w* rad\b|\b((eddigi|korabbi|regi|eredeti|elozo|kapott|fenti) (szabaly|utasitas|instrukcio|iranyelv|parancs)\w*|(szabalyaid|utasitasaid|instrukcioid|iranyelveid|parancsaid|korlataid|korlatozasaid)\w*)\b.{0,40}\b(nem ervenyes\w*|ervenytelen\w*|hatalyukat vesztett\w*|megszunt\w*|meg lettek szuntetve|semmis\w*|lejartak|nem vonatkoznak|fel vannak fuggesztve|le lettek cserelve|targytalan\w*)", Options, Timeout)),
        ("system_prompt_hu", new Regex(
            $@"(\b(rendszer ?prompt\w*|rendszer ?uzeneted\w*|rendszer ?utasitasaid\w*|system ?prompt\w*|kezdo ?(utasitas|prompt)\w*|eredeti (utasitas|prompt)\w*|rejtett (utasitas|prompt|szabaly)\w*|titkos (utasitas|prompt|szabaly)\w*|kapott (utasitas|prompt)\w*|promptod\w*|rendszeruzeneted\w*|(rejtett|titkos|belso|eredeti) (utasitasaid|szabalyaid|parancsaid)\w*|(utasitas|parancs|szabaly)\w* (kaptal|kapott|adtak)\b(?! (a|az) {ThirdParty})|(?<!{ThirdParty} )\b(kaptal|kapott)\b.{{0,20}}\b(utasitas|prompt)\w*)|^\W{{0,3}}(rendszer ?uzenet|rendszer|system|admin|developer|fejleszto|rendszergazda)\w*\W{{0,3}}\s*:)", Options | RegexOptions.Multiline, Timeout)),
        ("reveal_prompt_hu", new Regex(
            $@"\b(mutasd|mutassa|mutatnad|ird ki|irja ki|ird le|irja le|irnad|add meg|adja meg|add ki|adja ki|mondd el|mond el|mondja el|masold|masolja|masolnad|bemasolnad|ismeteld|ismetelje|listazd|listazza|kozold|arulj|arulja|arul el|arulnad|szivarogtasd|idezd|idezze|foglald ossze|forditsd le|sorold fel|kuldd el|dumpold|printeld|exportald|kodold)\b.{{0,40}}\b(az? )?(rendszer ?uzenet\w*|rendszer ?prompt\w*|system ?prompt\w*|konfiguracio\w*|utasitasaid\w*|parancsaid\w*|szabalyaid\w*|promptod\w*|promptja\w*|programozasod\w*|beallitasaid\w*|konfiguraciod\w*|(on|maga) (utasitasai|szabalyai|promptja)\w*|minden (utasitas|szabaly)\w*|fenti szoveg\w*|elotte levo szoveg\w*|utasitasokat,? amiket? kapt)", Options, Timeout)),
        ("role_override_hu", new Regex(
            @"(\b(mostantol|innentol|ezentul) (kezdve )?((te|maga|on) |a neved\b|(vagy|leszel)\b)|\blepj(en)? ki\b.{0,25}\b(szerep|karakter)\w*|\bmintha\b.{0,40}\b(szabalyaid|korlataid|korlatozasaid|iranyelveid|utasitasaid|tiltasaid|biztonsagi \w+)\b|\b(akinek|aki|akire|amelynek|aminek)\b.{0,15}\b(nincs|nincsenek|nem vonatkoz\w*|nem ismer|nem tart\w*|nem kotik)\b.{0,25}\b(szabaly|korlat|iranyelv|tiltas|cenzur)\w*|\bettol (a pillanattol|kezdve) (te|maga|on)\b|\bte (most|mar) (egy|nem)\b.{0,30}\b(vagy|asszisztens|ai|bot|model)|\bteg(yel|yen) ugy,? mintha\b.{0,60}\b(lennel|volnal|lenne|volna|lennenek|te|on|maga|nem|nincs|nincsenek|elfelejtetted|elfelejtette|\w+(aid|eid|od|ed))\b|\bjatsszuk (azt|el),? hogy\b|\bjatsszunk (egy )?szerepjatek\w*|\bviselkedj (ugy|mint)\b|\bkepzeld el,? hogy (te|mar|nincs|nincsenek)\b|\bmar nem (vagy|egy)\b.{0,30}\b(asszisztens|chatbot|bot|ai|robot|ugyfelszolgalat)|\bnem vagy tobbe\b|^\s*szerepjatek\w*\s*:|\bszerepet cserel\w*|\bbujj\b.{0,30}\bszerep\w*|\bbujj (bele|at)\b.{0,20}\bszerep)", Options, Timeout)),
        ("jailbreak_hu", new Regex(
            @"\b((lepj|lepjen|kapcsold|kapcsolja|kapcsolj|aktivald|aktivalja|engedelyezd|engedelyezze|inditsd|inditsa|valts|valtson|allitsd|allitsa|szimulald|szimulalja)\b.{0,25}\b(fejlesztoi|admin|adminisztratori|debug|jailbreak|korlatlan|cenzurazatlan|szuretlen|karbantartoi|root|isten|dan|teszt) ?(uzem)?mod\w*|(fejlesztoi|admin|adminisztratori|debug|jailbreak|korlatlan|cenzurazatlan|szuretlen|karbantartoi|root|isten) ?(uzem)?mod\w*\W{0,3}\s*(be(kapcsolva|kapcsolt)|aktivalva|aktiv|elinditva|engedelyezve)\b|(korlatlan|cenzurazatlan|szuretlen) ?(uzem)?mod\w*|(legyel|legy|valj|maradj) (\w+ )?(cenzurazatlan|korlatlan|szuretlen)\b|(valaszolj|valaszoljon|beszelj|mukodj|viselkedj|legyel|legy)\b.{0,30}\b(korlatozas|korlat|cenzura|szures|szabaly|szuro)\w* nelkul|(korlatozas|korlat|cenzura|szures|szabaly|szuro)\w* nelkul\w* (valaszolj|valaszoljon|beszelj|mukodj|viselkedj)|(korlatlan|cenzurazatlan|szuretlen|korlatozasmentes) (\w+ )?(ai|mi|asszisztens|modell|bot|chatbot|valasz)\w*|jailbreak\w*|(oldd|oldja|kapcsold|kapcsolja|tiltsd|tiltsa|iktasd|iktassa|fuggeszd|fuggessze|szuntesd|szuntesse) (fel|ki|le|meg)\b.{0,30}(korlatoz|szures|szurot|szuroid|szurok|cenzur|vedelm|biztonsag|moderac|guardrail)\w*|(deaktivald|deaktivalja|hatastalanitsd|hatastalanitsa|kerulj meg|kerulje meg)\b.{0,30}(korlatoz|szures|szurot|szuroid|szurok|cenzur|vedelm|biztonsag|moderac|guardrail)\w*)", Options, Timeout)),
        ("exfiltrate_hu", new Regex(
            @"\b(listazd|listazza|add ki|adja ki|kuldd el|kuldje el|mutasd|mutassa|ird ki|irja ki|exportald|exportalja|sorold fel|masold|kerdezd le|adj ki)\b.{0,40}\b((osszes|tobbi|mas|minden|egyeb)\s+(vasarlo|ugyfel|felhasznalo|vevo|megrendelo)\w*|(vasarlok|ugyfelek|felhasznalok|vevok|megrendelok)\w*\s+(e-?mail|telefon|cim|adat|nev|rendeles|jelszo|kartya)\w*|ugyfeladatbazis\w*|ugyfellist\w*)", Options, Timeout)),
        ("new_instructions_hu", new Regex(
            @"\b(uj|valodi|igazi|titkos|kovetkezo) (utasitas|parancs|feladat|szabaly)\w*\s*(:|a kovetkezo|ez|igy szol)", Options, Timeout)),

        // Social engineering through the chat: someone else's data, claimed staff authority, privileges no
        // shopper has. Each rule wants the request and its object together, so a shopper's own order, address
        // or coupon, or "my boss approved the purchase", stays clear of them.
        ("others_data_hu", new Regex(
            $@"\bmelyik (ugyfel|vasarlo|vevo|felhasznalo|megrendelo)\w*\b.{{0,30}}\b(rendel|vett|vasarol|fizet|kapt)\w*|\b{PersonalData}\b.{{0,40}}\baki\b.{{0,30}}\b(rendel|vett|vasarol|leadt|leadot)\w*|\b(elozo|masik|korabbi|tobbi) (felhasznalo|ugyfel|vasarlo|vevo|beszelgetopartner|latogato)\w*\b.{{0,40}}\b(beszelgetes|uzenet|cim|adat|rendeles|e-?mail|telefon|nev)\w*|\bnem (az )?enyem\b.{{0,80}}\b{ActOnOrder}|\b{ActOnOrder}.{{0,80}}\bnem (az )?enyem\b", Options, Timeout)),
        ("relatives_data_hu", new Regex(
            $@"(?s)^(?=.*\b{AskFor}\b).*?(\b{Relative}\b.{{0,80}}\b{PersonalData}\b|\b{PersonalData}\b.{{0,60}}\baz a {Relative}\b)", Options, Timeout)),
        ("others_data_en", new Regex(
            @"\bwhich (customer|user|buyer|shopper|person|client|people)s?\b.{0,20}\b(bought|ordered|purchased|paid for|got)\b|\bwho (else )?(bought|ordered|purchased)\b.{0,40}\b(address|name|e-?mail|phone|where|live)|\bmy (neighbou?r|husband|wife|partner|friend|boyfriend|girlfriend|ex|colleague|coworker|mum|mom|mother|dad|father|brother|sister|roommate|flatmate|neighbou?rs)'?s?\b.{0,80}\b(address|adress|e-?mail|phone( number)?|password|login|account details|personal (data|details))\b|\b(previous|last|other|another) (user|customer|shopper|person|visitor|buyer)'?s?\b.{0,30}\b(conversation|chat|messages?|address|e-?mail|phone|details|order|data)\b|\b(not mine|aren'?t mine|isn'?t mine|belongs? to someone else|someone else'?s order)\b", Options, Timeout)),
        ("staff_claim_hu", new Regex(
            @"(\b(kollega|munkatars|dolgozo|alkalmazott|rendszergazda|admin|adminisztrator|tulajdonos|uzletvezeto|boltvezeto|menedzser|futar)\w* vagyok\b|\bvagyok a (raktar|ugyfelszolgalat|logisztika|penzugy|marketing|it)\w*|\ba raktarbol\b).{0,120}\b(add meg|adja meg|add ki|adja ki|kuldd|kuldje|mutasd|mutassa|ird ki|irja ki|listazd|listazza|generalj|generaljon|allitsd|allitsa|hagyd jova|hagyja jova|engedelyezd|torold|torolje|modositsd|modositsa|mondd meg|mondja meg)\b", Options, Timeout)),
        ("staff_claim_en", new Regex(
            @"\b(i'?m|i am|im|this is)\b.{0,10}\b(from|with|in) (the )?(warehouse|support|it|security|management|dev|development|engineering|logistics|shipping|billing|head office|hq|accounts)( team| department| dept)?\b|\b(i'?m|i am|im|this is) (the |a |an |your )?(admin|administrator|developer|store owner|shop owner|sysadmin|system administrator|site owner)\b.{0,60}\b(give|send|show|list|print|reveal|export|dump|generate|create|set|change|disable|enable|override)\b", Options, Timeout)),
        ("privilege_hu", new Regex(
            @"\b(hagyd|hagyja|hagyjad) jova\b|\b(ird|irja|irj) (felul|at)\b.{0,40}\b(ar|arat|arakat|dij|dijat|osszeg|osszeget|vegosszeg\w*|kedvezmeny\w*)\b|\b(allitsd|allitsa|tedd|tegye|modositsd|modositsa|csokkentsd|csokkentse)\b.{0,40}\b(arat|dijat|osszeget|vegosszeget)\b.{0,20}\b(0|nulla|nullara|ingyenes\w*)|\b(generalj|generaljon|csinalj|csinaljon|keszits|keszitsen|adj|adjon|kuldj|kuldjon)\b.{0,30}\b(\d+|ket|harom|negy|ot|hat|tiz|tobb)\b.{0,20}\b(kupon|kod|kedvezmenykod|ajandekkartya|utalvany)\w*|\b(mukodo|ervenyes|uj|ingyen|ingyenes)\b.{0,15}\b(ajandekkartya|utalvany)\w*\s?kod\w*", Options, Timeout)),
        ("privilege_en", new Regex(
            @"\b(override|set|change|reduce|drop)\b.{0,30}\b(price|shipping( fee| cost)?|fee|total)\b.{0,15}\b(to )?(0|zero|free|nothing)\b|\b(working|valid|free|new|unused|fresh)\b.{0,20}\b(gift ?card|voucher)s?\b.{0,10}\bcodes?\b|\b(generate|create|make|give me|send me|i need)\b.{0,20}\b(\d+|two|three|four|five|six|ten|several|multiple|a few|more)\b.{0,30}\b(coupons?|codes?|discount codes?|vouchers?)\b", Options, Timeout)),
        ("debug_command", new Regex(
            @"(^|\s)/(debug|admin|config|show_?config|sudo|system|prompt|dev|root|override|reset|jailbreak|godmode)\b|--(show|dump|print|reveal)-?(prompt|config|system|instructions|rules)\b|^\W*debug (mode )?on\W*$|\bdebug\s*[=:]\s*(true|1|on)\b", Options | RegexOptions.Multiline, Timeout)),
        ("tool_listing", new Regex(
            @"\b(fuggveny|function|tool)\w*\b.{0,50}\b(hiv|meghiv|call|invoke|parameter|schema|sema|definicio|definition|signature|argument)\w*", Options, Timeout)),
        ("break_in_howto", new Regex(
            @"\b(hogyan|hogy|mikepp|mikent|hogy lehet)\b.{0,40}\b(feltor|meghekkel|hekkel|kijatsz|atver|feltorhet)\w*|\bhow (can|do|could|would|to) (i |we |one |you )?\b.{0,30}\b(hack|crack|exploit|break into|abuse|game|cheat|trick)\b.{0,30}\b(system|site|shop|store|coupons?|codes?|discounts?|checkout|bot|you)\b", Options, Timeout)),
    ];

    /// <summary>Names of the rules the folded text matches; empty when none does.</summary>
    public static IReadOnlyList<string> Match(string folded)
    {
        var matched = new List<string>();
        foreach (var (name, pattern) in Rules)
        {
            try
            {
                if (pattern.IsMatch(folded))
                {
                    matched.Add(name);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // The patterns' quantifiers are bounded, so only a starved CPU gets here: err towards the
                // shopper (the classifier still looks at the text) rather than refuse an ordinary message.
            }
        }

        return matched;
    }
}
