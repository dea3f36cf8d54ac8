using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBuddy.Tests.Emulators.Shops;

/// <summary>
/// A local Shoprenter api2 server built from the public API docs (Shoprenter/sr-api-docs): OAuth2
/// client-credentials tokens (1 h), JSON with string scalars and base64 ids, page/limit/full paging
/// (limit ≤ 200, 400/40008 past the end), productExtend / categoryExtend / orderExtend / customers / customerExtend /
/// orderStatuses / orderStatusDescriptions, updatedAfter / updatedAtMin filters, /batch, /webHooks,
/// and 429 beyond 3 requests per second per client. Datetimes are Budapest local time without offset.
/// </summary>
public sealed class ShoprenterEmulator : IAsyncDisposable
{
    public const string ClientId = "emulator-client";
    public const string ClientSecret = "emulator-secret";
    public const int MaxLimit = 200;
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss";
    private static readonly TimeZoneInfo Budapest = TimeZoneInfo.FindSystemTimeZoneById("Europe/Budapest");

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _rateLock = new();
    private readonly List<(string Event, Uri Url)> _webhooks = [];
    private readonly HttpClient _webhookClient = new();
    private int _requests;
    private int _rateLimited;
    private int _tokensIssued;
    private int _failNext;
    private bool _truncateNext;

    private ShoprenterEmulator(WebApplication app, ShopSeed shop, TimeProvider clock)
    {
        _app = app;
        Shop = shop;
        _clock = clock;
    }

    public ShopSeed Shop { get; }

    public Uri BaseUrl => new(_app.Urls.First());

    public int Requests => Volatile.Read(ref _requests);

    public int RateLimited => Volatile.Read(ref _rateLimited);

    public int TokensIssued => Volatile.Read(ref _tokensIssued);

    /// <summary>Requests allowed per client within any one second (the platform's 3).</summary>
    public int RateLimitPerSecond { get; set; } = 3;

    public static async Task<ShoprenterEmulator> StartAsync(ShopSeed shop, TimeProvider? clock = null, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var emulator = new ShoprenterEmulator(app, shop, clock ?? TimeProvider.System);
        app.MapPost("/app/token", (Delegate)emulator.TokenAsync);
        app.MapPost("/api/batch", (Delegate)emulator.BatchAsync);
        app.MapPost("/api/webHooks", (Delegate)emulator.CreateWebhookAsync);
        app.MapGet("/api/{resource}/{id?}", (Delegate)emulator.GetAsync);
        await app.StartAsync();
        return emulator;
    }

    /// <summary>The next <paramref name="count"/> API requests answer 429 (as if another app used up the shop's rate).</summary>
    public void FailNextWithTooManyRequests(int count) => Volatile.Write(ref _failNext, count);

    /// <summary>The next API response is cut off half-way (a dropped connection or proxy limit).</summary>
    public void TruncateNextResponse() => _truncateNext = true;

    /// <summary>Expires every issued token, as if an hour had passed.</summary>
    public void ExpireTokens() => _tokens.Clear();

    public static string EncodeId(string type, int innerId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}-{type}_id={innerId}"));

