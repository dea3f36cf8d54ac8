namespace ChatBuddy.Grains.Demo;

/// <summary>
/// Turns category drafts into finished products: sequential SKUs per prefix, shop-like prices,
/// 15% on sale, 8% sold out, unique URLs, and the statutory warranty of durable goods.
/// </summary>
internal sealed class CatalogBuilder(DemoRandom random)
{
    private const string BaseUrl = "https://" + DemoShopGenerator.Domain;
    private const double OnSaleShare = 0.15;
    private const double SoldOutShare = 0.08;

    private readonly List<(string Sku, ProductDraft Draft)> _drafts = [];
    private readonly Dictionary<string, int> _lastSkuNumber = new(StringComparer.Ordinal);

    public DemoRandom Random => random;

    /// <summary>A realistic shelf price near <paramref name="raw"/>: 4490, 12990, 129990.</summary>
    public static int ShopPrice(int raw)
    {
        var step = raw switch
        {
            < 10_000 => 500,
            < 100_000 => 1000,
            _ => 5000,
        };
        return Math.Max(1, (raw + (step / 2)) / step) * step - 10;
    }

    public void Add(ProductDraft draft)
    {
        var number = _lastSkuNumber.GetValueOrDefault(draft.SkuPrefix, 1000) + 1;
        _lastSkuNumber[draft.SkuPrefix] = number;
        _drafts.Add(($"{draft.SkuPrefix}-{number}", draft));
    }

    /// <summary>
    /// The finished catalogue. Sale and sold-out products are drawn as exact shares of the whole
    /// assortment, so the mix is the same whatever the seed.
    /// </summary>
    public IReadOnlyList<DemoProduct> Finish()
    {
        var onSale = Pick(OnSaleShare);
        var soldOut = Pick(SoldOutShare);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var products = new List<DemoProduct>(_drafts.Count);
        for (var i = 0; i < _drafts.Count; i++)
        {
            var (sku, draft) = _drafts[i];
            int? salePrice = onSale[i] ? SalePrice(draft.Price, random.Between(10, 40)) : null;
            var stock = soldOut[i] ? 0 : StockLevel();
            if (draft.Durable && Warranty(salePrice ?? draft.Price) is { } warranty)
            {
                draft.Attributes.Set("garancia", warranty);
            }

            var slug = HungarianText.Slug(draft.Name);
            if (!slugs.Add(slug))
            {
                slug = $"{slug}-{sku.ToLowerInvariant()}";
                slugs.Add(slug);
            }

            products.Add(new DemoProduct(
                sku,
                draft.Name,
                draft.Description,
                draft.Category,
                draft.Brand,
                draft.Price,
                salePrice,
                stock,
                $"{BaseUrl}/termek/{slug}",
                $"{BaseUrl}/kepek/{sku}.jpg",
                draft.Attributes.Values));
        }

        return products;
    }

    /// <summary>A random set of exactly round(share × count) products, as flags by position.</summary>
    private bool[] Pick(double share)
    {
        var positions = Enumerable.Range(0, _drafts.Count).ToList();
        random.Shuffle(positions);
        var flags = new bool[_drafts.Count];
        foreach (var position in positions.Take((int)Math.Round(share * _drafts.Count)))
        {
            flags[position] = true;
        }

        return flags;
    }

    /// <summary>The discounted price, ending in 90 (or 990 from 10 000 Ft) and 10–40% below the shelf price.</summary>
    private static int SalePrice(int price, int percentOff)
    {
        var target = price * (100 - percentOff) / 100;
        var step = target < 10_000 ? 100 : 1000;
        var sale = Math.Max(1, (target + (step / 2)) / step) * step - 10;
        while (sale > price * 9 / 10 && sale - step > 0)
        {
            sale -= step;
        }

        while (sale < price * 6 / 10)
        {
            sale += step;
        }

        return sale;
    }

    /// <summary>1–120 pieces, few of most products and many of some.</summary>
    private int StockLevel()
    {
        var u = random.NextDouble();
        return 1 + (int)(119 * u * u);
    }

    /// <summary>Mandatory warranty of durable goods (151/2003. (IX. 22.) Korm. rendelet) by selling price.</summary>
    private static string? Warranty(int price) => price switch
    {
        < 10_000 => null,
        <= 100_000 => "1 év",
        <= 250_000 => "2 év",
        _ => "3 év",
    };
}
