using System.Net;
using System.Text;
using System.Text.Json;
using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Tests.Emulators.Shops;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Frontend.Tests.Webhooks;

[Collection(FrontendCollection.Name)]
public sealed class ShopWebhooksApiTests(FrontendFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASignedUnasWebhookIsAcceptedOnceAndRefetchesItsOrder()
    {
        await using var unas = await UnasEmulator.StartAsync(ShopSeed.Generate(products: 30, orders: 20, DateTimeOffset.UtcNow));
        using var client = factory.CreateClient();
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IShopTenantGrain>("unas-hooks").ConfigureSyncAsync(new ShopSyncSettings(
            new ShopConnection(ShopPlatform.Unas, unas.BaseUrl, null, UnasEmulator.ApiKey, "vip", UnasEmulator.WebhookSecret)));
        var order = unas.Shop.Orders[3];
        var body = JsonSerializer.Serialize(new { shopID = "1000", @event = "order_status_modify", orderKey = order.Number });

        using var first = await PostAsync(client, "/webhooks/shops/unas-hooks/unas", body, UnasEmulator.Sign(body));
        using var again = await PostAsync(client, "/webhooks/shops/unas-hooks/unas", body, UnasEmulator.Sign(body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("accepted", await first.Content.ReadAsStringAsync(Ct));
        Assert.Contains("duplicate", await again.Content.ReadAsStringAsync(Ct));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        // The synchronizer writes the order and then marks its source: wait for the finished row.
        while (await factory.Database.ScalarAsync<long>("SELECT count(*) FROM orders WHERE shop_id = 'unas-hooks' AND number = $1 AND source = 'unas'", order.Number) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }

        Assert.Equal("unas", await factory.Database.ScalarAsync<string>("SELECT source FROM orders WHERE shop_id = 'unas-hooks' AND number = $1", order.Number));
    }

    [Fact]
    public async Task AWebhookWithAWrongSignatureIsRefused()
    {
        await using var unas = await UnasEmulator.StartAsync(ShopSeed.Generate(products: 5, orders: 5, DateTimeOffset.UtcNow));
        using var client = factory.CreateClient();
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IShopTenantGrain>("unas-forged").ConfigureSyncAsync(new ShopSyncSettings(
            new ShopConnection(ShopPlatform.Unas, unas.BaseUrl, null, UnasEmulator.ApiKey, "vip", UnasEmulator.WebhookSecret)));

        using var forged = await PostAsync(client, "/webhooks/shops/unas-forged/unas", """{"orderKey":"x"}""", UnasEmulator.Sign("""{"orderKey":"y"}"""));
        using var unsigned = await PostAsync(client, "/webhooks/shops/unas-forged/unas", """{"orderKey":"x"}""", null);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/webhooks/shops/demo/woocommerce", HttpStatusCode.NotFound)]
    [InlineData("/webhooks/shops/demo/unas", HttpStatusCode.NotFound)]
    [InlineData("/webhooks/shops/no-such-shop/shoprenter", HttpStatusCode.NotFound)]
    public async Task WebhooksForUnknownPlatformsOrUnconnectedShopsAreProblemDetails(string path, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();

        using var response = await PostAsync(client, path, "{}", null);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("X-Unas-Hmac", signature);
        }

        return await client.SendAsync(request, Ct);
    }
}
