using System.Text;
using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Carts;
using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Tenants;

namespace ChatBuddy.Grains.Tests.Carts;

[Collection(ClusterCollection.Name)]
public sealed class CustomerCartGrainTests(ClusterFixture fixture) : IAsyncLifetime
{
    private const string Shop = "cart-shop";

    public async ValueTask InitializeAsync()
    {
        await new ShopRepository(fixture.Database.DataSource).EnsureAsync(Shop, "Kosár bolt");
        var lines = """
            {"sku":"C-1","name":"Bögre","price":2990,"sale_price":1990,"stock":5}
            {"sku":"C-2","name":"Teáskanna","price":8990,"stock":0}
            """;
        await new ProductImporter(fixture.Database.DataSource).ImportAsync(Shop, new MemoryStream(Encoding.UTF8.GetBytes(lines)));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task NameAndPriceComeFromTheCatalogue()
    {
        var cart = Cart();

        var result = await cart.AddItemAsync("C-1", 2);

        Assert.True(result.Succeeded);
        var line = Assert.Single(result.Cart.Lines);
        Assert.Equal(("Bögre", 1990, 2), (line.Name, line.UnitPrice, line.Quantity));
        Assert.Equal(3980, result.Cart.Total);
    }

    [Fact]
    public async Task UnknownProductsStockAndQuantitiesAreRefusedWithoutChangingTheCart()
    {
        var cart = Cart();

        Assert.Equal(CartError.UnknownProduct, (await cart.AddItemAsync("NOPE", 1)).Error);
        Assert.Equal(CartError.OutOfStock, (await cart.AddItemAsync("C-2", 1)).Error);
        Assert.Equal(CartError.InvalidQuantity, (await cart.AddItemAsync("C-1", 0)).Error);
        Assert.Equal(CartError.OutOfStock, (await cart.AddItemAsync("C-1", 6)).Error);
        Assert.Empty((await cart.GetAsync()).Lines);
    }

    [Fact]
    public async Task ACartIsPersistedAndArmsTheAbandonedCartReminder()
    {
        var id = Guid.NewGuid();
        var cart = Cart(id);

        await cart.AddItemAsync("C-1", 1);
        await fixture.DeactivateAllAsync();

        Assert.Single((await cart.GetAsync()).Lines);
        Assert.Equal(1, await fixture.Database.ScalarAsync<int>(
            "SELECT count(*) FROM orleansreminderstable WHERE remindername = 'abandoned-cart' AND grainid LIKE '%' || $1 || '%'", id.ToString()));
    }

    [Fact]
    public async Task CheckingOutStopsFollowUpsAndClosesTheCart()
    {
        var id = Guid.NewGuid();
        var cart = Cart(id);
        await cart.AddItemAsync("C-1", 1);

        var ordered = await cart.CheckOutAsync("HB-99999");

        Assert.Equal("HB-99999", ordered.Cart.OrderNumber);
        Assert.Equal(CartError.AlreadyOrdered, (await cart.AddItemAsync("C-1", 1)).Error);
        Assert.Equal(0, await fixture.Database.ScalarAsync<int>(
            "SELECT count(*) FROM orleansreminderstable WHERE grainid LIKE '%' || $1 || '%'", id.ToString()));
    }

    private ICustomerCartGrain Cart(Guid? id = null) =>
        fixture.Cluster.Client.GetGrain<ICustomerCartGrain>(GrainKeys.ForShop(Shop, (id ?? Guid.NewGuid()).ToString()));
}
