using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatBuddy.Grains.Shops.Shoprenter;

/// <summary>
/// Shoprenter's api2 through the unified model: productExtend, categoryExtend, orderExtend (order
/// lines inline; quantity = stock1..4), customers, and order statuses read once per adapter through
/// one /batch call. Pages of 200 with full=1; incremental reads use updatedAfter / updatedAtMin.
/// </summary>
public sealed partial class ShoprenterAdapter(ShoprenterApi api) : IShopAdapter
{
    public const int PageSize = 200;
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss";
    private static readonly string[] StatusResources = ["orderStatuses", "orderStatusDescriptions"];
    private Dictionary<string, OrderStatus>? _statuses;

    public int Calls => api.Calls;

    public IAsyncEnumerable<ShopPage<Category>> CategoriesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync("categoryExtend", null, null, MapCategory, cancellationToken);

    public async IAsyncEnumerable<ShopPage<Product>> ProductsAsync(DateTimeOffset? changedSince, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in PagesAsync("productExtend", "updatedAfter", changedSince, MapProduct, cancellationToken))
        {
            yield return page with { Items = WithVariants(page.Items) };
        }
    }

    /// <summary>
    /// Children are products of their own; a parent read in the same page lists them as its variants.
    /// (A child on another page is still stored as its parent's variant by the sync, from <see cref="Product.AsVariant"/>.)
    /// </summary>
    private static List<Product> WithVariants(IReadOnlyList<Product> products)
    {
        var children = products.Select(p => p.AsVariant).OfType<Variant>().ToLookup(v => v.ParentExternalId, StringComparer.Ordinal);
        return products.Select(p => children.Contains(p.ExternalId) ? p with { Variants = [.. p.Variants, .. children[p.ExternalId]] } : p).ToList();
    }

    public Task<IReadOnlyList<string>> DeletedProductIdsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public IAsyncEnumerable<ShopPage<Customer>> CustomersAsync(DateTimeOffset? changedSince, CancellationToken cancellationToken = default) =>
        PagesAsync("customerExtend", "updatedAtMin", changedSince, MapCustomer, cancellationToken);

    public async IAsyncEnumerable<ShopPage<Order>> OrdersAsync(DateTimeOffset? changedSince, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var statuses = await StatusesAsync(cancellationToken);
        await foreach (var page in PagesAsync("orderExtend", "updatedAtMin", changedSince, o => MapOrder(o, statuses), cancellationToken))
        {
            yield return page;
        }
    }

    public async Task<Order?> OrderAsync(string externalId, CancellationToken cancellationToken = default)
    {
        var statuses = await StatusesAsync(cancellationToken);
        try
        {
            using var document = await api.GetAsync($"orderExtend/{Uri.EscapeDataString(externalId)}", cancellationToken);
            return Parse("order " + externalId, () => MapOrder(document.RootElement, statuses));
        }
        catch (ShopApiException ex) when (ex.Message.Contains("answered 404", StringComparison.Ordinal))
        {
            return null;
        }
    }

    public ValueTask DisposeAsync()
    {
        api.Dispose();
        return ValueTask.CompletedTask;
    }

    private async IAsyncEnumerable<ShopPage<T>> PagesAsync<T>(
        string resource,
        string? filter,
        DateTimeOffset? since,
        Func<JsonElement, T> map,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = $"full=1&limit={PageSize}";
        if (filter is not null && since is { } at)
        {
            query += $"&{filter}={Uri.EscapeDataString(Budapest.ToLocal(at).ToString(DateFormat, CultureInfo.InvariantCulture))}";
        }

        for (var page = 0; ; page++)
        {
            using var document = await api.GetAsync($"{resource}?{query}&page={page}", cancellationToken);
            var root = document.RootElement;
            var pageCount = root.Whole("pageCount");
            var items = Parse($"{resource} page {page}", () => root.Array("items").Select(map).ToList());
            yield return new ShopPage<T>(items, pageCount);
            if (page + 1 >= pageCount)
            {
                yield break;
            }
        }
    }

    private static T Parse<T>(string what, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or KeyNotFoundException or UriFormatException)
        {
            throw new ShopApiException($"Shoprenter sent an unusable {what}: {ex.Message}", ex);
        }
    }

    /// <summary>Order statuses and their names in one /batch round trip.</summary>
    private async Task<Dictionary<string, OrderStatus>> StatusesAsync(CancellationToken cancellationToken)
    {
        if (_statuses is not null)
        {
            return _statuses;
        }

        var requests = StatusResources
            .Select(r => new { method = "GET", uri = new Uri(api.ApiBase, $"{r}?full=1&limit={PageSize}").ToString() })
            .ToArray();
        using var document = await api.PostAsync("batch", new { data = new { requests } }, cancellationToken);
        var responses = document.RootElement.GetProperty("requests").Array("request").ToList();
        if (responses.Count != 2 || responses.Any(r => r.GetProperty("response").GetProperty("header").Text("statusCode") != "200"))
        {
            throw new ShopApiException("Shoprenter's batch read of the order statuses failed");
        }

        var names = responses[1].GetProperty("response").GetProperty("body").Array("items")
            .Where(d => d.LinkId("orderStatus") is not null)
            .GroupBy(d => d.LinkId("orderStatus")!)
            .ToDictionary(g => g.Key, g => g.First().Text("name") ?? g.Key, StringComparer.Ordinal);
        _statuses = responses[0].GetProperty("response").GetProperty("body").Array("items")
            .Select(s => s.Required("id"))
            .ToDictionary(id => id, id => new OrderStatus(id, names.GetValueOrDefault(id, id), OrderStatusNames.Categorise(names.GetValueOrDefault(id, id))), StringComparer.Ordinal);
        return _statuses;
    }

    private static Category MapCategory(JsonElement c) => new(
        c.Required("id"),
        c.Array("categoryDescriptions").Select(d => d.Text("name")).FirstOrDefault(n => n is not null) ?? c.Required("innerId"),
        c.LinkId("parentCategory"),
        c.Whole("sortOrder"),
        c.Text("status") == "1");

    private static Product MapProduct(JsonElement p)
    {
        var description = p.Array("productDescriptions").FirstOrDefault();
        var prices = new List<Price>();
        decimal taxRate = 0;
        foreach (var price in p.Array("productPrices"))
        {
            var group = price.TryGetProperty("customerGroup", out var g) ? g : default;
            var everyone = group.ValueKind == JsonValueKind.Object && group.Text("default") == "1";
            var currency = price.Text("currencyCode") ?? "HUF";
            var net = price.Number("netOriginal");
            var gross = price.Number("grossOriginal");
            prices.Add(new Price(net, gross, currency, PriceType.Normal, GroupId: everyone ? null : group.Text("id")));
            if (price.Number("grossSpecial", gross) < gross)
            {
                prices.Add(new Price(price.Number("netSpecial"), price.Number("grossSpecial"), currency, PriceType.Sale, GroupId: everyone ? null : group.Text("id")));
            }

            if (everyone && net > 0)
            {
                taxRate = Math.Round((gross / net - 1) * 100, 0);
            }
        }

        if (prices.Count == 0)
        {
            prices.Add(new Price(p.Number("price"), p.Number("price"), "HUF", PriceType.Normal));
        }

        var sku = p.Required("sku");
        return new Product(
            ExternalId: p.Required("id"),
            Sku: sku,
            Name: description.Text("name") ?? throw new FormatException($"product {sku} has no name"),
            Description: PlainText(description.Text("description") ?? description.Text("shortDescription") ?? ""),
            Active: p.Text("status") == "1",
            CategoryIds: p.Array("productCategoryRelations").Select(r => r.LinkId("category")).OfType<string>().ToList(),
            TaxRate: taxRate,
            Prices: prices,
            Stocks: Enumerable.Range(1, 4).Select(w => new Stock(sku, w.ToString(CultureInfo.InvariantCulture), p.Whole($"stock{w}"))).ToList(),
            Variants: [],
            Brand: p.TryGetProperty("manufacturer", out var m) ? m.Text("name") : null,
            Url: null,
            ImageUrl: p.Text("mainPicture") is { } picture && Uri.TryCreate(picture, UriKind.Absolute, out var image) ? image.ToString() : null,
            UpdatedAt: Time(p.Text("dateUpdated")) ?? Time(p.Text("dateCreated")) ?? DateTimeOffset.UnixEpoch,
            ParentExternalId: p.LinkId("parentProduct"),
            Options: p.LinkId("parentProduct") is null ? null : ListAttributes(p));
    }

    /// <summary>A child's variant values: its list attributes (productAttributeExtend, type LIST), name → first value.</summary>
    private static Dictionary<string, string> ListAttributes(JsonElement p)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in p.Array("productAttributeExtend").Where(a => a.Text("type") == "LIST"))
        {
            if (attribute.Text("name") is { } name && attribute.Array("value").Select(v => v.Text("value")).OfType<string>().FirstOrDefault() is { } value)
            {
                options[name] = value;
            }
        }

        return options;
    }

    private static Customer MapCustomer(JsonElement c) => new(
        c.Required("id"),
        c.Text("email")?.ToLowerInvariant(),
        c.Text("firstname"),
        c.Text("lastname"),
        c.Text("telephone"),
        c.LinkId("customerGroup"),
        c.Array("addresses").Select(a => MapAddress(a, a.Text("id") == c.LinkId("defaultAddress") ? "default" : null)).Where(a => !a.IsEmpty).ToList(),
        Time(c.Text("dateUpdated")) ?? DateTimeOffset.UnixEpoch);

    /// <summary>An address resource (customerExtend); its country is only a link, so it stays unnamed.</summary>
    private static Address MapAddress(JsonElement a, string? kind) => new(
        Name(a.Text("lastname"), a.Text("firstname")),
        a.Text("company"),
        Street(a.Text("address1"), a.Text("address2")),
        a.Text("city"),
        a.Text("postcode"),
        null,
        a.Text("taxNumber") is { } tax && tax != "0" ? tax : null,
        kind);

    /// <summary>An order's flat <c>shipping*</c> or <c>payment*</c> address fields.</summary>
    private static Address? OrderAddress(JsonElement o, string prefix, string? taxNumber)
    {
        var address = new Address(
            Name(o.Text(prefix + "Lastname"), o.Text(prefix + "Firstname")),
            o.Text(prefix + "Company"),
            Street(o.Text(prefix + "Address1"), o.Text(prefix + "Address2")),
            o.Text(prefix + "City"),
            o.Text(prefix + "Postcode"),
            o.Text(prefix + "CountryName"),
            taxNumber);
        return address.IsEmpty ? null : address;
    }

    private static string? Name(string? last, string? first) =>
        string.Join(' ', new[] { last, first }.OfType<string>()) is { Length: > 0 } name ? name : null;

    private static string? Street(string? line1, string? line2) =>
        string.Join(", ", new[] { line1, line2 }.OfType<string>()) is { Length: > 0 } street ? street : null;

    private static Order MapOrder(JsonElement o, Dictionary<string, OrderStatus> statuses)
    {
        var items = new List<OrderItem>();
        foreach (var line in o.Array("orderProducts"))
        {
            var quantity = Enumerable.Range(1, 4).Sum(w => line.Whole($"stock{w}"));
            items.Add(new OrderItem(line.Text("sku") ?? line.Required("productInnerId"), line.Required("name"), quantity, line.Number("price"), line.Number("grossPrice"), line.Number("taxRate"), OrderItemKind.Product));
        }

        foreach (var total in o.Array("orderTotals"))
        {
            var kind = total.Text("type") switch
            {
                "SHIPPING" => OrderItemKind.Shipping,
                "PAYMENT" => OrderItemKind.Fee,
                "COUPON" or "LOYALTY" => OrderItemKind.Discount,
                _ => (OrderItemKind?)null,
            };
            if (kind is { } k && total.Number("value") != 0)
            {
                var value = total.Number("value");
                items.Add(new OrderItem(total.Text("type")!.ToLowerInvariant(), total.Text("name") ?? k.ToString(), 1, value, value, 0, k));
            }
        }

        var name = string.Join(' ', new[] { o.Text("lastname"), o.Text("firstname") }.OfType<string>());
        var created = Time(o.Text("dateCreated")) ?? throw new FormatException("the order has no dateCreated");

        // No orderStatus means an abandoned cart, not an order.
        var status = o.LinkId("orderStatus") is { } statusId ? statuses.GetValueOrDefault(statusId) ?? new OrderStatus(statusId, statusId, OrderStatusCategory.Processing) : null;
        return new Order(
            ExternalId: o.Required("id"),
            Number: o.Required("innerId"),
            CreatedAt: created,
            UpdatedAt: Time(o.Text("dateUpdated")) ?? created,
            Status: status,
            Currency: o.TryGetProperty("currency", out var c) && c.Text("code") is { Length: 3 } code ? code : "HUF",
            TotalGross: o.Number("total"),
            Customer: null,
            Email: o.Text("email")?.ToLowerInvariant(),
            Phone: o.Text("phone"),
            CustomerName: name.Length > 0 ? name : null,
            Shipping: OrderAddress(o, "shipping", null),
            Billing: OrderAddress(o, "payment", o.Text("taxNumber")),
            PaymentMethod: o.Text("paymentMethodName"),
            PaymentStatus: null,
            ShippingMethod: o.Text("shippingMethodName"),
            TrackingNumber: null,
            TrackingUrl: null,
            Items: items);
    }

    private static DateTimeOffset? Time(string? text) =>
        text is null || text.StartsWith("0000", StringComparison.Ordinal)
            ? null
            : DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                ? Budapest.FromLocal(local)
                : throw new FormatException($"'{text}' is not a date");

    private static string PlainText(string html) => WhiteSpace().Replace(Tags().Replace(html, " "), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
