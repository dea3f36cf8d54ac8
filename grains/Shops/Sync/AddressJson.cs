using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>Addresses as stored in jsonb columns (orders, user_profiles): snake_case, empty parts left out.</summary>
public static class AddressJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string? Serialize(Address? address) =>
        address is null || address.IsEmpty
            ? null
            : JsonSerializer.Serialize(new Stored(address.Name, address.Company, address.Street, address.City, address.Zip, address.Country, address.TaxNumber), Options);

    public static Address? Deserialize(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<Stored>(json, Options) is { } s ? new Address(s.Name, s.Company, s.Street, s.City, s.Zip, s.Country, s.TaxNumber) : null;

    private sealed record Stored(string? Name, string? Company, string? Street, string? City, string? Zip, string? Country, string? TaxNumber);
}
