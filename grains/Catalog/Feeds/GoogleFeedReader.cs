using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ChatBuddy.Grains.Import;

namespace ChatBuddy.Grains.Catalog.Feeds;

/// <summary>
/// Streams the items of a Google Merchant feed (RSS <c>item</c> or Atom <c>entry</c>) and maps each to a
/// product row: g:id → sku, title, description, g:price / g:sale_price ("12 990 HUF", "12990.00 HUF"),
/// g:availability and g:quantity → stock, g:brand, g:product_type ("A > B") → category, link,
/// g:image_link, and gtin / mpn / color / size / item_group_id as attributes.
/// </summary>
public static partial class GoogleFeedReader
{
    public static readonly XNamespace G = "http://base.google.com/ns/1.0";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly string[] AttributeFields = ["gtin", "mpn", "color", "size", "material", "gender", "age_group", "item_group_id", "condition"];

    public static async IAsyncEnumerable<FeedItem> ReadAsync(Stream feed, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = XmlReader.Create(feed, new XmlReaderSettings { Async = true, DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
        var number = 0;
        await reader.MoveToContentAsync();
        while (!reader.EOF)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName is not ("item" or "entry"))
            {
                await reader.ReadAsync();
                continue;
            }

            // Reading the element moves the reader past it, onto the next node: no extra Read here.
            var element = (XElement)await XNode.ReadFromAsync(reader, cancellationToken);
            number++;
            FeedItem item;
            try
            {
                item = new FeedItem(number, Map(element), null);
            }
            catch (ImportFieldException ex)
            {
                item = new FeedItem(number, null, ex.Message);
            }

            yield return item;
        }
    }

    private static ProductRecord Map(XElement item)
    {
        var sku = Field(item, "id") ?? throw new ImportFieldException("g:id is required");
        if (sku.Length > 64 || sku.Any(char.IsWhiteSpace))
        {
            throw new ImportFieldException($"g:id '{sku}' is longer than 64 characters or contains spaces");
        }

        var title = Field(item, "title") ?? throw new ImportFieldException("title is required");
        var (price, currency) = Money(Field(item, "price") ?? throw new ImportFieldException("g:price is required"), "g:price");
        var sale = Field(item, "sale_price") is { } salePrice ? Money(salePrice, "g:sale_price") : ((int, string)?)null;
        if (sale is { } s && s.Item2 != currency)
        {
            throw new ImportFieldException("g:sale_price and g:price have different currencies");
        }

        var availability = Field(item, "availability")?.ToLowerInvariant().Replace(' ', '_');
        var quantity = Field(item, "quantity") is { } q && int.TryParse(q, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        var stock = availability switch
        {
            "out_of_stock" => 0,
            "in_stock" or "backorder" or "preorder" or null => quantity ?? (availability == "in_stock" ? 1 : 0),
            _ => throw new ImportFieldException($"g:availability '{availability}' is not in stock, out of stock, preorder or backorder"),
        };

        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in AttributeFields)
        {
            if (Field(item, name) is { } value)
            {
                attributes[name] = value.Length <= 200 ? value : value[..200];
            }
        }

        var category = Field(item, "product_type")?.Split(',')[0];
        return new ProductRecord(
            Sku: sku,
            Name: title.Length <= 300 ? title : title[..300],
            Description: Clip(StripTags(Field(item, "description") ?? ""), ProductRecord.MaxDescriptionLength),
            Category: CategoryPath.Normalize(category is { Length: > 0 } ? category : null),
            Brand: Field(item, "brand"),
            Price: price,
            SalePrice: sale is { } x && x.Item1 < price ? x.Item1 : null,
            Currency: currency,
            Stock: Math.Max(0, stock),
            Url: Link(item),
            ImageUrl: Url(Field(item, "image_link")),
            AttributesJson: JsonSerializer.Serialize(attributes));
    }

    /// <summary>A field from the g: namespace, falling back to the plain RSS/Atom element of that name.</summary>
    private static string? Field(XElement item, string name)
    {
        var value = (item.Element(G + name) ?? item.Element(name) ?? item.Element(Atom + name))?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? Link(XElement item) =>
        Url(Field(item, "link") ?? item.Element(Atom + "link")?.Attribute("href")?.Value);

    private static string? Url(string? text) =>
        text is not null && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    /// <summary>Whole currency units from "12990 HUF", "12 990 HUF", "12990.00 HUF", "12.990,00 HUF" or "1,299.90 EUR".</summary>
    private static (int Amount, string Currency) Money(string text, string field)
    {
        var match = MoneyPattern().Match(text.Replace('\u00a0', ' '));
        if (!match.Success)
        {
            throw new ImportFieldException($"{field} '{text}' is not an amount with a currency (e.g. \"12990 HUF\")");
        }

        var digits = match.Groups["amount"].Value.Replace(" ", "", StringComparison.Ordinal);
        var lastComma = digits.LastIndexOf(',');
        var lastDot = digits.LastIndexOf('.');
        var decimalSeparator = Math.Max(lastComma, lastDot) is var last && last >= 0 && digits.Length - last - 1 is 1 or 2 ? digits[last] : (char?)null;
        var normalised = decimalSeparator is { } separator
            ? digits[..digits.LastIndexOf(separator)].Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal) + "." + digits[(digits.LastIndexOf(separator) + 1)..]
            : digits.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (!decimal.TryParse(normalised, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0 || amount > int.MaxValue)
        {
            throw new ImportFieldException($"{field} '{text}' is not a valid amount");
        }

        var currency = match.Groups["currency"].Value.ToUpperInvariant();
        return ((int)Math.Round(amount, MidpointRounding.AwayFromZero), currency is { Length: 3 } ? currency : "HUF");
    }

    private static string StripTags(string html) => Spaces().Replace(Tags().Replace(html, " "), " ").Trim();

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];

    [GeneratedRegex(@"^\s*(?<amount>\d[\d ,.]*)\s*(?<currency>[A-Za-z]{3})?\s*$")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>One feed item by its 1-based number: a product row, or why it was rejected.</summary>
public sealed record FeedItem(int Number, ProductRecord? Record, string? Error);
