using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBuddy.Tests.Emulators.Shops;

/// <summary>
/// A local UNAS API built from the public UNAS API documentation: POST-only XML at /shop/{function},
/// login with an API key giving a 2 h token (Expire as yyyy.MM.dd HH:mm:ss Budapest time), getProduct /
/// getStock / getCategory / getCustomer / getOrder / getOrderStatus with time windows and LimitNum /
/// LimitStart (0-based) paging, pseudo order items, 400 &lt;Error&gt; bodies, and the hourly call limits
/// per function with the exact ban message. Automatism webhooks are signed with X-Unas-Hmac.
/// </summary>
public sealed class UnasEmulator : IAsyncDisposable
{
    public const string ApiKey = "unas-emulator-key";
    public const string WebhookSecret = "unas-webhook-secret";
    public const int MaxProductLimit = 1000;
    public const int MaxOrderLimit = 500;
    private static readonly TimeZoneInfo Budapest = TimeZoneInfo.FindSystemTimeZoneById("Europe/Budapest");

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTimeOffset>> _calls = new(StringComparer.Ordinal);
    private readonly Lock _callLock = new();
    private readonly HttpClient _webhookClient = new();
    private DateTimeOffset? _bannedUntil;
    private int _requests;
    private bool _truncateNext;

    private UnasEmulator(WebApplication app, ShopSeed shop, TimeProvider clock, bool vip)
    {
        _app = app;
        Shop = shop;
        _clock = clock;
        Vip = vip;
    }

    public ShopSeed Shop { get; }

    public bool Vip { get; }

    public Uri BaseUrl => new(_app.Urls.First());

    public int Requests => Volatile.Read(ref _requests);

    public int Logins { get; private set; }

    public static async Task<UnasEmulator> StartAsync(ShopSeed shop, TimeProvider? clock = null, bool vip = true, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var emulator = new UnasEmulator(app, shop, clock ?? TimeProvider.System, vip);
        app.MapPost("/shop/{function}", (Delegate)emulator.HandleAsync);
        await app.StartAsync();
        return emulator;
    }

    /// <summary>Calls of one budget key (e.g. "getProduct:many") in the current hour.</summary>
    public int CallsInHour(string key)
    {
        lock (_callLock)
        {
            return _calls.TryGetValue(key, out var list) ? list.Count(t => t > _clock.GetUtcNow().AddHours(-1)) : 0;
        }
    }

    public void TruncateNextResponse() => _truncateNext = true;

