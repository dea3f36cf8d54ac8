using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace ChatBuddy.Grains.Shops.Unas;

/// <summary>
/// UNAS through the unified model: getProduct / getCategory / getCustomer / getOrder with
/// LimitNum/LimitStart paging and time windows, getOrderStatus once per adapter, pseudo-items
/// (shipping-cost, handel-cost, discount-*) as fee and discount lines. Multi-entity gets are the scarce
/// budget, so pages are as large as UNAS allows.
/// </summary>
public sealed class UnasAdapter(UnasApi api) : IShopAdapter
{
    public const int ProductPageSize = 1000;
    public const int OrderPageSize = 500;
    private Dictionary<string, OrderStatus>? _statuses;

    public int Calls => api.Calls;

    public UnasCallBudget Budget => api.Budget;

    public IAsyncEnumerable<ShopPage<Category>> CategoriesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync("getCategory", "Category", ProductPageSize, [], MapCategory, cancellationToken);

    public IAsyncEnumerable<ShopPage<Product>> ProductsAsync(DateTimeOffset? changedSince, CancellationToken cancellationToken = default) =>
        PagesAsync("getProduct", "Product", ProductPageSize, [new XElement("State", "live"), new XElement("ContentType", "full"), .. Since("TimeStart", changedSince)], MapProduct, cancellationToken);

    public async Task<IReadOnlyList<string>> DeletedProductIdsAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var ids = new List<string>();
        await foreach (var page in PagesAsync("getProduct", "Product", ProductPageSize, [new XElement("State", "deleted"), new XElement("ContentType", "minimal"), .. Since("TimeStart", since)], p => Required(p, "Id"), cancellationToken))
        {
            ids.AddRange(page.Items);
        }

