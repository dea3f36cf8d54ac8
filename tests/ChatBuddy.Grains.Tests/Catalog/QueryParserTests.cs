using ChatBuddy.Grains.Catalog.Search;

namespace ChatBuddy.Grains.Tests.Catalog;

public sealed class QueryParserTests
{
    private static readonly ShopLexicon Lexicon = new(
        new Dictionary<string, string> { ["stridana"] = "Stridana", ["brewline"] = "Brewline" },
        new Dictionary<string, string> { ["futocipo"] = "Sport > Futócipők", ["kavefozo"] = "Konyha > Kávéfőzők", ["sator"] = "Kemping > Sátrak" });

    [Theory]
    [InlineData("van piros futócipő 20 ezer alatt?", null, 20000)]
    [InlineData("futocipo 15e Ft-ig", null, 15000)]
    [InlineData("kávéfőző max 30000 forint", null, 30000)]
    [InlineData("sátor 10–20 ezer között", 10000, 20000)]
    [InlineData("sator 10-20 ezer kozott", 10000, 20000)]
    [InlineData("fejhallgató 5000 és 10000 Ft között", 5000, 10000)]
    [InlineData("telefon 50 000 Ft felett", 50000, null)]
    [InlineData("parfüm legalább 15 ezer", 15000, null)]
    [InlineData("kabát 20.000 Ft alatt", null, 20000)]
    [InlineData("hátizsák 8000-ig", null, 8000)]
    [InlineData("olcsóbb mint 12000 forint", null, 12000)]
    [InlineData("running shoes under 25000", null, 25000)]
    [InlineData("tent between 20000 and 40000", 20000, 40000)]
    [InlineData("babakocsi 100 ezerig", null, 100000)]
    [InlineData("legfeljebb 9990 ft-os bögre", null, 9990)]
    [InlineData("5000-től 10000-ig", 5000, 10000)]
    [InlineData("20k alatti fülhallgató", null, 20000)]
    public void PriceLimitsAreUnderstoodInEveryCommonForm(string query, int? min, int? max)
    {
        var filters = QueryParser.Parse(query, Lexicon).Filters;

        Assert.Equal((min, max), (filters.MinPrice, filters.MaxPrice));
    }

    [Theory]
    [InlineData("3 személyes sátor")]
    [InlineData("40-es futócipő")]
    [InlineData("1350 W kávéfőző")]
    [InlineData("2 literes termosz")]
    [InlineData("iPhone 15")]
    public void NumbersThatAreNotPricesAreNotPriceLimits(string query)
    {
        var filters = QueryParser.Parse(query, Lexicon).Filters;

        Assert.Equal((null, null), (filters.MinPrice, filters.MaxPrice));
    }

    [Theory]
    [InlineData("van piros futócipő 40-es méretben?", "piros", "40")]
    [InlineData("pirosat keresek 38-as", "piros", "38")]
    [InlineData("kékben is van 42es?", "kék", "42")]
    [InlineData("sötétkék kabát M-es", "sötétkék", "M")]
    [InlineData("feketét XL méretben", "fekete", "XL")]
    [InlineData("fehéret méret 39", "fehér", "39")]
    [InlineData("red running shoes size 44", "piros", "44")]
    [InlineData("piros férfi futócipő 42", "piros", "42")]
    public void ColourAndSizeAreFound(string query, string colour, string size)
    {
        var filters = QueryParser.Parse(query, Lexicon).Filters;

        Assert.Equal([colour], filters.Colours);
        Assert.Equal([size], filters.Sizes);
    }

    [Theory]
    [InlineData("női futócipő", "női")]
    [InlineData("noi futocipo", "női")]
    [InlineData("futócipő nőknek", "női")]
    [InlineData("férfi kabát", "férfi")]
    [InlineData("ferfiaknak polo", "férfi")]
    [InlineData("gyerek hátizsák", "gyerek")]
    [InlineData("women's running shoes", "női")]
    [InlineData("mens jacket", "férfi")]
    public void GenderIsFound(string query, string gender)
    {
        Assert.Equal(gender, QueryParser.Parse(query, Lexicon).Filters.Gender);
    }

    [Fact]
    public void StockSaleCheapAndBrandAreFound()
    {
        var filters = QueryParser.Parse("akciós Brewline kávéfőző raktáron, olcsó", Lexicon).Filters;

        Assert.True(filters.OnSale);
        Assert.True(filters.InStock);
        Assert.True(filters.Cheap);
        Assert.Equal(["Brewline"], filters.Brands);
        Assert.Equal(["Konyha > Kávéfőzők"], filters.Categories);
    }

    [Theory]
    [InlineData("futócipőt", "futocipo")]
    [InlineData("futocipot", "futocipo")]
    [InlineData("kávéfőzőre", "kavefozo")]
    [InlineData("sátrakat", "sator")]
    [InlineData("fejhallgatók", "fejhallgato")]
    [InlineData("hátizsákot", "hatizsak")]
    public void InflectedWordsStemToAPrefixOfTheDictionaryWord(string word, string dictionaryWord)
    {
        var stem = Assert.Single(QueryParser.Parse(word, Lexicon).FoldedStems);

        Assert.StartsWith(stem, dictionaryWord);
        Assert.True(stem.Length >= 4);
    }

    [Fact]
    public void FillerWordsAreDroppedAndSynonymsAdded()
    {
        var parsed = QueryParser.Parse("van nálatok valami jó mobil?", Lexicon);

        Assert.Equal(["mobil"], parsed.Terms);
        Assert.Contains("telefon", parsed.Expansions);
        Assert.Equal("hu", parsed.Language);
    }

    [Fact]
    public void EnglishQueriesAreTranslatedAndMarked()
    {
        var parsed = QueryParser.Parse("cheap coffee machine", Lexicon);

        Assert.Contains("kávéfőző", parsed.Expansions);
        Assert.True(parsed.Filters.Cheap);
        Assert.Equal("en", parsed.Language);
    }
}