    /// <summary>Moves an order to another status and fires the registered order_status_change webhooks.</summary>
    public async Task ChangeOrderStatusAsync(int orderId, int statusId)
    {
        SeedOrder order;
        lock (Shop.Sync)
        {
            order = Shop.Orders.First(o => o.Id == orderId);
            order.StatusId = statusId;
            order.UpdatedAt = _clock.GetUtcNow();
        }

        var status = Shop.StatusOf(order);
        var payload = new
        {
            orders = new
            {
                order = new[]
                {
                    new
                    {
                        storeName = "emulator",
                        innerId = order.Id.ToString(CultureInfo.InvariantCulture),
                        innerResourceId = "orders/" + EncodeId("order", order.Id),
                        email = Shop.CustomerOf(order).Email,
                        total = order.TotalGross.ToString(CultureInfo.InvariantCulture),
                        orderHistory = new { status = status.Id.ToString(CultureInfo.InvariantCulture), statusText = status.Name, dateAdded = Local(order.UpdatedAt).Replace('T', ' ') },
                    },
                },
            },
        };
        foreach (var (_, url) in _webhooks.Where(w => w.Event == "order_status_change").ToList())
        {
            using var response = await _webhookClient.PostAsJsonAsync(url, payload);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _webhookClient.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<IResult> TokenAsync(HttpContext context)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body?["grant_type"]?.GetValue<string>() != "client_credentials")
        {
            return Results.Json(new { error = "invalid_request", error_description = "The request is missing a required parameter.", hint = "Check the `grant_type` parameter", message = "The request is missing a required parameter." }, statusCode: 400);
        }

        if (body["client_id"]?.GetValue<string>() != ClientId || body["client_secret"]?.GetValue<string>() != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client", error_description = "Client authentication failed", message = "Client authentication failed" }, statusCode: 401);
        }

        Interlocked.Increment(ref _tokensIssued);
        var token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=');
        _tokens[token] = _clock.GetUtcNow().AddHours(1);
        return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = token });
    }

    private async Task<IResult> CreateWebhookAsync(HttpContext context)
    {
        if (Admit(context) is { } refused)
        {
            return refused;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body);
        var data = body?["data"] ?? body;
        var url = data?["webHookParameters"]?[0]?["url"]?.GetValue<string>();
        var @event = data?["event"]?.GetValue<string>();
        if (url is null || @event is null)
        {
            return Error(400, 40003, "Required field missing: event, webHookParameters.url");
        }

        _webhooks.Add((@event, new Uri(url)));
        return Results.Json(new { id = EncodeId("webHook", _webhooks.Count), @event, status = "1" });
    }

    private async Task<IResult> BatchAsync(HttpContext context)
    {
        if (Admit(context) is { } refused)
        {
            return refused;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body);
        if (body?["data"]?["requests"] is not JsonArray requests)
        {
            return Error(400, 40001, "Data parameter not found in POST/PUT!");
        }

        var results = new JsonArray();
        foreach (var request in requests)
        {
            var method = request?["method"]?.GetValue<string>() ?? "GET";
            var uri = new Uri(request?["uri"]?.GetValue<string>() ?? "/", UriKind.RelativeOrAbsolute);
            if (!uri.IsAbsoluteUri)
            {
                uri = new Uri(BaseUrl, uri);
            }

            var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query);
            var (status, responseBody) = method == "GET" && segments is ["api", var resource, .. var rest]
                ? Read(resource, rest.FirstOrDefault(), name => query.TryGetValue(name, out var v) ? v.ToString() : null)
                : (405, Message("Method not allowed in this emulator"));
            results.Add(new JsonObject
            {
                ["method"] = method,
                ["uri"] = uri.ToString(),
                ["response"] = new JsonObject { ["header"] = new JsonObject { ["statusCode"] = status.ToString(CultureInfo.InvariantCulture) }, ["body"] = responseBody },
            });
        }

        return Json(new JsonObject { ["requests"] = new JsonObject { ["request"] = results } });
    }

    private IResult GetAsync(HttpContext context, string resource, string? id)
    {
        if (Admit(context) is { } refused)
        {
            return refused;
        }

        var (status, body) = Read(resource, id, name => context.Request.Query.TryGetValue(name, out var v) ? v.ToString() : null);
        if (status != 200)
        {
            return Results.Json(body, statusCode: status);
        }

        if (_truncateNext)
        {
            _truncateNext = false;
            var text = body.ToJsonString();
            return Results.Text(text[..(text.Length / 2)], "application/json");
        }

        return Json(body);
    }

    private IResult? Admit(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !_tokens.TryGetValue(header[7..], out var expires) || expires <= _clock.GetUtcNow())
        {
            return Error(401, 40101, "Unauthorized: invalid or expired access token");
        }

        if (Volatile.Read(ref _failNext) > 0 && Interlocked.Decrement(ref _failNext) >= 0)
        {
            Interlocked.Increment(ref _rateLimited);
            return Error(429, 42900, "Too Many Requests");
        }

        lock (_rateLock)
        {
            var now = _clock.GetUtcNow();
            while (_recent.Count > 0 && _recent.Peek() <= now.AddSeconds(-1))
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= RateLimitPerSecond)
            {
                Interlocked.Increment(ref _rateLimited);
                return Error(429, 42900, "Too Many Requests");
            }

            _recent.Enqueue(now);
        }

        return null;
    }

    private (int Status, JsonNode Body) Read(string resource, string? id, Func<string, string?> query)
    {
        lock (Shop.Sync)
        {
            return resource switch
            {
                "productExtend" => List(resource, id, Shop.Products.Where(p => !p.Deleted), p => p.Id, p => p.UpdatedAt, "updatedAfter", query, Product),
                "categoryExtend" => List(resource, id, Shop.Categories, c => c.Id, null, null, query, Category),
                "orderExtend" => List(resource, id, Shop.Orders, o => o.Id, o => o.UpdatedAt, "updatedAtMin", query, Order),
                "customers" => List(resource, id, Shop.Customers, c => c.Id, c => c.UpdatedAt, "updatedAtMin", query, Customer),
                "customerExtend" => List(resource, id, Shop.Customers, c => c.Id, c => c.UpdatedAt, "updatedAtMin", query, CustomerExtend),
                "orderStatuses" => List(resource, id, Shop.Statuses, s => s.Id, null, null, query, Status),
                "orderStatusDescriptions" => List(resource, id, Shop.Statuses, s => s.Id, null, null, query, StatusDescription),
                _ => (404, Message($"Resource matching URI \"/{resource}\" not found")),
            };
        }
    }

    private (int Status, JsonNode Body) List<T>(
        string resource,
        string? id,
        IEnumerable<T> source,
        Func<T, int> innerId,
        Func<T, DateTimeOffset>? updatedAt,
        string? updatedFilter,
        Func<string, string?> query,
        Func<T, JsonObject> render)
    {
        var type = resource switch
        {
            "productExtend" => "product",
            "categoryExtend" => "category",
            "orderExtend" => "order",
            "customers" or "customerExtend" => "customer",
            "orderStatuses" => "orderStatus",
            _ => "orderStatusDescription",
        };
        if (id is not null)
        {
            var found = source.FirstOrDefault(item => EncodeId(type, innerId(item)) == id || innerId(item).ToString(CultureInfo.InvariantCulture) == id);
            return found is null ? (404, Message($"Resource matching URI \"/{resource}/{id}\" not found")) : (200, render(found));
        }

        var items = source;
        if (updatedFilter is not null && updatedAt is not null && query(updatedFilter) is { } since)
        {
            if (!DateTime.TryParseExact(since, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return Fault(400, 40009, $"Invalid datetime format in '{updatedFilter}': use {DateFormat}");
            }

            var instant = new DateTimeOffset(local, Budapest.GetUtcOffset(local));
            items = items.Where(item => updatedAt(item) >= instant);
        }

        if (!TryInt(query("page"), 0, out var page) || !TryInt(query("limit"), 25, out var limit) || page < 0 || limit is < 1 or > MaxLimit)
        {
            return Fault(400, 40005, $"Wrong data: 'page' must be ≥ 0 and 'limit' between 1 and {MaxLimit}");
        }

        var all = items.OrderBy(innerId).ToList();
        var pageCount = (all.Count + limit - 1) / limit;
        if (page > 0 && page >= pageCount)
        {
            return Fault(400, 40008, "Page is out of range");
        }

        var full = query("full") == "1";
        var baseHref = new Uri(BaseUrl, $"/api/{resource}").ToString();
        var list = new JsonArray();
        foreach (var item in all.Skip(page * limit).Take(limit))
        {
            list.Add(full ? render(item) : new JsonObject { ["href"] = $"{baseHref}/{EncodeId(type, innerId(item))}" });
        }

        JsonNode? Link(int p) => p < 0 || p >= pageCount ? null : new JsonObject { ["href"] = $"{baseHref}?page={p}&limit={limit}" };
        return (200, new JsonObject
        {
            ["href"] = $"{baseHref}?page={page}&limit={limit}",
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
            ["pageCount"] = pageCount.ToString(CultureInfo.InvariantCulture),
            ["limit"] = limit.ToString(CultureInfo.InvariantCulture),
            ["first"] = Link(0),
            ["previous"] = Link(page - 1),
            ["next"] = Link(page + 1),
            ["last"] = Link(pageCount - 1),
            ["items"] = list,
        });
    }

    private JsonObject Product(SeedProduct p)
    {
        var href = Href("productExtend", "product", p.Id);
        var gross = p.Gross(p.NetPrice);
        var special = p.SaleNetPrice is { } sale ? p.Gross(sale) : gross;
        return new JsonObject
        {
            ["href"] = href,
            ["id"] = EncodeId("product", p.Id),
            ["innerId"] = S(p.Id),
            ["sku"] = p.Sku,
            ["modelNumber"] = p.Sku,
            ["gtin"] = new JsonObject(),
            ["orderable"] = "1",
            ["price"] = M(p.NetPrice),
            ["stock1"] = S(p.Stocks[0]),
            ["stock2"] = S(p.Stocks[1]),
            ["stock3"] = S(p.Stocks[2]),
            ["stock4"] = S(p.Stocks[3]),
            ["subtractStock"] = "1",
            ["mainPicture"] = $"product/{p.Sku.ToLowerInvariant()}.jpg",
            ["status"] = p.Active ? "1" : "0",
            ["dateCreated"] = Local(p.CreatedAt),
            ["dateUpdated"] = Local(p.UpdatedAt),
            ["productAttributeExtend"] = new JsonArray((p.Options ?? new Dictionary<string, string>()).Select((o, i) => (JsonNode)new JsonObject
            {
                ["href"] = Href("listAttributes", "listAttribute", i + 1),
                ["id"] = EncodeId("listAttribute", i + 1),
                ["type"] = "LIST",
                ["name"] = o.Key,
                ["value"] = new JsonArray(new JsonObject { ["value"] = o.Value, ["language"] = new JsonObject { ["id"] = EncodeId("language", 1) } }),
            }).ToArray()),
            ["parentProduct"] = p.ParentId is { } parent ? new JsonObject { ["href"] = Href("productExtend", "product", parent) } : new JsonObject(),
            ["manufacturer"] = p.Brand is null ? new JsonObject() : new JsonObject { ["href"] = Href("manufacturers", "manufacturer", 1), ["name"] = p.Brand },
            ["taxClass"] = new JsonObject { ["href"] = Href("taxClasses", "taxClass", 10) },
            ["productDescriptions"] = new JsonArray(new JsonObject
            {
                ["name"] = p.Name,
                ["shortDescription"] = new JsonObject(),
                ["description"] = $"<p>{p.Description}</p>",
                ["language"] = new JsonObject { ["href"] = Href("languages", "language", 1) },
            }),
            ["productCategoryRelations"] = new JsonArray(new JsonObject
            {
                ["category"] = new JsonObject { ["href"] = Href("categories", "category", p.CategoryId) },
            }),
            ["productPrices"] = new JsonArray(new JsonObject
            {
                ["customerGroup"] = new JsonObject { ["id"] = EncodeId("customerGroup", 8), ["innerId"] = "8", ["default"] = "1" },
                ["net"] = M(p.SaleNetPrice ?? p.NetPrice),
                ["netOriginal"] = M(p.NetPrice),
                ["netSpecial"] = M(p.SaleNetPrice ?? p.NetPrice),
                ["gross"] = M(special),
                ["grossOriginal"] = M(gross),
                ["grossSpecial"] = M(special),
                ["currencyCode"] = "HUF",
            }),
        };
    }

    private JsonObject Category(SeedCategory c) => new()
    {
        ["href"] = Href("categoryExtend", "category", c.Id),
        ["id"] = EncodeId("category", c.Id),
        ["innerId"] = S(c.Id),
        ["sortOrder"] = S(c.Sort),
        ["status"] = "1",
        ["parentCategory"] = c.ParentId is { } parent ? new JsonObject { ["href"] = Href("categories", "category", parent) } : new JsonObject(),
        ["centralCategory"] = "0",
        ["categoryDescriptions"] = new JsonArray(new JsonObject { ["name"] = c.Name, ["description"] = new JsonObject(), ["language"] = new JsonObject { ["href"] = Href("languages", "language", 1) } }),
    };

    private JsonObject Order(SeedOrder o)
    {
        var customer = Shop.CustomerOf(o);
        var shipTo = Shop.ShippingAddressOf(o);
        var products = new JsonArray();
        foreach (var item in o.Items)
        {
            var gross = Math.Round(item.NetPrice * 1.27m, 0);
            products.Add(new JsonObject
            {
                ["name"] = item.Name,
                ["sku"] = item.Sku,
                ["productInnerId"] = S(item.ProductId),
                ["originalPrice"] = M(item.NetPrice),
                ["price"] = M(item.NetPrice),
                ["total"] = M(item.NetPrice * item.Quantity),
                ["taxRate"] = "27.0000",
                ["grossPrice"] = M(gross),
                ["stock1"] = S(item.Quantity - (item.Quantity > 1 ? 1 : 0)),
                ["stock2"] = S(item.Quantity > 1 ? 1 : 0),
                ["stock3"] = "0",
                ["stock4"] = "0",
                ["product"] = new JsonObject { ["href"] = Href("products", "product", item.ProductId) },
            });
        }

        var totals = new JsonArray(
            Total("Részösszeg", "SUB_TOTAL", o.Items.Sum(i => i.NetPrice * i.Quantity), 1),
            Total("Szállítás", "SHIPPING", o.ShippingFee, 3),
            Total("Végösszeg", "TOTAL", o.TotalGross, 9));
        if (o.Discount > 0)
        {
            totals.Add(Total("Kupon", "COUPON", -o.Discount, 4));
        }

        return new JsonObject
        {
            ["href"] = Href("orderExtend", "order", o.Id),
            ["id"] = EncodeId("order", o.Id),
            ["innerId"] = S(o.Id),
            ["invoiceId"] = o.Number[3..],
            ["invoicePrefix"] = o.Number[..3],
            ["firstname"] = customer.FirstName,
            ["lastname"] = customer.LastName,
            ["phone"] = customer.Phone,
            ["email"] = customer.Email,
            ["shippingFirstname"] = customer.FirstName,
            ["shippingLastname"] = customer.LastName,
            ["shippingCompany"] = Text(shipTo.Company),
            ["shippingAddress1"] = shipTo.Street,
            ["shippingAddress2"] = new JsonObject(),
            ["shippingCity"] = shipTo.City,
            ["shippingPostcode"] = shipTo.Zip,
            ["shippingCountryName"] = shipTo.Country,
            ["paymentFirstname"] = customer.FirstName,
            ["paymentLastname"] = customer.LastName,
            ["paymentCompany"] = Text(customer.Home.Company),
            ["paymentAddress1"] = customer.Home.Street,
            ["paymentAddress2"] = new JsonObject(),
            ["paymentCity"] = customer.Home.City,
            ["paymentPostcode"] = customer.Home.Zip,
            ["paymentCountryName"] = customer.Home.Country,
            ["shippingMethodName"] = o.ShippingFee > 0 ? "GLS futárszolgálat" : "Személyes átvétel",
            ["shippingMethodExtension"] = o.ShippingFee > 0 ? "WSESHIP" : new JsonObject(),
            ["paymentMethodName"] = "Utánvét",
            ["paymentMethodCode"] = "COD",
            ["taxNumber"] = Text(customer.Home.TaxNumber),
            ["comment"] = new JsonObject(),
            ["total"] = M(o.TotalGross),
            ["value"] = "1.0000",
            ["dateCreated"] = Local(o.CreatedAt),
            ["dateUpdated"] = Local(o.UpdatedAt),
            ["customer"] = new JsonObject { ["href"] = Href("customers", "customer", customer.Id) },
            ["orderStatus"] = new JsonObject { ["href"] = Href("orderStatuses", "orderStatus", o.StatusId) },
            ["currency"] = new JsonObject { ["href"] = Href("currencies", "currency", 1), ["code"] = "HUF" },
            ["orderProducts"] = products,
            ["orderTotals"] = totals,
        };
    }

    private JsonObject Customer(SeedCustomer c) => new()
    {
        ["href"] = Href("customers", "customer", c.Id),
        ["id"] = EncodeId("customer", c.Id),
        ["innerId"] = S(c.Id),
        ["firstname"] = c.FirstName,
        ["lastname"] = c.LastName,
        ["email"] = c.Email,
        ["telephone"] = c.Phone,
        ["newsletter"] = "0",
        ["status"] = "1",
        ["approved"] = "1",
        ["customerGroup"] = new JsonObject { ["href"] = Href("customerGroups", "customerGroup", 8) },
        ["dateCreated"] = Local(c.UpdatedAt),
        ["dateUpdated"] = Local(c.UpdatedAt),
    };

    /// <summary>customerExtend: the customer with its addresses inline (the docs' fixture shape; country is a link).</summary>
    private JsonObject CustomerExtend(SeedCustomer c)
    {
        var customer = Customer(c);
        customer["href"] = Href("customerExtend", "customer", c.Id);
        var address = new JsonObject
        {
            ["href"] = Href("addresses", "address", c.Id),
            ["id"] = EncodeId("address", c.Id),
            ["innerId"] = S(c.Id),
            ["company"] = Text(c.Home.Company),
            ["firstname"] = c.FirstName,
            ["lastname"] = c.LastName,
            ["taxNumber"] = Text(c.Home.TaxNumber),
            ["type"] = c.Home.Company is null ? "private" : "company",
            ["address1"] = c.Home.Street,
            ["address2"] = new JsonObject(),
            ["postcode"] = c.Home.Zip,
            ["city"] = c.Home.City,
            ["dateCreated"] = Local(c.UpdatedAt),
            ["dateUpdated"] = Local(c.UpdatedAt),
            ["telephone"] = new JsonObject(),
            ["customer"] = new JsonObject { ["href"] = Href("customers", "customer", c.Id) },
            ["country"] = new JsonObject { ["href"] = Href("countries", "country", 97) },
            ["zone"] = new JsonObject(),
        };
        customer["defaultAddress"] = new JsonObject { ["href"] = Href("addresses", "address", c.Id) };
        customer["addresses"] = new JsonArray(address);
        return customer;
    }

    private static JsonNode Text(string? value) => value is null ? new JsonObject() : JsonValue.Create(value);

    private JsonObject Status(SeedOrderStatus s) => new()
    {
        ["href"] = Href("orderStatuses", "orderStatus", s.Id),
        ["id"] = EncodeId("orderStatus", s.Id),
        ["innerId"] = S(s.Id),
        ["orderStatusDescriptions"] = new JsonObject { ["href"] = new Uri(BaseUrl, $"/api/orderStatusDescriptions?orderStatusId={EncodeId("orderStatus", s.Id)}").ToString() },
    };

    private JsonObject StatusDescription(SeedOrderStatus s) => new()
    {
        ["href"] = Href("orderStatusDescriptions", "orderStatusDescription", s.Id),
        ["id"] = EncodeId("orderStatusDescription", s.Id),
        ["name"] = s.Name,
        ["color"] = "#3366cc",
        ["orderStatus"] = new JsonObject { ["href"] = Href("orderStatuses", "orderStatus", s.Id) },
        ["language"] = new JsonObject { ["href"] = Href("languages", "language", 1) },
    };

    private static JsonObject Total(string name, string type, decimal value, int sort) => new()
    {
        ["name"] = name,
        ["valueText"] = $"{value:0} Ft",
        ["value"] = M(value),
        ["sortOrder"] = S(sort),
        ["type"] = type,
    };

    private string Href(string resource, string type, int innerId) => new Uri(BaseUrl, $"/api/{resource}/{EncodeId(type, innerId)}").ToString();

    private static string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Budapest).ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string M(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static bool TryInt(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }

    private static JsonObject Message(string message) => new() { ["message"] = message };

    private static (int Status, JsonNode Body) Fault(int status, int code, string message) =>
        (status, new JsonObject { ["code"] = code, ["message"] = message });

    private static IResult Error(int status, int code, string message) =>
        Results.Json(new JsonObject { ["code"] = code, ["message"] = message }, statusCode: status);

    private static IResult Json(JsonNode body) => Results.Text(body.ToJsonString(), "application/json; charset=utf-8");
}
