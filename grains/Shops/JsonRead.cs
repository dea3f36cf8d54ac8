using System.Globalization;
using System.Text.Json;

namespace ChatBuddy.Grains.Shops;

/// <summary>Reads Shoprenter-style JSON: every scalar a string, empty values as <c>{}</c>, links as <c>{"href"}</c>.</summary>
public static class JsonRead
{
    public static string? Text(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    public static string Required(this JsonElement element, string name) =>
        element.Text(name) ?? throw new FormatException($"the field '{name}' is missing");

    public static decimal Number(this JsonElement element, string name, decimal fallback = 0) =>
        element.Text(name) is { } text
            ? decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : throw new FormatException($"the field '{name}' is not a number: '{text}'")
            : fallback;

    public static int Whole(this JsonElement element, string name, int fallback = 0) => (int)Math.Round(element.Number(name, fallback));

    /// <summary>The last path segment of a <c>{"href": …}</c> link (the linked resource's id), or null when the link is empty.</summary>
    public static string? LinkId(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var link) && link.Text("href") is { } href
            ? new Uri(href).Segments[^1].Trim('/')
            : null;

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];
}
