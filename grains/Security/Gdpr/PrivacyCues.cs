using System.Text.RegularExpressions;

namespace ChatBuddy.Grains.Security.Gdpr;

/// <summary>
/// Keyword cues for data-subject requests in Hungarian and English, accented or not ("kérem az
/// adataimat", "töröljétek az adataimat", "delete my data"). Cheaper and more predictable than a new
/// classifier route, and a false positive only costs one polite question.
/// </summary>
public static partial class PrivacyCues
{
    public static PrivacyRequestKind? Request(string text)
    {
        var folded = Fold(text);
        var myDataHu = HungarianMyData().IsMatch(folded);
        var myDataEn = EnglishMyData().IsMatch(folded);
        if (Changing().IsMatch(folded))
        {
            return null;
        }

        if ((myDataHu && HungarianDelete().IsMatch(folded)) || (myDataEn && EnglishDelete().IsMatch(folded)) || ForgetMe().IsMatch(folded))
        {
            return PrivacyRequestKind.Erasure;
        }

        if ((myDataHu && HungarianAsk().IsMatch(folded)) || (myDataEn && EnglishAsk().IsMatch(folded)))
        {
            return PrivacyRequestKind.Export;
        }

        return null;
    }

    public static bool IsCancel(string text) => Cancel().IsMatch(Fold(text));

    public static bool IsErasureConfirmation(string text)
    {
        var folded = Fold(text);
        return (Yes().IsMatch(folded) && (HungarianDelete().IsMatch(folded) || EnglishDelete().IsMatch(folded))) || folded.Trim(' ', '.', '!') is "igen" or "yes";
    }

    public static string? Code(string text) => CodePattern().Match(text) is { Success: true } m ? m.Groups[1].Value + m.Groups[2].Value : null;

    public static string Fold(string text) => Catalog.Search.TextFolding.Fold(text);

    [GeneratedRegex(@"\badataim\w*|\bszemelyes adat\w*|\brolam\b.*\badat\w*|\badat\w*.*\brolam\b|\bgdpr\b")]
    private static partial Regex HungarianMyData();

    [GeneratedRegex(@"\bmy (personal )?(data|information|details|account)\b|\bpersonal data\b|\bdata (you|u) (have|hold|store|keep)\b|\bgdpr\b")]
    private static partial Regex EnglishMyData();

    [GeneratedRegex(@"\btorol\w*|\btorl\w*|\bmegsemmisit\w*")]
    private static partial Regex HungarianDelete();

    [GeneratedRegex(@"\b(delete|erase|remove|wipe)\b")]
    private static partial Regex EnglishDelete();

    [GeneratedRegex(@"\bforget me\b|\bright to be forgotten\b|\belfelejtes\w*")]
    private static partial Regex ForgetMe();

    [GeneratedRegex(@"\b(ker\w*|kiker\w*|kuld\w*|letolt\w*|export\w*|megkap\w*|lat\w*|tarol\w*|masolat\w*|gdpr)\b")]
    private static partial Regex HungarianAsk();

    [GeneratedRegex(@"\b(export|download|send|copy|get|see|access|request|want|what|give)\b")]
    private static partial Regex EnglishAsk();

    [GeneratedRegex(@"\b(modosit\w*|frissit\w*|valtoztat\w*|change|update|correct)\b")]
    private static partial Regex Changing();

    [GeneratedRegex(@"^\W*(megse|megsem|megszakit\w*|megszuntet\w*|cancel|stop|nem|no)\b")]
    private static partial Regex Cancel();

    [GeneratedRegex(@"\b(igen|yes)\b")]
    private static partial Regex Yes();

    [GeneratedRegex(@"(?<!\d)(\d{3})[ -]?(\d{3})(?!\d)")]
    private static partial Regex CodePattern();
}
