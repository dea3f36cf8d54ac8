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

    private const string Instructions = @"(instruction|prompt|rule|directive|guideline|guardrail|command|programming|system message|restriction|safety filter|content filter|filters)";
    private const string Utasitas = @"(utasitas|instrukcio|szabaly|rendszeruzenet|rendszerprompt|prompt|parancs|korlatoz|iranyelv|programoz)";

    private static readonly (string Name, Regex Pattern)[] Rules =
    [
        ("ignore_instructions_en", new Regex(
            $@"\b(ignore|disregard|forget|override|overwrite|bypass|abandon|discard|neglect|stop following)\b.{{0,60}}\b{Instructions}", Options, Timeout)),
        ("ignore_everything_en", new Regex(
            @"\b(ignore|disregard|forget)\b\s+(all|everything|anything|what)\b.{0,25}\b(before|above|previous(ly)?|prior|earlier|said|told)\b", Options, Timeout)),
        ("new_instructions_en", new Regex(
            @"\b(new|updated|real|actual|secret|hidden|override)\s+(instructions?|task|rules|prompt|directive)\s*(:|are|is|follow)", Options, Timeout)),
        ("system_prompt_en", new Regex(
            @"\b(system|initial|original|hidden|secret|developer)\s*-?\s*(prompt|message|instructions?)\b|\b(the|your) (hidden|secret|internal|original|initial) (rules|guidelines|directives|configuration)\b", Options, Timeout)),
        ("reveal_prompt_en", new Regex(
            @"\b(reveal|show|print|repeat|output|display|tell|leak|dump|give|write|share|spell out|list|copy|translate|summari[sz]e|explain)\b.{0,30}\b(your|the (initial|original|hidden|secret|system|above|previous|first|exact))\s+(prompt|instructions|configuration|programming|system message|text)|\b(repeat|print|output|copy)\b.{0,30}\b(text|words|everything) (before|above)\b", Options, Timeout)),
        ("role_override_en", new Regex(
            @"\b(you are now|from now on,? you|you will now act|you're now|pretend (to be|that you are|you are|you're|you have no|that you have no)|act as (an? )?(unrestricted|unfiltered|uncensored|evil|jailbroken|different|new)|roleplay as|role-play as|you are no longer|stop being (a|an|the) (assistant|chatbot|bot))", Options, Timeout)),
        ("jailbreak_en", new Regex(
            @"\b(do anything now|jailbreak\w*|developer mode|dev mode|god mode|dan mode|dude mode|stan mode|no (restrictions|limitations|filters|rules) (apply|mode)|without (any )?(restrictions|limitations|filters|censorship|rules)|(unrestricted|uncensored|unfiltered) (ai|mode|assistant|model))\b", Options, Timeout)),
        ("dan", new Regex(
            @"(\b(you are|you're|act as|become|be|te vagy|legyel|legy|viselkedj|jatszd el)\b.{0,15}\bdan\b|\bdan\b\s*(mode|mod|modban|prompt|\d+(\.\d+)?\b)|\bdan,? (which|aki|ami)\b)", Options, Timeout)),
        ("delimiter", new Regex(
            @"(<\|?(im_start|im_end|system|endoftext|end_of_turn|start_of_turn)\|?>|\[/?(inst|system|sys)\]|<</?sys>>|</?(system|instructions?)>|^\s*(system|assistant)\s*:|(\n|^)#{2,}\s*(system|instructions?|end|rendszer)|-{3,}\s*(end of|vege)\b)", Options | RegexOptions.Multiline, Timeout)),
        ("ignore_instructions_hu", new Regex(
            $@"\b(hagyd|hagyja|hagyjad|(el)?felejts\w*|(el)?felejtheted|(el)?felejtheti|ignorald|ignoralja|ignoraljad|figyelmen kivul hagyva|figyelmen kivul hagyhat\w*|ne torodj|ne torodjon|ne foglalkozz|ne foglalkozzon|dobd|dobja|tekints el|tekintsen el|irj felul|ird felul|irja felul|felulirom|felulirjuk|szegd meg|szegje meg|ne kovesd|ne kovesse|ne tartsd|ne tartsa)\b.{{0,60}}{Utasitas}", Options, Timeout)),
        ("system_prompt_hu", new Regex(
            @"\b(rendszer ?(uzenet|prompt|utasitas)\w*|system ?prompt\w*|kezdo ?(utasitas|prompt)\w*|eredeti (utasitas|prompt)\w*|rejtett (utasitas|prompt|szabaly)\w*|titkos (utasitas|prompt|szabaly)\w*|kapott (utasitas|prompt)\w*|promptod\w*|rendszeruzeneted\w*|(rejtett|titkos|belso|eredeti) (utasitasaid|szabalyaid|parancsaid)\w*|(utasitas|parancs|szabaly)\w* (kaptal|kapott|adtak)\b|\b(kaptal|kapott)\b.{0,20}\b(utasitas|prompt)\w*)", Options, Timeout)),
        ("reveal_prompt_hu", new Regex(
            $@"\b(mutasd|mutassa|ird ki|irja ki|ird le|irja le|add meg|adja meg|mondd el|mond el|mondja el|masold|masolja|ismeteld|ismetelje|listazd|listazza|kozold|arulj|arulja|arul el|szivarogtasd|idezd|idezze)\b.{{0,40}}\b(az? )?(utasitasaid\w*|parancsaid\w*|szabalyaid\w*|promptod\w*|promptja\w*|programozasod\w*|beallitasaid\w*|konfiguraciod\w*|(on|maga) (utasitasai|szabalyai|promptja)\w*|minden (utasitas|szabaly)\w*|fenti szoveg\w*|elotte levo szoveg\w*|utasitasokat,? amiket? kapt)", Options, Timeout)),
        ("role_override_hu", new Regex(
            @"(\bmostantol (kezdve )?((te|maga|on) |a neved\b|(vagy|leszel)\b)|\bettol (a pillanattol|kezdve) (te|maga|on)\b|\bte (most|mar) (egy|nem)\b.{0,30}\b(vagy|asszisztens|ai|bot|model)|\btegyel ugy,? mintha\b|\btegyen ugy,? mintha\b|\bjatsszuk (azt|el),? hogy\b|\bjatsszunk (egy )?szerepjatek\w*|\bviselkedj (ugy|mint)\b|\bkepzeld el,? hogy (te|mar|nincs|nincsenek)\b|\bmar nem (vagy|egy)\b.{0,30}\b(asszisztens|chatbot|bot|ai|robot|ugyfelszolgalat)|\bnem vagy tobbe\b|^\s*szerepjatek\w*\s*:|\bszerepet cserel\w*|\bbujj\b.{0,30}\bszerep\w*|\bbujj (bele|at)\b.{0,20}\bszerep)", Options, Timeout)),
        ("jailbreak_hu", new Regex(
            @"\b((fejlesztoi|admin|adminisztratori|debug|jailbreak|korlatlan|cenzurazatlan|szuretlen) ?mod\w*|(legyel|legy|valj|maradj) (\w+ )?(cenzurazatlan|korlatlan|szuretlen)\b|(valaszolj|valaszoljon|beszelj|mukodj|viselkedj|legyel|legy)\b.{0,30}\b(korlatozas|korlat|cenzura|szures|szabaly|szuro)\w* nelkul|(korlatozas|korlat|cenzura|szures|szabaly|szuro)\w* nelkul\w* (valaszolj|valaszoljon|beszelj|mukodj|viselkedj)|(korlatlan|cenzurazatlan|szuretlen|korlatozasmentes) (\w+ )?(ai|mi|asszisztens|modell|bot|chatbot|valasz)\w*|jailbreak\w*|(oldd|oldja|kapcsold|kapcsolja) (fel|ki|le)\b.{0,30}\b(korlatoz|szur|cenzur|vedelm|biztonsag)\w*)", Options, Timeout)),
        ("new_instructions_hu", new Regex(
            @"\b(uj|valodi|igazi|titkos|kovetkezo) (utasitas|parancs|feladat|szabaly)\w*\s*(:|a kovetkezo|ez|igy szol)", Options, Timeout)),
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
