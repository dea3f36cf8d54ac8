using ChatBuddy.Grains.Shops;
using ChatBuddy.Grains.Shops.Unas;
using ChatBuddy.Tests.Emulators.Shops;

namespace ChatBuddy.Grains.Tests.Shops;

public sealed class UnasAdapterTests
{
    [Fact]
    public async Task ProductsComeInPagesOfAThousandAndEachCallIsCountedAgainstTheHourlyBudget()
    {
        await using var emulator = await UnasEmulator.StartAsync(ShopSeed.Generate(products: 2500, orders: 30, DateTimeOffset.UtcNow));
        using var services = Adapters.Services();
        var budget = new UnasCallBudget("vip", TimeProvider.System);
        await using var adapter = services.Create(Adapters.Unas(emulator), budget);

        var products = await adapter.ProductsAsync(null, TestContext.Current.CancellationToken).AllAsync();

        Assert.Equal(2500, products.Count);
        Assert.Equal(3, emulator.CallsInHour("getProduct:many"));
        Assert.Equal(87, budget.Remaining("getProduct", many: true));
        Assert.Equal(1, emulator.Logins);
        Assert.Contains(products, p => p.ParentExternalId is not null);
        Assert.All(products, p => Assert.Equal(27m, p.TaxRate));
    }

    [Fact]
    public async Task TheLoginTokenIsReusedAcrossCalls()
    {
        await using var emulator = await UnasEmulator.StartAsync(ShopSeed.Generate(products: 20, orders: 10, DateTimeOffset.UtcNow));
        using var services = Adapters.Services();
        await using var adapter = services.Create(Adapters.Unas(emulator));

        await adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync();
        await adapter.ProductsAsync(null, TestContext.Current.CancellationToken).AllAsync();
        await adapter.CustomersAsync(null, TestContext.Current.CancellationToken).AllAsync();

        Assert.Equal(1, emulator.Logins);
    }

    [Fact]
    public async Task PseudoItemsBecomeShippingAndDiscountLines()
    {
        await using var emulator = await UnasEmulator.StartAsync(ShopSeed.Generate(products: 50, orders: 200, DateTimeOffset.UtcNow));
        using var services = Adapters.Services();
        await using var adapter = services.Create(Adapters.Unas(emulator));

        var orders = await adapter.OrdersAsync(null, TestContext.Current.CancellationToken).AllAsync();

        Assert.Equal(200, orders.Count);
        var seeded = emulator.Shop.Orders.First(o => o.ShippingFee > 0 && o.Discount > 0);
        var order = orders.Single(o => o.ExternalId == seeded.Number);
        Assert.Equal(seeded.Items.Count, order.Items.Count(i => i.Kind == OrderItemKind.Product));
        Assert.Equal(1490m, order.Items.Single(i => i.Kind == OrderItemKind.Shipping).UnitGross);
        Assert.True(order.Items.Single(i => i.Kind == OrderItemKind.Discount).UnitGross < 0);
    }

    [Fact]
    public async Task AnExhaustedBudgetStopsBeforeCallingUnasAndSaysWhenToRetry()
    {
        await using var emulator = await UnasEmulator.StartAsync(ShopSeed.Generate(products: 20, orders: 10, DateTimeOffset.UtcNow), vip: false);
        using var services = Adapters.Services();
        var now = DateTimeOffset.UtcNow;
        var used = Enumerable.Range(0, 30).Select(i => now.AddMinutes(-50).AddSeconds(i)).ToList();
        var budget = new UnasCallBudget("premium", TimeProvider.System, new UnasBudgetSnapshot(new Dictionary<string, IReadOnlyList<DateTimeOffset>> { ["getProduct:many"] = used }, null));
        await using var adapter = services.Create(Adapters.Unas(emulator, package: "premium"), budget);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => adapter.ProductsAsync(null, TestContext.Current.CancellationToken).AllAsync());

        Assert.Contains("30", error.Message);
        Assert.Contains("used up", error.Message);
        Assert.Equal(used[0].AddHours(1), error.RetryAt);
        Assert.Equal(0, emulator.CallsInHour("getProduct:many"));
    }

    [Fact]
    public async Task ABanFromUnasStopsWithItsRetryTimeAndBlocksFurtherCalls()
    {
        await using var emulator = await UnasEmulator.StartAsync(ShopSeed.Generate(products: 5, orders: 5, DateTimeOffset.UtcNow), vip: false);
        using var services = Adapters.Services();

        // Our side believes the shop is VIP (90/h) while UNAS enforces PREMIUM (30/h): UNAS bans on call 31.
        var budget = new UnasCallBudget("vip", TimeProvider.System);
        await using var adapter = services.Create(Adapters.Unas(emulator, package: "vip"), budget);
        for (var i = 0; i < 30; i++)
        {
            await adapter.DeletedProductIdsAsync(DateTimeOffset.UtcNow.AddDays(-1), TestContext.Current.CancellationToken);
        }

        var error = await Assert.ThrowsAsync<ShopApiException>(() => adapter.DeletedProductIdsAsync(DateTimeOffset.UtcNow.AddDays(-1), TestContext.Current.CancellationToken));
        var requests = emulator.Requests;
        var again = await Assert.ThrowsAsync<ShopApiException>(() => adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync());

        Assert.Contains("IP is banned till", error.Message);
        Assert.NotNull(error.RetryAt);
        Assert.InRange(error.RetryAt.Value, DateTimeOffset.UtcNow.AddMinutes(58), DateTimeOffset.UtcNow.AddMinutes(61));
        Assert.Contains("banned", again.Message);
        Assert.Equal(requests, emulator.Requests);
    }

    [Fact]
    public async Task AnInvalidApiKeyGivesUnasLoginError()
    {
        await using var emulator = await UnasEmulator.StartAsync(ShopSeed.Generate(products: 5, orders: 5, DateTimeOffset.UtcNow));
        using var services = Adapters.Services();
        await using var adapter = services.Create(Adapters.Unas(emulator, key: "nope"));

        var error = await Assert.ThrowsAsync<ShopApiException>(() => adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync());

        Assert.Contains("Login Error: invalid ApiKey", error.Message);
    }

    [Fact]
    public async Task ATruncatedResponseFailsWithAClearError()
    {
        await using var emulator = await UnasEmulator.StartAsync(ShopSeed.Generate(products: 50, orders: 5, DateTimeOffset.UtcNow));
        using var services = Adapters.Services();
        await using var adapter = services.Create(Adapters.Unas(emulator));
        await adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync();
        emulator.TruncateNextResponse();

        var error = await Assert.ThrowsAsync<ShopApiException>(() => adapter.ProductsAsync(null, TestContext.Current.CancellationToken).AllAsync());

        Assert.Contains("malformed or truncated", error.Message);
    }
}
