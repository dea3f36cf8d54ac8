using ChatBuddy.Grains.Shops;
using ChatBuddy.Tests.Emulators.Shops;
using Microsoft.Extensions.Time.Testing;

namespace ChatBuddy.Grains.Tests.Shops;

public sealed class ShoprenterAdapterTests : IAsyncLifetime
{
    private ShoprenterEmulator _emulator = null!;

    public async ValueTask InitializeAsync() =>
        _emulator = await ShoprenterEmulator.StartAsync(ShopSeed.Generate(products: 650, orders: 120, DateTimeOffset.UtcNow));

    public async ValueTask DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task ReadsEveryProductPageWithOneTokenAndNoRateLimitHits()
    {
        using var services = Adapters.Services();
        await using var adapter = services.Create(Adapters.Shoprenter(_emulator));

        var products = await adapter.ProductsAsync(null, TestContext.Current.CancellationToken).AllAsync();
        var categories = await adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync();

        Assert.Equal(650, products.Count);
        Assert.Equal(650, products.Select(p => p.ExternalId).Distinct().Count());
        Assert.Equal(25, categories.Count);
        Assert.Equal(1, _emulator.TokensIssued);
        Assert.Equal(0, _emulator.RateLimited);
        var first = products[0];
        Assert.Equal("cHJvZHVjdC1wcm9kdWN0X2lkPTEwMDA=", first.ExternalId);
        Assert.Equal(27m, first.TaxRate);
        Assert.Equal(_emulator.Shop.Products[0].Gross(_emulator.Shop.Products[0].NetPrice), first.NormalPrice!.Gross);
        Assert.Equal(_emulator.Shop.Products[0].Stocks.Sum(), first.TotalStock);
        Assert.Contains(products, p => p.ParentExternalId is not null);
    }

    [Fact]
    public async Task BacksOffAndRetriesWhenThePlatformAnswersTooManyRequests()
    {
        using var services = Adapters.Services();
        await using var adapter = services.Create(Adapters.Shoprenter(_emulator));
        _emulator.FailNextWithTooManyRequests(2);

        var categories = await adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync();

        Assert.Equal(25, categories.Count);
        Assert.Equal(2, _emulator.RateLimited);
    }

    [Fact]
    public async Task ABurstBeyondThreeRequestsASecondIsRefusedByThePlatformButNotByTheThrottledAdapter()
    {
        using var services = Adapters.Services();
        await using var adapter = services.Create(Adapters.Shoprenter(_emulator));

        // Ten reads at once: the client-side limiter spaces them out, so the emulator never says 429.
        var reads = Enumerable.Range(0, 10).Select(_ => adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync());
        var results = await Task.WhenAll(reads);

        Assert.All(results, r => Assert.Equal(25, r.Count));
        Assert.Equal(0, _emulator.RateLimited);
    }

    [Fact]
    public async Task IncrementalReadReturnsOnlyProductsChangedSinceTheWatermark()
    {
        using var services = Adapters.Services();
        await using var adapter = services.Create(Adapters.Shoprenter(_emulator));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        _emulator.Shop.ChangeProducts(40, DateTimeOffset.UtcNow);

        var changed = await adapter.ProductsAsync(before, TestContext.Current.CancellationToken).AllAsync();

        Assert.Equal(40, changed.Count);
    }

    [Fact]
    public async Task OrdersTakeTheirQuantityFromTheWarehouseColumnsAndFeesBecomeLines()
    {
        using var services = Adapters.Services();
        await using var adapter = services.Create(Adapters.Shoprenter(_emulator));

        var orders = await adapter.OrdersAsync(null, TestContext.Current.CancellationToken).AllAsync();

        Assert.Equal(120, orders.Count);
        var seeded = _emulator.Shop.Orders.First(o => o.Items.Any(i => i.Quantity > 1) && o.ShippingFee > 0);
        var order = orders.Single(o => o.Number == seeded.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(seeded.Items.Select(i => i.Quantity), order.Items.Where(i => i.Kind == OrderItemKind.Product).Select(i => i.Quantity));
        Assert.Equal(1490m, order.Items.Single(i => i.Kind == OrderItemKind.Shipping).UnitGross);
        Assert.Equal(_emulator.Shop.StatusOf(seeded).Name, order.Status!.Name);
    }

    [Fact]
    public async Task AWrongClientSecretFailsWithThePlatformsMessage()
    {
        using var services = Adapters.Services();
        await using var adapter = services.Create(Adapters.Shoprenter(_emulator, secret: "wrong"));

        var error = await Assert.ThrowsAsync<ShopApiException>(() => adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync());

        Assert.Contains("401", error.Message);
        Assert.Contains("Client authentication failed", error.Message);
        Assert.DoesNotContain("wrong", error.Message);
    }

    [Fact]
    public async Task ATruncatedResponseFailsWithAClearError()
    {
        using var services = Adapters.Services();
        await using var adapter = services.Create(Adapters.Shoprenter(_emulator));
        _emulator.TruncateNextResponse();

        var error = await Assert.ThrowsAsync<ShopApiException>(() => adapter.ProductsAsync(null, TestContext.Current.CancellationToken).AllAsync());

        Assert.Contains("malformed or truncated", error.Message);
    }

    [Fact]
    public async Task TheTokenIsReusedUntilItExpiresThenRenewed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var services = Adapters.Services(clock);
        await using var adapter = services.Create(Adapters.Shoprenter(_emulator));

        await adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync();
        clock.Advance(TimeSpan.FromMinutes(50));
        await adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync();
        Assert.Equal(1, _emulator.TokensIssued);

        clock.Advance(TimeSpan.FromMinutes(10));
        await adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync();
        Assert.Equal(2, _emulator.TokensIssued);
    }

    [Fact]
    public async Task ARevokedTokenIsReplacedOnce()
    {
        using var services = Adapters.Services();
        await using var adapter = services.Create(Adapters.Shoprenter(_emulator));
        await adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync();

        _emulator.ExpireTokens();
        var categories = await adapter.CategoriesAsync(TestContext.Current.CancellationToken).AllAsync();

        Assert.Equal(25, categories.Count);
        Assert.Equal(2, _emulator.TokensIssued);
    }
}
