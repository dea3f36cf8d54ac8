namespace ChatBuddy.Tests.Emulators.Shops;

/// <summary>
/// A platform-neutral webshop held by an emulator: categories, products (some with variant children),
/// customers, order statuses and orders. Generated deterministically from a seed; emulators render it
/// in their platform's wire format and tests change it through the methods here.
/// </summary>
public sealed class ShopSeed
{
    private static readonly string[] Nouns = ["póló", "pulóver", "nadrág", "cipő", "bögre", "lámpa", "táska", "sapka", "kesztyű", "párna", "takaró", "könyv", "társasjáték", "kulacs", "hátizsák"];
    private static readonly string[] Adjectives = ["piros", "kék", "zöld", "fekete", "fehér", "sárga", "bordó", "szürke", "lila", "narancs"];
    private static readonly string[] Materials = ["pamut", "gyapjú", "bőr", "kerámia", "fa", "acél", "len", "bambusz"];
    private static readonly string[] FirstNames = ["Anna", "Béla", "Csilla", "Dávid", "Eszter", "Ferenc", "Gabriella", "Hunor", "Ildikó", "János", "Katalin", "László"];
    private static readonly string[] LastNames = ["Kovács", "Nagy", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas"];

    private readonly Lock _lock = new();

    public List<SeedCategory> Categories { get; } = [];

    public List<SeedProduct> Products { get; } = [];

    public List<SeedCustomer> Customers { get; } = [];

    public List<SeedOrderStatus> Statuses { get; } =
    [
        new(1, "Függőben", "open_normal"),
        new(2, "Feldolgozás alatt", "open_prepare"),
        new(3, "Szállítás alatt", "open_normal"),
        new(4, "Teljesítve", "close_ok"),
        new(5, "Törölve", "close_fault"),
    ];

    public List<SeedOrder> Orders { get; } = [];

    public Lock Sync => _lock;

    public static ShopSeed Generate(int products, int orders, DateTimeOffset now, int seed = 7)
    {
        var random = new Random(seed);
        var shop = new ShopSeed();
        var roots = new[] { "Ruházat", "Otthon", "Sport", "Könyvek", "Játékok" };
        var nextCategory = 100;
        foreach (var root in roots)
        {
            var rootId = nextCategory++;
            shop.Categories.Add(new SeedCategory(rootId, root, null, rootId));
            for (var i = 0; i < 4; i++)
            {
                shop.Categories.Add(new SeedCategory(nextCategory++, $"{root} {i + 1}", rootId, i));
            }
        }

        var leaves = shop.Categories.Where(c => c.ParentId is not null).ToList();
        for (var i = 0; i < products; i++)
        {
            var id = 1000 + i;
            var noun = Nouns[random.Next(Nouns.Length)];
            var name = $"{Adjectives[random.Next(Adjectives.Length)]} {Materials[random.Next(Materials.Length)]} {noun} {i + 1}";
            var parent = i % 10 == 9 && shop.Products.Count > 0 ? shop.Products[^1] : null;
            var created = now.AddDays(-400).AddMinutes(random.Next(0, 400 * 24 * 60));
            var updated = created.AddMinutes(random.Next(0, (int)Math.Max(1, (now - created).TotalMinutes)));
            var net = Math.Round(random.Next(990, 49_990) / 1.27m / 10, 0) * 10;
            shop.Products.Add(new SeedProduct
            {
                Id = id,
                Sku = $"SKU-{id}",
                Name = parent is null ? char.ToUpperInvariant(name[0]) + name[1..] : parent.Name + " XL",
                Description = $"Kiváló minőségű {name}, {Materials[random.Next(Materials.Length)]} kiegészítőkkel. Cikkszám: SKU-{id}.",
                CategoryId = parent?.CategoryId ?? leaves[random.Next(leaves.Count)].Id,
                NetPrice = net,
                SaleNetPrice = random.Next(8) == 0 ? Math.Round(net * 0.8m, 0) : null,
                Stocks = [random.Next(0, 60), random.Next(0, 5), 0, 0],
                ParentId = parent?.Id,
                Options = parent is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { ["Méret"] = "XL" },
                HasSizes = parent is null && i % 10 == 4,
                Brand = $"Márka {random.Next(1, 30)}",
                CreatedAt = created,
                UpdatedAt = updated,
            });
        }

        var customerCount = Math.Max(1, orders / 3);
        for (var i = 0; i < customerCount; i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var created = now.AddDays(-500).AddMinutes(random.Next(0, 500 * 24 * 60));
            shop.Customers.Add(new SeedCustomer
            {
                Id = 5000 + i,
                FirstName = first,
                LastName = last,
                Email = $"vevo{i + 1}@example.hu",
                Phone = $"+3630{random.Next(1_000_000, 9_999_999)}",
                UpdatedAt = created,
                Home = SeedAddress.Home(5000 + i, $"{last} {first}"),
            });
        }

        for (var i = 0; i < orders; i++)
        {
            var customer = shop.Customers[random.Next(shop.Customers.Count)];
            var created = now.AddDays(-365).AddMinutes(random.Next(0, 365 * 24 * 60));
            var items = new List<SeedOrderItem>();
            for (var line = 0; line < 1 + random.Next(3); line++)
            {
                var product = shop.Products[random.Next(shop.Products.Count)];
                if (items.All(x => x.ProductId != product.Id))
                {
                    items.Add(new SeedOrderItem(product.Id, product.Sku, product.Name, 1 + random.Next(3), product.NetPrice));
                }
            }

            shop.Orders.Add(new SeedOrder
            {
                Id = 20_000 + i,
                Number = $"WS-{20_000 + i}",
                CustomerId = customer.Id,
                StatusId = 1 + random.Next(shop.Statuses.Count),
                CreatedAt = created,
                UpdatedAt = created.AddMinutes(random.Next(0, 3 * 24 * 60)) is var u && u < now ? u : now,
                ShippingFee = random.Next(2) == 0 ? 0 : 1490,
                Discount = random.Next(10) == 0 ? 500 : 0,
                Items = items,
            });
        }

        return shop;
    }

    public SeedCustomer CustomerOf(SeedOrder order) => Customers.First(c => c.Id == order.CustomerId);

    public SeedOrderStatus StatusOf(SeedOrder order) => Statuses.First(s => s.Id == order.StatusId);

    public SeedAddress ShippingAddressOf(SeedOrder order)
    {
        var customer = CustomerOf(order);
        return order.ShipsToWork ? SeedAddress.Work(customer.Home.Name) : customer.Home;
    }

    /// <summary>Changes the price, stock or name of <paramref name="count"/> products (spread over the catalogue) at <paramref name="now"/>.</summary>
    public IReadOnlyList<SeedProduct> ChangeProducts(int count, DateTimeOffset now)
    {
        lock (_lock)
        {
            var step = Math.Max(1, Products.Count / Math.Max(1, count));
            var changed = new List<SeedProduct>();
            for (var i = 0; i < Products.Count && changed.Count < count; i += step)
            {
                var product = Products[i];
                switch (changed.Count % 3)
                {
                    case 0:
                        product.NetPrice += 100;
                        break;
                    case 1:
                        product.Stocks[0] = 1;
                        product.Stocks[1] = 0;
                        break;
                    default:
                        product.Name += " (új)";
                        break;
                }

                product.UpdatedAt = now;
                changed.Add(product);
            }

            return changed;
        }
    }
}

public sealed record SeedCategory(int Id, string Name, int? ParentId, int Sort);

/// <summary>A postal address; <see cref="Home"/> derives a customer's from its id so the generator's random sequence is unchanged.</summary>
public sealed record SeedAddress(string Name, string? Company, string Street, string City, string Zip, string Country, string? TaxNumber)
{
    private static readonly (string Zip, string City)[] Cities = [("1011", "Budapest"), ("4028", "Debrecen"), ("6720", "Szeged"), ("7621", "Pécs"), ("9021", "Győr")];
    private static readonly string[] Streets = ["Fő utca", "Petőfi Sándor utca", "Kossuth Lajos tér", "Rákóczi út", "Arany János utca"];

