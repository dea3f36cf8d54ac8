using System.Globalization;
using System.Text.Json;

namespace ChatBuddy.Grains.Import;

/// <summary>Typed, validating reads from one JSON object; each failure names the field.</summary>
public sealed class JsonFields(JsonElement root)
{
    public static bool TryParse(string text, out JsonFields? fields, out string? error)
    {
        fields = null;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "line is not a JSON object";
                return false;
            }

            fields = new JsonFields(document.RootElement.Clone());
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = $"invalid JSON: {ex.Message}";
            return false;
        }
    }

    public JsonElement Root => root;

    public string RequiredString(string name, int maxLength)
    {
        return OptionalString(name, maxLength) is { Length: > 0 } value
            ? value
            : throw new ImportFieldException($"'{name}' is required");
    }

    public string? OptionalString(string name, int maxLength)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new ImportFieldException($"'{name}' must be a string");
        }

        var text = value.GetString()!.Trim();
        if (text.Length > maxLength)
        {
            throw new ImportFieldException($"'{name}' is longer than {maxLength} characters");
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\t' or '\r')))
        {
            throw new ImportFieldException($"'{name}' contains control characters");
        }

        return text.Length == 0 ? null : text;
    }

    public int RequiredInt(string name, int min = 0)
    {
        return OptionalInt(name, min) ?? throw new ImportFieldException($"'{name}' is required");
    }

    public int? OptionalInt(string name, int min = 0)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            throw new ImportFieldException($"'{name}' must be a whole number");
        }

        if (number < min)
        {
            throw new ImportFieldException(min == 0 ? $"'{name}' must not be negative" : $"'{name}' must be at least {min}");
        }

        return number;
    }

    public string Currency(string name = "currency")
    {
        var currency = OptionalString(name, 3) ?? "HUF";
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ImportFieldException($"'{name}' must be a 3-letter ISO code such as HUF");
        }

        return currency;
    }

    public string? OptionalUrl(string name)
    {
        var text = OptionalString(name, 2048);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ImportFieldException($"'{name}' must be an absolute http(s) URL");
        }

        return uri.ToString();
    }

    public DateTimeOffset? OptionalTimestamp(string name)
    {
        var text = OptionalString(name, 64);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime()
            : throw new ImportFieldException($"'{name}' must be an ISO 8601 date and time");
    }

    public DateOnly? OptionalDate(string name)
    {
        var text = OptionalString(name, 32);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? DateOnly.FromDateTime(at.UtcDateTime)
            : throw new ImportFieldException($"'{name}' must be a date (YYYY-MM-DD)");
    }
}

/// <summary>A field of an import line that cannot be accepted; the message names the field.</summary>
public sealed class ImportFieldException(string message) : Exception(message);
