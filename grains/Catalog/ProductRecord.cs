using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatBuddy.Grains.Import;

namespace ChatBuddy.Grains.Catalog;

/// <summary>One validated product line of the import format (docs/import-format.md).</summary>
public sealed record ProductRecord(
    string Sku,
    string Name,
    string Description,
    string? Category,
    string? Brand,
    int Price,
    int? SalePrice,
    string Currency,
    int Stock,
    string? Url,
    string? ImageUrl,
    string AttributesJson)
{
    public const int MaxDescriptionLength = 20_000;

    /// <summary>A hash of everything a shopper sees, so unchanged rows are not rewritten and embeddings are refreshed only on change.</summary>
    public string ContentHash { get; } = Hash(Sku, Name, Description, Category, Brand, Price, SalePrice, Currency, Stock, Url, ImageUrl, AttributesJson);

    public static ProductRecord Parse(JsonFields f)
    {
        var price = f.RequiredInt("price");
        var salePrice = f.OptionalInt("sale_price");
        if (salePrice > price)
        {
            throw new ImportFieldException("'sale_price' must not exceed 'price'");
        }

        return new ProductRecord(
            Sku: ValidSku(f.RequiredString("sku", 64)),
            Name: f.RequiredString("name", 300),
            Description: f.OptionalString("description", MaxDescriptionLength) ?? "",
            Category: CategoryPath.Normalize(f.OptionalString("category", 500)),
            Brand: f.OptionalString("brand", 120),
            Price: price,
            SalePrice: salePrice,
            Currency: f.Currency(),
            Stock: f.OptionalInt("stock") ?? 0,
            Url: f.OptionalUrl("url"),
            ImageUrl: f.OptionalUrl("image_url"),
            AttributesJson: Attributes(f));
    }

    private static string ValidSku(string sku) =>
        sku.Any(char.IsWhiteSpace) ? throw new ImportFieldException("'sku' must not contain spaces") : sku;

    private static string Attributes(JsonFields f)
    {
        if (!f.Root.TryGetProperty("attributes", out var attributes) || attributes.ValueKind == JsonValueKind.Null)
        {
            return "{}";
        }

        if (attributes.ValueKind != JsonValueKind.Object)
        {
            throw new ImportFieldException("'attributes' must be an object");
        }

        var clean = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var property in attributes.EnumerateObject())
        {
            if (property.Name.Length is 0 or > 60)
            {
                throw new ImportFieldException("attribute names must be 1 to 60 characters");
            }

            clean[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => AttributeValue(property.Value),
                JsonValueKind.Array => property.Value.EnumerateArray().Select(AttributeValue).ToArray(),
                _ => throw new ImportFieldException($"attribute '{property.Name}' must be a string or a list of strings"),
            };
        }

        return JsonSerializer.Serialize(clean);
    }

    private static string AttributeValue(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new ImportFieldException("attribute values must be strings");
        }

        var text = value.GetString()!.Trim();
        return text.Length is > 0 and <= 200 ? text : throw new ImportFieldException("attribute values must be 1 to 200 characters");
    }

    private static string Hash(params object?[] parts)
    {
        var joined = string.Join('\u001f', parts.Select(p => p?.ToString() ?? "\u0000"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..32];
    }
}
