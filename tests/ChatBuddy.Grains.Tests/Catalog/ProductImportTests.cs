using System.Text;
using ChatBuddy.Grains.Catalog;
using ChatBuddy.Tests.Infrastructure;

namespace ChatBuddy.Grains.Tests.Catalog;

public sealed class ProductImportTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Shop = "import-shop";

    public async ValueTask InitializeAsync() =>
        await new ChatBuddy.Grains.Tenants.ShopRepository(db.DataSource).EnsureAsync(Shop, "Import shop");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task GoodFileLandsWithCategoriesAttributesAndSearchColumns()
    {
        var report = await ImportFileAsync("TestData/products-good.jsonl");

        Assert.Empty(report.Errors);
        Assert.Equal(3, report.Upserted);
        Assert.Equal(19990, await db.ScalarAsync<int>("SELECT sale_price FROM products WHERE shop_id = $1 AND sku = 'T-100'", Shop));
        Assert.Equal("Sport > Futócipők", await db.ScalarAsync<string>(
            "SELECT c.path FROM products p JOIN product_categories c ON c.id = p.category_id WHERE p.shop_id = $1 AND p.sku = 'T-100'", Shop));
        Assert.Equal("Sport", await db.ScalarAsync<string>(
            "SELECT parent.name FROM product_categories c JOIN product_categories parent ON parent.id = c.parent_id WHERE c.shop_id = $1 AND c.path = 'Sport > Futócipők'", Shop));
        Assert.Equal("[\"38\", \"39\", \"40\"]", await db.ScalarAsync<string>("SELECT attributes->>'méret' FROM products WHERE shop_id = $1 AND sku = 'T-100'", Shop));
        Assert.True(await db.ScalarAsync<bool>("SELECT search_tsv @@ to_tsquery('hungarian', 'kávéfőzők') FROM products WHERE shop_id = $1 AND sku = 'T-101'", Shop));
        Assert.True(await db.ScalarAsync<bool>("SELECT search_folded @@ to_tsquery('simple', 'kavefozo') FROM products WHERE shop_id = $1 AND sku = 'T-101'", Shop));
    }

    [Fact]
    public async Task ReimportingTheSameFileChangesNothing()
    {
        await ImportFileAsync("TestData/products-good.jsonl");
        var before = await db.ScalarAsync<DateTime>("SELECT max(updated_at) FROM products WHERE shop_id = $1", Shop);

        var again = await ImportFileAsync("TestData/products-good.jsonl");

        Assert.Empty(again.Errors);
        Assert.Equal(3, await db.ScalarAsync<int>("SELECT count(*) FROM products WHERE shop_id = $1 AND sku LIKE 'T-1%'", Shop));
        Assert.Equal(before, await db.ScalarAsync<DateTime>("SELECT max(updated_at) FROM products WHERE shop_id = $1", Shop));
    }

    [Fact]
    public async Task BrokenLinesAreReportedWithTheirNumbersAndGoodLinesStillLand()
    {
        var lines = new[]
        {
            Product("B-1", 1000),                                             // 1 good
            "{\"sku\": \"B-2\", \"name\": \"félbe",                           // 2 bad JSON
            "{\"name\":\"Nincs cikkszám\",\"price\":1000}",                    // 3 missing sku
            Product("B-4", -5),                                               // 4 negative price
            Product("B-5", 1000, description: new string('x', 10 * 1024 * 1024)), // 5 10 MB description
            "[1,2,3]",                                                        // 6 not an object
            "{\"sku\":\"B-7\",\"name\":\"Ár szövegként\",\"price\":\"sok\"}",  // 7 price as text
            "{\"sku\":\"B-8\",\"name\":\"Akció drágább\",\"price\":1000,\"sale_price\":2000}", // 8 sale above price
            "{\"sku\":\"B 9\",\"name\":\"Szóköz\",\"price\":1000}",           // 9 space in sku
            "{\"sku\":\"B-10\",\"name\":\"Rossz URL\",\"price\":1000,\"url\":\"javascript:alert(1)\"}", // 10 bad url
            "{\"sku\":\"B-11\",\"name\":\"Rossz attribútum\",\"price\":1000,\"attributes\":{\"szín\":{\"a\":1}}}", // 11
            "",                                                               // 12 blank: skipped silently
            Product("B-13", 2500),                                            // 13 good
        };

        var report = await ImportTextAsync(string.Join('\n', lines));

        Assert.Equal(2, report.Upserted);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9, 10, 11], report.Errors.Select(e => e.Line));
        Assert.Contains("invalid JSON", report.Errors[0].Reason);
        Assert.Contains("'sku' is required", report.Errors[1].Reason);
        Assert.Contains("'price' must not be negative", report.Errors[2].Reason);
        Assert.Contains("longer than", report.Errors[3].Reason);
        Assert.Contains("not a JSON object", report.Errors[4].Reason);
        Assert.Contains("'price' must be a whole number", report.Errors[5].Reason);
        Assert.Contains("'sale_price' must not exceed 'price'", report.Errors[6].Reason);
        Assert.Equal(2, await db.ScalarAsync<int>("SELECT count(*) FROM products WHERE shop_id = $1 AND sku IN ('B-1', 'B-13')", Shop));
    }

    [Fact]
    public async Task InvalidUtf8AndAnEndlessLineDoNotStopTheImport()
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes(Product("U-1", 100) + "\n"));
        stream.Write([0x7B, 0xFF, 0xFE, 0x7D, 0x0A]);
        stream.Write(Encoding.UTF8.GetBytes("{\"sku\":\"U-3\",\"name\":\"" + new string('y', 3 * 1024 * 1024)));
        stream.Position = 0;

        var report = await new ProductImporter(db.DataSource).ImportAsync(Shop, stream);

        Assert.Equal(1, report.Upserted);
        Assert.Equal([(2, "line is not valid UTF-8"), (3, "line is longer than 1048576 bytes")], report.Errors.Select(e => (e.Line, e.Reason)));
    }

    [Fact]
    public async Task TheLastLineForASkuWins()
    {
        var report = await ImportTextAsync(Product("D-1", 100) + "\n" + Product("D-1", 200));

        Assert.Empty(report.Errors);
        Assert.Equal(200, await db.ScalarAsync<int>("SELECT price FROM products WHERE shop_id = $1 AND sku = 'D-1'", Shop));
    }

    [Fact]
    public async Task ProductsOfAnotherShopAreUntouched()
    {
        await new ChatBuddy.Grains.Tenants.ShopRepository(db.DataSource).EnsureAsync("other-shop", "Other");
        await new ProductImporter(db.DataSource).ImportAsync("other-shop", new MemoryStream(Encoding.UTF8.GetBytes(Product("S-1", 1))));

        await ImportTextAsync(Product("S-1", 999));

        Assert.Equal(1, await db.ScalarAsync<int>("SELECT price FROM products WHERE shop_id = 'other-shop' AND sku = 'S-1'"));
        Assert.Equal(999, await db.ScalarAsync<int>("SELECT price FROM products WHERE shop_id = $1 AND sku = 'S-1'", Shop));
    }

    private static string Product(string sku, int price, string description = "Leírás") =>
        System.Text.Json.JsonSerializer.Serialize(new { sku, name = "Termék " + sku, description, price, category = "Teszt > Kategória" });

    private async Task<Import.ImportReport> ImportFileAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        return await new ProductImporter(db.DataSource).ImportAsync(Shop, stream);
    }

    private Task<Import.ImportReport> ImportTextAsync(string text) =>
        new ProductImporter(db.DataSource).ImportAsync(Shop, new MemoryStream(Encoding.UTF8.GetBytes(text)));
}
