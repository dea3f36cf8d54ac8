using ChatBuddy.Grains.Assistant.Grounding;
using ChatBuddy.Grains.Assistant.Language;
using ChatBuddy.Grains.Assistant.Slots;
using ChatBuddy.Grains.Assistant.Tools;

namespace ChatBuddy.Grains.Tests.Assistant;

public sealed class HungarianTextTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Theory]
    [InlineData("Adidas futócipő", "az Adidas futócipő")]
    [InlineData("Nike futócipő", "a Nike futócipő")]
    [InlineData("1 termék", "az 1 termék")]
    [InlineData("5 termék", "az 5 termék")]
    [InlineData("10 termék", "a 10 termék")]
    [InlineData("1000 forint", "az 1000 forint")]
    [InlineData("HB-20731", "a HB-20731")]
    [InlineData("SMS", "az SMS")]
    [InlineData("Őrző", "az Őrző")]
    public void TheArticleFollowsTheSoundOfTheNextWord(string word, string expected) =>
        Assert.Equal(expected, HungarianGrammar.WithArticle(word, capital: false));

    [Theory]
    [InlineData("hol tart a rendelesem", "hu")]
    [InlineData("Hol tart a rendelésem?", "hu")]
    [InlineData("where is my order", "en")]
    [InlineData("HB-20001", null)]
    public void TheLanguageIsTakenFromTheWords(string text, string? language) =>
        Assert.Equal(language, LanguageDetector.Detect(text));

    [Fact]
    public void SlotsAreExtractedFromUnaccentedMixedText()
    {
        var slots = SlotExtractor.Extract("a hb20731 rendelesem, email: Kiss.Anna@Example.hu, tel 06 30 123 4567, 20 ezer alatt, piros 40-es, holnap", Today);

        Assert.Equal(["HB-20731"], slots.OrderNumbers);
        Assert.Equal(["kiss.anna@example.hu"], slots.Emails);
        Assert.Equal(["+36301234567"], slots.Phones);
        Assert.Equal(20000, slots.MaxPrice);
        Assert.Contains("piros", slots.Colours);
        Assert.Contains("40", slots.Sizes);
        Assert.Contains(Today.AddDays(1), slots.Dates);
    }

    [Theory]
    [InlineData("hol tart a 104522-es rendelésem?", "104522")]
    [InlineData("rendelésszám: 104522", "104522")]
    [InlineData("a rendelesem szama 104522", "104522")]
    [InlineData("where is order #104522?", "104522")]
    [InlineData("104522 számú rendelés", "104522")]
    public void DigitOnlyOrderNumbersAreRecognisedNextToAnOrderWord(string text, string number) =>
        Assert.Equal([number], SlotExtractor.OrderNumbers(text));

    [Theory]
    [InlineData("van 1000 darabos kirakós?")]
    [InlineData("a telefonszámom 06 30 123 4567")]
    [InlineData("20000 Ft alatt van futócipő?")]
    public void OtherNumbersAreNotOrderNumbers(string text) =>
        Assert.Empty(SlotExtractor.OrderNumbers(text));

    [Theory]
    [InlineData("a másodikat kérem", 2)]
    [InlineData("az utolsot", -1)]
    [InlineData("the third one", 3)]
    [InlineData("van 1000 darabos kirakós?", null)]
    public void ReferencesToAListedItemAreRecognised(string text, int? ordinal)
    {
        Assert.Equal(ordinal, SlotExtractor.Ordinal(text));
        Assert.Empty(SlotExtractor.OrderNumbers(text));
    }

    [Fact]
    public void ANumberTheToolsDidNotReturnIsUngrounded()
    {
        var product = new ProductFact(1, "FC-1", "Futócipő", null, null, 32990, 27990, "HUF", true, null);
        var check = new GroundingCheck([new ProductListResult("futócipő", "search", [product], null, null)], ["van futócipő 30 ezer alatt?"]);

        Assert.Empty(check.Ungrounded("A Futócipő ára 27 990 Ft (eredetileg 32.990 Ft), 30 ezer alatt."));
        Assert.Equal([19990L], check.Ungrounded("Most csak 19 990 Ft!"));
        Assert.Equal([15L], check.Ungrounded("15% kedvezménnyel."));
        Assert.Empty(check.Ungrounded("3 terméket találtam."));
    }
}
