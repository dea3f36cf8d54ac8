namespace ChatBuddy.Grains.Shops;

/// <summary>A shop's customer.</summary>
public sealed record Customer(
    string ExternalId,
    string? Email,
    string? FirstName,
    string? LastName,
    string? Phone,
    string? GroupId,
    IReadOnlyList<Address> Addresses,
    DateTimeOffset UpdatedAt)
{
    public string? FullName => string.Join(' ', new[] { LastName, FirstName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name ? name : null;
}
