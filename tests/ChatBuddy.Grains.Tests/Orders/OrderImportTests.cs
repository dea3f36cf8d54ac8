using System.Text;
using System.Text.Json;
using ChatBuddy.Grains.Orders;
using ChatBuddy.Tests.Infrastructure;

namespace ChatBuddy.Grains.Tests.Orders;

public sealed class OrderImportTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Shop = "order-shop";

    public async ValueTask InitializeAsync() =>
        await new ChatBuddy.Grains.Tenants.ShopRepository(db.DataSource).EnsureAsync(Shop, "Order shop");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task OrdersLandWithItemsAndTheirCustomer()
    {
        var report = await ImportAsync(Order("HB-1", "anna.kovacs@example.hu", "shipped", ("A-1", 2, 1990), ("A-2", 1, 5000)));

        Assert.Empty(report.Errors);
        Assert.Equal("shipped", await db.ScalarAsync<string>("SELECT status FROM orders WHERE shop_id = $1 AND number = 'HB-1'", Shop));
        Assert.Equal(2, await db.ScalarAsync<int>(
            "SELECT count(*) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.shop_id = $1 AND o.number = 'HB-1'", Shop));
        Assert.Equal("Kovács", await db.ScalarAsync<string>(
            "SELECT p.last_name FROM orders o JOIN user_profiles p ON p.user_id = o.user_id WHERE o.shop_id = $1 AND o.number = 'HB-1'", Shop));
    }

    [Fact]
    public async Task ReimportReplacesItemsAndKeepsOneCustomer()
    {
        await ImportAsync(Order("HB-2", "bela.nagy@example.hu", "processing", ("A-1", 1, 100), ("A-2", 1, 100)));

        var report = await ImportAsync(Order("HB-2", "Bela.Nagy@example.hu", "delivered", ("A-3", 3, 100)));

        Assert.Empty(report.Errors);
        Assert.Equal("delivered", await db.ScalarAsync<string>("SELECT status FROM orders WHERE shop_id = $1 AND number = 'HB-2'", Shop));
        Assert.Equal("A-3", await db.ScalarAsync<string>(
            "SELECT string_agg(i.sku, ',') FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.number = 'HB-2'"));
        Assert.Equal(1, await db.ScalarAsync<int>("SELECT count(*) FROM users WHERE shop_id = $1 AND lower(email) = 'bela.nagy@example.hu'", Shop));
    }

    [Fact]
    public async Task BrokenOrdersAreReportedAndGoodOnesLand()
    {
        var lines = string.Join('\n',
            Order("HB-10", "a@example.hu", "pending", ("A-1", 1, 100)),
            Order("HB-11", "a@example.hu", "lost-in-space", ("A-1", 1, 100)),
            Order("HB-12", "not-an-email", "pending", ("A-1", 1, 100)),
            Order("HB-13", "a@example.hu", "pending"),
            Order("HB-14", "a@example.hu", "pending", ("A-1", 0, 100)),
            "{\"number\":\"HB-15\"",
            Order("HB-16", "b@example.hu", "on_hold", ("A-1", 1, 100)));

        var report = await ImportAsync(lines);

        Assert.Equal(2, report.Upserted);
        Assert.Equal([2, 3, 4, 5, 6], report.Errors.Select(e => e.Line));
        Assert.Contains("'status' must be one of", report.Errors[0].Reason);
        Assert.Contains("'email' is not a valid e-mail address", report.Errors[1].Reason);
        Assert.Contains("'items' must be a non-empty list", report.Errors[2].Reason);
        Assert.Contains("item 1: 'quantity' must be at least 1", report.Errors[3].Reason);
    }

    private static string Order(string number, string email, string status, params (string Sku, int Quantity, int Price)[] items) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["number"] = number,
            ["email"] = email,
            ["phone"] = "+36 30 123 4567",
            ["customer_name"] = "Kovács Anna",
            ["status"] = status,
            ["created_at"] = "2026-10-01T10:00:00Z",
            ["updated_at"] = "2026-10-02T10:00:00Z",
            ["items"] = items.Select(i => new { sku = i.Sku, name = "Termék " + i.Sku, quantity = i.Quantity, unit_price = i.Price }).ToArray(),
            ["shipping_fee"] = 1490,
            ["total"] = items.Sum(i => i.Quantity * i.Price) + 1490,
            ["currency"] = "HUF",
            ["shipping_method"] = "GLS futárszolgálat",
            ["tracking_number"] = "GLS123",
            ["tracking_url"] = "https://gls-group.eu/HU/hu/csomagkovetes?match=GLS123",
            ["payment_method"] = "bankkártya",
            ["payment_status"] = "paid",
            ["expected_delivery"] = "2026-10-05",
        });

    private Task<Import.ImportReport> ImportAsync(string text) =>
        new OrderImporter(db.DataSource).ImportAsync(Shop, new MemoryStream(Encoding.UTF8.GetBytes(text)));
}