    public static SeedAddress Home(int id, string name)
    {
        var (zip, city) = Cities[id % Cities.Length];
        var company = id % 5 == 0;
        return new SeedAddress(name, company ? $"{name.Split(' ')[0]} és Társa Kft." : null, $"{Streets[id % Streets.Length]} {id % 90 + 1}.", city, zip, "Magyarország", company ? $"{10_000_000 + id}-2-42" : null);
    }

    /// <summary>Where some orders go instead of home: a workplace in Budapest.</summary>
    public static SeedAddress Work(string name) => new(name, "Irodaház Zrt.", "Váci út 99.", "Budapest", "1138", "Magyarország", null);
}

/// <summary>One size of a product sold in sizes (a UNAS variant combination).</summary>
public sealed record SeedSize(string Value, int Stock);

public sealed record SeedOrderStatus(int Id, string Name, string Type);

public sealed class SeedProduct
{
    public int Id { get; init; }

    public required string Sku { get; init; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    public int CategoryId { get; set; }

    public decimal NetPrice { get; set; }

    public decimal? SaleNetPrice { get; set; }

    public decimal TaxRate { get; set; } = 27m;

    public required int[] Stocks { get; init; }

    public int? ParentId { get; init; }

    /// <summary>A variant child's option values (Shoprenter: list attributes; UNAS: a Types child).</summary>
    public IReadOnlyDictionary<string, string>? Options { get; init; }

    /// <summary>Sold in sizes S, M and L, each with its own stock (UNAS variant combinations).</summary>
    public bool HasSizes { get; init; }

    /// <summary>The stock per size, splitting the product's stock so the total stays the same.</summary>
    public IReadOnlyList<SeedSize> Sizes()
    {
        var total = Stocks.Sum();
        return HasSizes ? [new("S", total / 3), new("M", total / 3), new("L", total - (2 * (total / 3)))] : [];
    }

    public string? Brand { get; init; }

    public bool Active { get; set; } = true;

    public bool Deleted { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public decimal Gross(decimal net) => Math.Round(net * (1 + TaxRate / 100), 0);
}

public sealed class SeedCustomer
{
    public int Id { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required string Email { get; init; }

    public required string Phone { get; init; }

    public required SeedAddress Home { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class SeedOrder
{
    public int Id { get; init; }

    public required string Number { get; init; }

    public int CustomerId { get; init; }

    public int StatusId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int ShippingFee { get; init; }

    public int Discount { get; init; }

    public required List<SeedOrderItem> Items { get; init; }

    /// <summary>Every seventh order goes to a workplace rather than the customer's home.</summary>
    public bool ShipsToWork => Id % 7 == 0;

    public decimal TotalGross => Items.Sum(i => Math.Round(i.NetPrice * 1.27m, 0) * i.Quantity) + ShippingFee - Discount;
}

public sealed record SeedOrderItem(int ProductId, string Sku, string Name, int Quantity, decimal NetPrice);