    public static string Sign(string body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), Encoding.UTF8.GetBytes(body)));

    /// <summary>Posts an order_status_modify automatism webhook (JSON, X-Unas-Hmac signed) to <paramref name="url"/>.</summary>
    public async Task<int> SendOrderWebhookAsync(Uri url, string orderKey)
    {
        var body = JsonSerializer.Serialize(new { shopID = "1000", @event = "order_status_modify", orderKey, time = _clock.GetUtcNow().ToUnixTimeSeconds() });
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Unas-Hmac", Sign(body));
        using var response = await _webhookClient.SendAsync(request);
        return (int)response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        _webhookClient.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpContext context, string function)
    {
        Interlocked.Increment(ref _requests);
        var now = _clock.GetUtcNow();
        if (_bannedUntil is { } banned && banned > now)
        {
            return Error($"Too much {function} query, IP is banned till {Local(banned).ToString("MM.dd.yyyy HH:mm:ss", CultureInfo.InvariantCulture)}");
        }

        XElement parameters;
        try
        {
            parameters = XElement.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync());
        }
        catch (XmlException)
        {
            return Error("XML parse error");
        }

        if (function == "login")
        {
            if (parameters.Element("ApiKey")?.Value != ApiKey)
            {
                return Error("Login Error: invalid ApiKey");
            }

            Logins++;
            var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
            var expire = now.AddHours(2);
            _tokens[token] = expire;
            return Xml(new XElement(
                "Login",
                new XElement("Token", token),
                new XElement("Expire", Local(expire).ToString("yyyy.MM.dd HH:mm:ss", CultureInfo.InvariantCulture)),
                new XElement("ShopId", "1000"),
                new XElement("Subscription", Vip ? "vip-100000" : "premium-10000"),
                new XElement("Permissions", new[] { "getProduct", "getStock", "getCategory", "getCustomer", "getOrder", "getOrderStatus" }.Select(p => new XElement("Permission", p))),
                new XElement("Status", "ok")));
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !_tokens.TryGetValue(header[7..], out var expires) || expires <= now)
        {
            return Error("Authentication Error: Token");
        }

        var many = IsMulti(function, parameters);
        if (!Count(function, many, now))
        {
            _bannedUntil = now.AddHours(1);
            return Error($"Too much {function} query, IP is banned till {Local(_bannedUntil.Value).ToString("MM.dd.yyyy HH:mm:ss", CultureInfo.InvariantCulture)}");
        }

        XElement result;
        lock (Shop.Sync)
        {
            result = function switch
            {
                "getProduct" => GetProducts(parameters),
                "getStock" => GetStock(parameters),
                "getCategory" => Page(parameters, "Categories", Shop.Categories.OrderBy(c => c.Id).Select(Category), MaxProductLimit),
                "getCustomer" => Page(parameters, "Customers", Shop.Customers.Where(c => After(parameters, "ModTimeStart", c.UpdatedAt)).OrderBy(c => c.Id).Select(Customer), MaxProductLimit),
                "getOrder" => GetOrders(parameters),
                "getOrderStatus" => new XElement("OrderStatuses", Shop.Statuses.Select(s => new XElement("OrderStatus", new XElement("Id", s.Id), new XElement("Name", s.Name), new XElement("Type", s.Type), new XElement("Order", s.Id)))),
                _ => new XElement("Error", $"Unknown function: {function}"),
            };
        }

        if (result.Name == "Error")
        {
            return Error(result.Value);
        }

        if (_truncateNext)
        {
            _truncateNext = false;
            var text = result.ToString(SaveOptions.DisableFormatting);
            return Results.Text(text[..(text.Length / 2)], "application/xml; charset=utf-8");
        }

        return Xml(result);
    }

    private static bool IsMulti(string function, XElement parameters) =>
        function == "getOrderStatus" || (parameters.Element("Id") is null && parameters.Element("Sku") is null && parameters.Element("Key") is null);

    private bool Count(string function, bool many, DateTimeOffset now)
    {
        var key = many ? function + ":many" : function;
        var limit = (function, many) switch
        {
            ("getOrderStatus", _) => Vip ? 90 : 30,
            (_, true) => Vip ? 90 : 30,
            _ => Vip ? 3000 : 1000,
        };
        lock (_callLock)
        {
            if (!_calls.TryGetValue(key, out var list))
            {
                _calls[key] = list = [];
            }

            list.RemoveAll(t => t <= now.AddHours(-1));
            if (list.Count >= limit)
            {
                return false;
            }

            list.Add(now);
            return true;
        }
    }

    private XElement GetProducts(XElement parameters)
    {
        var state = parameters.Element("State")?.Value ?? "live";
        IEnumerable<SeedProduct> products = Shop.Products.Where(p => p.Deleted == (state == "deleted"));
        if (parameters.Element("Sku")?.Value is { } skus)
        {
            var wanted = skus.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            products = products.Where(p => wanted.Contains(p.Sku));
        }

        if (parameters.Element("Id")?.Value is { } id)
        {
            products = products.Where(p => p.Id.ToString(CultureInfo.InvariantCulture) == id);
        }

        products = products.Where(p => After(parameters, "TimeStart", p.UpdatedAt) && Before(parameters, "TimeEnd", p.UpdatedAt));
        return Page(parameters, "Products", products.OrderBy(p => p.Id).Select(p => state == "deleted" ? new XElement("Product", new XElement("State", "deleted"), new XElement("Id", p.Id), new XElement("Sku", p.Sku)) : Product(p)), MaxProductLimit);
    }

    private XElement GetStock(XElement parameters) =>
        Page(parameters, "Products", Shop.Products.Where(p => !p.Deleted && After(parameters, "TimeStart", p.UpdatedAt)).OrderBy(p => p.Id).Select(p => new XElement(
            "Product",
            new XElement("Id", p.Id),
            new XElement("Sku", p.Sku),
            new XElement("Stocks", new XElement("Stock", new XElement("Qty", p.Stocks.Sum()))))), MaxProductLimit);

    private XElement GetOrders(XElement parameters)
    {
        IEnumerable<SeedOrder> orders = Shop.Orders;
        if (parameters.Element("Key")?.Value is { } key)
        {
            orders = orders.Where(o => o.Number == key);
        }

        orders = orders.Where(o => After(parameters, "TimeModStart", o.UpdatedAt) && Before(parameters, "TimeModEnd", o.UpdatedAt) && After(parameters, "TimeStart", o.CreatedAt));
        return Page(parameters, "Orders", orders.OrderBy(o => o.Id).Select(Order), MaxOrderLimit);
    }

    private static XElement Page(XElement parameters, string root, IEnumerable<XElement> items, int max)
    {
        var limit = int.TryParse(parameters.Element("LimitNum")?.Value, CultureInfo.InvariantCulture, out var n) ? n : max;
        var start = int.TryParse(parameters.Element("LimitStart")?.Value, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (limit < 1 || start < 0)
        {
            return new XElement("Error", "Invalid LimitNum or LimitStart");
        }

        return new XElement(root, items.Skip(start).Take(Math.Min(limit, max)));
    }

    private static bool After(XElement parameters, string name, DateTimeOffset at) =>
        !long.TryParse(parameters.Element(name)?.Value, CultureInfo.InvariantCulture, out var unix) || at.ToUnixTimeSeconds() >= unix;

    private static bool Before(XElement parameters, string name, DateTimeOffset at) =>
        !long.TryParse(parameters.Element(name)?.Value, CultureInfo.InvariantCulture, out var unix) || at.ToUnixTimeSeconds() <= unix;

    private XElement Product(SeedProduct p)
    {
        var category = Shop.Categories.First(c => c.Id == p.CategoryId);
        var parent = category.ParentId is { } parentId ? Shop.Categories.First(c => c.Id == parentId) : null;
        var prices = new XElement("Prices", new XElement("Vat", $"{p.TaxRate:0}%"), new XElement("Price", new XElement("Type", "normal"), new XElement("Net", M(p.NetPrice)), new XElement("Gross", M(p.Gross(p.NetPrice)))));
        if (p.SaleNetPrice is { } sale)
        {
            var today = Local(_clock.GetUtcNow());
            prices.Add(new XElement(
                "Price",
                new XElement("Type", "sale"),
                new XElement("Net", M(sale)),
                new XElement("Gross", M(p.Gross(sale))),
                new XElement("Start", today.AddDays(-10).ToString("yyyy.MM.dd", CultureInfo.InvariantCulture)),
                new XElement("End", today.AddDays(30).ToString("yyyy.MM.dd", CultureInfo.InvariantCulture))));
        }

        var product = new XElement(
            "Product",
            new XElement("State", "live"),
            new XElement("Id", p.Id),
            new XElement("Sku", p.Sku),
            new XElement("CreateTime", p.CreatedAt.ToUnixTimeSeconds()),
            new XElement("LastModTime", p.UpdatedAt.ToUnixTimeSeconds()),
            new XElement("Statuses", new XElement("Status", new XElement("Type", "base"), new XElement("Value", p.Active ? 1 : 0))),
            new XElement("Name", new XCData(p.Name)),
            new XElement("Unit", "db"),
            new XElement("Description", new XElement("Short", new XCData("")), new XElement("Long", new XCData(p.Description))),
            prices,
            new XElement("Categories", new XElement("Category", new XElement("Type", "base"), new XElement("Id", category.Id), new XElement("Name", new XCData(parent is null ? category.Name : $"{parent.Name}|{category.Name}")))),
            new XElement("Url", $"https://emulator.unas.hu/{p.Sku.ToLowerInvariant()}"),
            new XElement("Params", new XElement("Param", new XElement("Id", 1), new XElement("Type", "text"), new XElement("Name", "Márka"), new XElement("Value", new XCData(p.Brand ?? "")))),
            Stocks(p));
        if (p.HasSizes)
        {
            product.Add(new XElement("Variants", new XElement("Variant", new XElement("Name", new XCData("Méret")), new XElement("Values", p.Sizes().Select(s => new XElement("Value", new XElement("Name", new XCData(s.Value)), new XElement("ExtraPrice", 0)))))));
        }

        if (p.ParentId is { } parentProduct)
        {
            product.Add(new XElement("Types", new XElement("Type", "child"), new XElement("Parent", Shop.Products.First(x => x.Id == parentProduct).Sku)));
        }

        return product;
    }

    /// <summary>One stock line, or one per size (with its variant value) when the product is sold in sizes.</summary>
    private static XElement Stocks(SeedProduct p) => new(
        "Stocks",
        new XElement("Status", new XElement("Active", 1), new XElement("Empty", 0), new XElement("Variant", p.HasSizes ? 1 : 0)),
        p.HasSizes
            ? p.Sizes().Select(s => new XElement("Stock", new XElement("Variants", new XElement("Variant", new XCData(s.Value))), new XElement("Qty", s.Stock)))
            : [new XElement("Stock", new XElement("Qty", p.Stocks.Sum()))]);

    private static XElement Address(string kind, SeedAddress a) => new(
        kind,
        new XElement("Name", new XCData(a.Name)),
        new XElement("ZIP", a.Zip),
        new XElement("City", new XCData(a.City)),
        new XElement("Street", new XCData(a.Street)),
        new XElement("Country", new XCData(a.Country)),
        new XElement("CountryCode", "hu"),
        new XElement("TaxNumber", a.TaxNumber ?? ""),
        new XElement("CustomerType", a.Company is null ? "private" : "company"));

    private static XElement Category(SeedCategory c) => new(
        "Category",
        new XElement("State", "live"),
        new XElement("Id", c.Id),
        new XElement("Name", new XCData(c.Name)),
        new XElement("Display", new XElement("Page", "yes"), new XElement("Menu", "yes")),
        new XElement("Parent", new XElement("Id", c.ParentId ?? 0)),
        new XElement("Order", c.Sort));

    private static XElement Customer(SeedCustomer c) => new(
        "Customer",
        new XElement("Id", c.Id),
        new XElement("Email", c.Email),
        new XElement("Contact", new XElement("Name", new XCData($"{c.LastName} {c.FirstName}")), new XElement("Phone", c.Phone)),
        new XElement("Addresses", Address("Invoice", c.Home), Address("Shipping", c.Home)),
        new XElement("Dates", new XElement("Modification", Local(c.UpdatedAt).ToString("yyyy.MM.dd HH:mm:ss", CultureInfo.InvariantCulture))),
        new XElement("Group", new XElement("Id", 1), new XElement("Name", "Vásárlók")));

    private XElement Order(SeedOrder o)
    {
        var customer = Shop.CustomerOf(o);
        var status = Shop.StatusOf(o);
        var items = new XElement("Items", o.Items.Select(i => Item(i.ProductId.ToString(CultureInfo.InvariantCulture), i.Sku, i.Name, i.Quantity, i.NetPrice)));
        if (o.ShippingFee > 0)
        {
            items.Add(Item("shipping-cost", "shipping-cost", "Szállítási költség", 1, Math.Round(o.ShippingFee / 1.27m, 0)));
        }

        if (o.Discount > 0)
        {
            items.Add(Item("discount-amount", "discount-amount", "Kedvezmény", 1, -Math.Round(o.Discount / 1.27m, 0)));
        }

        return new XElement(
            "Order",
            new XElement("Key", o.Number),
            new XElement("Id", o.Id),
            new XElement("Date", Local(o.CreatedAt).ToString("yyyy.MM.dd HH:mm:ss", CultureInfo.InvariantCulture)),
            new XElement("DateMod", Local(o.UpdatedAt).ToString("yyyy.MM.dd HH:mm:ss", CultureInfo.InvariantCulture)),
            new XElement(
                "Customer",
                new XElement("Id", customer.Id),
                new XElement("Email", customer.Email),
                new XElement("Contact", new XElement("Name", new XCData($"{customer.LastName} {customer.FirstName}")), new XElement("Phone", customer.Phone)),
                new XElement("Addresses", Address("Invoice", customer.Home), Address("Shipping", Shop.ShippingAddressOf(o)))),
            new XElement("Currency", "HUF"),
            new XElement("Status", status.Name),
            new XElement("StatusID", status.Id),
            new XElement("Payment", new XElement("Name", "Utánvét"), new XElement("Type", "cod"), new XElement("Status", "unpaid")),
            new XElement("Shipping", new XElement("Name", o.ShippingFee > 0 ? "GLS futárszolgálat" : "Személyes átvétel"), new XElement("PackageNumber", status.Id >= 3 ? $"GLS{o.Id}" : "")),
            new XElement("SumPriceGross", M(o.TotalGross)),
            items);
    }

    private static XElement Item(string id, string sku, string name, int quantity, decimal net) => new(
        "Item",
        new XElement("Id", id),
        new XElement("Sku", sku),
        new XElement("Name", new XCData(name)),
        new XElement("Unit", "db"),
        new XElement("Quantity", quantity),
        new XElement("PriceNet", M(net)),
        new XElement("PriceGross", M(Math.Round(net * 1.27m, 0))),
        new XElement("Vat", "27%"));

    private static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Budapest).DateTime;

    private static string M(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static IResult Error(string message) =>
        Results.Text(new XDeclaration("1.0", "UTF-8", null) + new XElement("Error", message).ToString(), "application/xml; charset=utf-8", statusCode: 400);

    private static IResult Xml(XElement body) =>
        Results.Text(new XDeclaration("1.0", "UTF-8", null) + body.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8");
}
