using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ChatBuddy.Frontend.Tests.Api;

[Collection(FrontendCollection.Name)]
public sealed class ShopsApiTests(FrontendFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDemoShopServesItsHungarianPolicyPages()
    {
        using var client = factory.CreateClient();

        var policies = await client.GetFromJsonAsync<JsonElement>("/api/v1/shops/demo/policies", Ct);
        var shipping = await client.GetFromJsonAsync<JsonElement>("/api/v1/shops/demo/policies/shipping", Ct);

        Assert.Equal(
            ["contact", "payment", "returns", "shipping", "warranty"],
            policies.EnumerateArray().Select(p => p.GetProperty("kind").GetString()).Order());
        Assert.Contains("Ft", shipping.GetProperty("body").GetString());
    }

    [Theory]
    [InlineData("/api/v1/shops/no-such-shop", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/shops/DROP%20TABLE%20users", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/shops/demo/policies/refund-everything", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/shops/demo/carts/not-a-guid", HttpStatusCode.NotFound)]
    public async Task UnknownThingsAreProblemDetailsNotErrors(string path, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ACartTakesPricesFromTheCatalogue()
    {
        using var client = factory.CreateClient();
        var sku = await factory.Database.ScalarAsync<string>(
            "SELECT sku FROM products WHERE shop_id = 'demo' AND stock > 2 AND sale_price IS NOT NULL ORDER BY sku LIMIT 1");
        var salePrice = await factory.Database.ScalarAsync<int>("SELECT sale_price FROM products WHERE shop_id = 'demo' AND sku = $1", sku!);
        var cart = Guid.NewGuid();

        using var response = await client.PostAsJsonAsync($"/api/v1/shops/demo/carts/{cart}/items", new { sku, quantity = 2, unit_price = 1 }, Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(salePrice, body.GetProperty("lines")[0].GetProperty("unit_price").GetInt32());
        Assert.Equal(2 * salePrice, body.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("{\"sku\":\"NOPE-1\"}", HttpStatusCode.NotFound)]
    [InlineData("{\"sku\":\"\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"sku\":\"x\",\"quantity\":1000}", HttpStatusCode.BadRequest)]
    [InlineData("{\"sku\":", HttpStatusCode.BadRequest)]
    [InlineData("[]", HttpStatusCode.BadRequest)]
    public async Task BadCartRequestsGetClearProblems(string json, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync($"/api/v1/shops/demo/carts/{Guid.NewGuid()}/items", content, Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
