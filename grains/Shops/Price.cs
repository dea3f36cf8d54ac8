namespace ChatBuddy.Grains.Shops;

/// <summary>One price of a product: net and gross, for everyone or one customer group, optionally for a period.</summary>
public sealed record Price(decimal Net, decimal Gross, string Currency, PriceType Type, DateTimeOffset? From = null, DateTimeOffset? To = null, string? GroupId = null);

public enum PriceType
{
    Normal,
    Sale,
    Special,
}
