using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBuddy.Frontend.Tests.Api;

[Collection(FrontendCollection.Name)]
public sealed class ProductsApiTests(FrontendFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchAnswersWithTheUnderstoodFiltersAndMatchingProducts()
    {
        using var client = factory.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>(
            "/api/v1/products/search?q=" + Uri.EscapeDataString("van piros futócipő 40-es méretben 40 ezer alatt?") + "&limit=5", Ct);

        Assert.Equal(40000, body.GetProperty("filters").GetProperty("max_price").GetInt32());
        Assert.Equal("piros", body.GetProperty("filters").GetProperty("colours")[0].GetString());
        var first = body.GetProperty("results")[0];
        Assert.Contains("futócipő", first.GetProperty("name").GetString());
        Assert.Contains("piros", first.GetProperty("name").GetString());
        Assert.All(body.GetProperty("results").EnumerateArray(), r =>
            Assert.True((r.GetProperty("sale_price").ValueKind == JsonValueKind.Number ? r.GetProperty("sale_price").GetInt32() : r.GetProperty("price").GetInt32()) <= 40000));
        foreach (var field in new[] { "sku", "name", "category", "brand", "price", "sale_price", "currency", "in_stock", "url", "score" })
        {
            Assert.True(first.TryGetProperty(field, out _), $"missing {field}");
        }
    }

    [Fact]
    public async Task AProductIsFoundBySkuAndAnUnknownSkuIsAProblem()
    {
        using var client = factory.CreateClient();

        var product = await client.GetFromJsonAsync<JsonElement>("/api/v1/products/FC-1003", Ct);
        using var missing = await client.GetAsync("/api/v1/products/NOPE-404", Ct);

        Assert.Equal("FC-1003", product.GetProperty("sku").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "",
        "   ",
        new string('a', 10 * 1024),
        "🙂🙂🙂🔥",
        "' OR '1'='1'; DROP TABLE products; --",
        "futócipő\u0000\u0001\u001b[31m",
        "a & b | !c :* <-> ( ))",
        "%00%27%22",
        "<script>alert(1)</script>",
        "\u202e\u200b\ufeff",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task HostileQueriesGetAClearAnswerNeverAServerError(string query)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/products/search?q=" + Uri.EscapeDataString(query), Ct);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {query[..Math.Min(20, query.Length)]}");
        if (response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(JsonValueKind.Array, body.GetProperty("results").ValueKind);
        }
        else
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=1000")]
    [InlineData("limit=abc")]
    public async Task AnInvalidLimitIsABadRequest(string limit)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/products/search?q=sator&" + limit, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
