namespace ChatBuddy.GrainInterfaces.Tenants;

/// <summary>The caps a discount code may never exceed, whatever a model asks for.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.DiscountPolicy")]
public sealed record DiscountPolicy(
    [property: Id(0)] int MaxPercent,
    [property: Id(1)] int MinimumBasket,
    [property: Id(2)] bool OnePerCustomer,
    [property: Id(3)] TimeSpan Validity)
{
    public static DiscountPolicy Default { get; } = new(10, 10_000, true, TimeSpan.FromDays(7));

    public IEnumerable<string> Validate()
    {
        if (MaxPercent is < 0 or > 90)
        {
            yield return "discount cap must be between 0 and 90 percent";
        }

        if (MinimumBasket < 0)
        {
            yield return "minimum basket cannot be negative";
        }

        if (Validity <= TimeSpan.Zero)
        {
            yield return "discount validity must be positive";
        }
    }
}