        return ids;
    }

    public IAsyncEnumerable<ShopPage<Customer>> CustomersAsync(DateTimeOffset? changedSince, CancellationToken cancellationToken = default) =>
        PagesAsync("getCustomer", "Customer", ProductPageSize, [.. Since("ModTimeStart", changedSince)], MapCustomer, cancellationToken);

    public async IAsyncEnumerable<ShopPage<Order>> OrdersAsync(DateTimeOffset? changedSince, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var statuses = await StatusesAsync(cancellationToken);
        await foreach (var page in PagesAsync("getOrder", "Order", OrderPageSize, [.. Since("TimeModStart", changedSince)], o => MapOrder(o, statuses), cancellationToken))
        {
            yield return page;
        }
    }

    public async Task<Order?> OrderAsync(string externalId, CancellationToken cancellationToken = default)
    {
        var statuses = await StatusesAsync(cancellationToken);
        var root = await api.CallAsync("getOrder", many: false, new XElement("Params", new XElement("Key", externalId)), cancellationToken);
        return root.Elements("Order").Select(o => Parse("getOrder", () => MapOrder(o, statuses))).FirstOrDefault();
    }

    public ValueTask DisposeAsync()
    {
        api.Dispose();
        return ValueTask.CompletedTask;
    }

    private static IEnumerable<XElement> Since(string name, DateTimeOffset? at) =>
        at is { } time ? [new XElement(name, time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))] : [];

    private async IAsyncEnumerable<ShopPage<T>> PagesAsync<T>(string function, string entity, int pageSize, XElement[] filters, Func<XElement, T> map, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // LimitStart is read as a 0-based offset; were it 1-based, pages would overlap by one item,
        // which the sync's de-duplication absorbs, so nothing is skipped either way.
        for (var start = 0; ; start += pageSize)
        {
            var parameters = new XElement("Params", filters, new XElement("LimitNum", pageSize), new XElement("LimitStart", start));
            var root = await api.CallAsync(function, many: true, parameters, cancellationToken);
            var items = Parse(function, () => root.Elements(entity).Select(map).ToList());
            yield return new ShopPage<T>(items, null);
            if (items.Count < pageSize)
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
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            throw new ShopApiException($"UNAS sent an unusable answer to {what}: {ex.Message}", ex);
        }
    }

    private async Task<Dictionary<string, OrderStatus>> StatusesAsync(CancellationToken cancellationToken)
    {
        if (_statuses is not null)
        {
            return _statuses;
        }

        var root = await api.CallAsync("getOrderStatus", many: true, new XElement("Params"), cancellationToken);
        _statuses = root.Elements("OrderStatus").ToDictionary(
            s => Required(s, "Id"),
            s =>
            {
                var name = s.Element("Name")?.Value ?? Required(s, "Id");
                var category = s.Element("Type")?.Value switch
                {
                    "close_ok" => OrderStatusCategory.Delivered,
                    "close_fault" => OrderStatusCategory.Cancelled,
                    _ => OrderStatusNames.Categorise(name) is var c && c is OrderStatusCategory.Delivered or OrderStatusCategory.Cancelled ? OrderStatusCategory.Processing : OrderStatusNames.Categorise(name),
                };
                return new OrderStatus(Required(s, "Id"), name, category);
            },
            StringComparer.Ordinal);
        return _statuses;
    }

    private static Category MapCategory(XElement c) => new(
        Required(c, "Id"),
        c.Element("Name")?.Value ?? Required(c, "Id"),
        c.Element("Parent")?.Element("Id")?.Value is { Length: > 0 } parent && parent != "0" ? parent : null,
        Int(c, "Order"),
        c.Element("Display")?.Element("Page")?.Value != "no");

    private static Product MapProduct(XElement p)
    {
        var sku = Required(p, "Sku");
        var prices = p.Element("Prices");
        var vat = Decimal(prices?.Element("Vat")?.Value?.TrimEnd('%') ?? "0", "Vat");
        var list = new List<Price>();
        foreach (var price in prices?.Elements("Price") ?? [])
        {
            var type = price.Element("Type")?.Value switch
            {
                "sale" => PriceType.Sale,
                "special" => PriceType.Special,
                _ => PriceType.Normal,
            };
            list.Add(new Price(
                Decimal(price.Element("Net")?.Value ?? "0", "Net"),
                Decimal(price.Element("Gross")?.Value ?? "0", "Gross"),
                price.Element("Currency")?.Value ?? "HUF",
                type,
                Date(price.Element("Start")?.Value),
                Date(price.Element("End")?.Value)?.AddDays(1),
                price.Element("Group")?.Value is { Length: > 0 } group ? group : null));
        }

        var baseStatus = p.Element("Statuses")?.Elements("Status").FirstOrDefault(s => s.Element("Type")?.Value == "base")?.Element("Value")?.Value;
        var stocks = p.Element("Stocks");
        var backorder = stocks?.Element("Status")?.Element("Empty")?.Value == "1";
        return new Product(
            ExternalId: Required(p, "Id"),
            Sku: sku,
            Name: Required(p, "Name"),
            Description: p.Element("Description")?.Element("Long")?.Value ?? p.Element("Description")?.Element("Short")?.Value ?? "",
            Active: baseStatus is null or "1" or "2",
            CategoryIds: p.Element("Categories")?.Elements("Category").OrderBy(c => c.Element("Type")?.Value == "base" ? 0 : 1).Select(c => Required(c, "Id")).ToList() ?? [],
            TaxRate: vat,
            Prices: list,
            Stocks: stocks?.Elements("Stock").Select((s, i) => new Stock(sku, s.Element("WarehouseId")?.Value ?? (i + 1).ToString(CultureInfo.InvariantCulture), (int)Decimal(s.Element("Qty")?.Value ?? "0", "Qty"), backorder)).ToList() ?? [],
            Variants: Combinations(p, Required(p, "Id"), sku),
            Brand: p.Element("Params")?.Elements("Param").FirstOrDefault(x => x.Element("Name")?.Value is "Márka" or "Gyártó")?.Element("Value")?.Value,
            Url: p.Element("Url")?.Value is { Length: > 0 } url ? url : null,
            ImageUrl: p.Element("Images")?.Elements("Image").FirstOrDefault()?.Element("Url")?.Value,
            UpdatedAt: Unix(p.Element("LastModTime")?.Value) ?? DateTimeOffset.UnixEpoch,
            ParentExternalId: p.Element("Types")?.Element("Type")?.Value == "child" ? p.Element("Types")?.Element("Parent")?.Value : null);
    }

    /// <summary>
    /// UNAS variant axes (<c>Variants/Variant{Name, Values/Value{Name, ExtraPrice}}</c>, at most 3) as
    /// combinations. Their stock comes from the stock lines naming the same values (<c>Stock/Variants/Variant</c>)
    /// when stock is kept per variant; otherwise every combination of the axes, without stock.
    /// </summary>
    private static List<Variant> Combinations(XElement p, string productId, string sku)
    {
        var axes = p.Element("Variants")?.Elements("Variant")
            .Select(v => (Name: v.Element("Name")?.Value ?? "", Values: v.Element("Values")?.Elements("Value").Select(x => (Name: x.Element("Name")?.Value ?? "", Extra: Decimal(x.Element("ExtraPrice")?.Value is { Length: > 0 } e ? e : "0", "ExtraPrice"))).Where(x => x.Name.Length > 0).ToList() ?? []))
            .Where(a => a.Name.Length > 0 && a.Values.Count > 0)
            .Take(3)
            .ToList() ?? [];
        if (axes.Count == 0)
        {
            return [];
        }

        var perVariant = p.Element("Stocks")?.Element("Status")?.Element("Variant")?.Value == "1";
        var stockLines = p.Element("Stocks")?.Elements("Stock")
            .Select(s => (Values: s.Element("Variants")?.Elements("Variant").Select(v => v.Value).ToList() ?? [], Qty: (int)Decimal(s.Element("Qty")?.Value ?? "0", "Qty")))
            .Where(s => s.Values.Count > 0)
            .ToList() ?? [];
        IEnumerable<List<(string Axis, string Value, decimal Extra)>> combinations = [[]];
        foreach (var axis in axes)
        {
            combinations = combinations.SelectMany(c => axis.Values.Select(v => new List<(string, string, decimal)>(c) { (axis.Name, v.Name, v.Extra) }));
        }

        return combinations.Select(c =>
        {
            var values = c.Select(x => x.Value).ToList();
            int? stock = perVariant ? stockLines.Where(s => s.Values.SequenceEqual(values, StringComparer.Ordinal)).Sum(s => s.Qty) : null;
            var key = string.Join('/', values);
            return new Variant($"{productId}:{key}", productId, $"{sku}:{key}", c.ToDictionary(x => x.Axis, x => x.Value, StringComparer.Ordinal), stock, c.Sum(x => x.Extra));
        }).ToList();
    }

    /// <summary>A UNAS address block (<c>Invoice</c>, <c>Shipping</c>); <c>Street</c>, or its parts when only they are given.</summary>
    private static Address? MapAddress(XElement? a, string kind)
    {
        if (a is null)
        {
            return null;
        }

        string? Text(string name) => a.Element(name)?.Value is { Length: > 0 } value ? value.Trim() : null;
        var street = Text("Street") ?? (string.Join(' ', new[] { Text("StreetName"), Text("StreetType"), Text("StreetNumber") }.OfType<string>()) is { Length: > 0 } parts ? parts : null);
        var address = new Address(Text("Name"), null, street, Text("City"), Text("ZIP"), Text("Country"), Text("TaxNumber") ?? Text("EUTaxNumber"), kind);
        return address.IsEmpty ? null : address;
    }

    private static Customer MapCustomer(XElement c)
    {
        var name = c.Element("Contact")?.Element("Name")?.Value?.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new Customer(
            Required(c, "Id"),
            c.Element("Email")?.Value?.ToLowerInvariant(),
            name.Length > 1 ? name[1] : null,
            name.Length > 0 ? name[0] : null,
            c.Element("Contact")?.Element("Phone")?.Value is { Length: > 0 } phone ? phone : null,
            c.Element("Group")?.Element("Id")?.Value,
            new[] { MapAddress(c.Element("Addresses")?.Element("Invoice"), "billing"), MapAddress(c.Element("Addresses")?.Element("Shipping"), "shipping") }.OfType<Address>().ToList(),
            LocalTime(c.Element("Dates")?.Element("Modification")?.Value) ?? DateTimeOffset.UnixEpoch);
    }

    private static Order MapOrder(XElement o, Dictionary<string, OrderStatus> statuses)
    {
        var items = new List<OrderItem>();
        foreach (var item in o.Element("Items")?.Elements("Item") ?? [])
        {
            var id = item.Element("Id")?.Value ?? "";
            var kind = id switch
            {
                "shipping-cost" => OrderItemKind.Shipping,
                "handel-cost" => OrderItemKind.Fee,
                "discount-amount" or "discount-percent" => OrderItemKind.Discount,
                _ => OrderItemKind.Product,
            };
            items.Add(new OrderItem(
                item.Element("Sku")?.Value is { Length: > 0 } sku ? sku : id,
                item.Element("Name")?.Value ?? id,
                (int)Decimal(item.Element("Quantity")?.Value ?? "1", "Quantity"),
                Decimal(item.Element("PriceNet")?.Value ?? "0", "PriceNet"),
                Decimal(item.Element("PriceGross")?.Value ?? "0", "PriceGross"),
                Decimal(item.Element("Vat")?.Value?.TrimEnd('%') ?? "0", "Vat"),
                kind));
        }

        var customer = o.Element("Customer");
        var shipping = customer?.Element("Addresses")?.Element("Shipping");
        var created = LocalTime(o.Element("Date")?.Value) ?? throw new FormatException("an order has no Date");
        var statusId = o.Element("StatusID")?.Value;
        return new Order(
            ExternalId: Required(o, "Key"),
            Number: Required(o, "Key"),
            CreatedAt: created,
            UpdatedAt: LocalTime(o.Element("DateMod")?.Value) ?? created,
            Status: statusId is null ? null : statuses.GetValueOrDefault(statusId) ?? new OrderStatus(statusId, o.Element("Status")?.Value ?? statusId, OrderStatusNames.Categorise(o.Element("Status")?.Value ?? "")),
            Currency: o.Element("Currency")?.Value is { Length: 3 } currency ? currency : "HUF",
            TotalGross: Decimal(o.Element("SumPriceGross")?.Value ?? "0", "SumPriceGross"),
            Customer: null,
            Email: customer?.Element("Email")?.Value?.ToLowerInvariant(),
            Phone: customer?.Element("Contact")?.Element("Phone")?.Value is { Length: > 0 } phone ? phone : null,
            CustomerName: customer?.Element("Contact")?.Element("Name")?.Value,
            Shipping: MapAddress(shipping, "shipping") is { } shipTo ? shipTo with { Kind = null } : null,
            Billing: MapAddress(customer?.Element("Addresses")?.Element("Invoice"), "billing") is { } billTo ? billTo with { Kind = null } : null,
            PaymentMethod: o.Element("Payment")?.Element("Name")?.Value,
            PaymentStatus: o.Element("Payment")?.Element("Status")?.Value,
            ShippingMethod: o.Element("Shipping")?.Element("Name")?.Value,
            TrackingNumber: o.Element("Shipping")?.Element("PackageNumber")?.Value is { Length: > 0 } package ? package : null,
            TrackingUrl: o.Element("Shipping")?.Element("TrackingUrl")?.Value is { Length: > 0 } tracking ? tracking : null,
            Items: items);
    }

    private static string Required(XElement element, string name) =>
        element.Element(name)?.Value is { Length: > 0 } value ? value : throw new FormatException($"<{element.Name.LocalName}> has no <{name}>");

    private static int Int(XElement element, string name) => (int)Decimal(element.Element(name)?.Value ?? "0", name);

    private static decimal Decimal(string text, string name) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : throw new FormatException($"<{name}> is not a number: '{text}'");

    private static DateTimeOffset? Unix(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    private static DateTimeOffset? LocalTime(string? text) =>
        text is { Length: > 0 } && DateTime.TryParseExact(text, "yyyy.MM.dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? Budapest.FromLocal(local)
            : text is { Length: > 0 } ? throw new FormatException($"'{text}' is not a UNAS date (yyyy.MM.dd HH:mm:ss)") : null;

    private static DateTimeOffset? Date(string? text) =>
        text is { Length: > 0 } && DateTime.TryParseExact(text, "yyyy.MM.dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? Budapest.FromLocal(day) : null;
}
