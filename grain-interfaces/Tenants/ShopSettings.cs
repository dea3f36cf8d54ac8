namespace ChatBuddy.GrainInterfaces.Tenants;

/// <summary>What a shop owner configures: identity, voice, discount caps and timing.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.ShopSettings")]
public sealed record ShopSettings(
    [property: Id(0)] string Name,
    [property: Id(1)] string Locale,
    [property: Id(2)] string Currency,
    [property: Id(3)] bool FormalRegister,
    [property: Id(4)] DiscountPolicy Discounts,
    [property: Id(5)] TimeSpan AbandonedCartAfter,
    [property: Id(6)] int RetentionDays,
    [property: Id(7)] IReadOnlyList<string> AllowedOrigins,
    [property: Id(8)] BusinessHours? Hours = null)
{
    /// <summary>Staff hours; settings stored before hours existed use the default.</summary>
    public BusinessHours StaffHours => Hours ?? BusinessHours.Default;

    public static ShopSettings Default(string name) => new(
        name,
        Locale: "hu",
        Currency: "HUF",
        FormalRegister: false,
        DiscountPolicy.Default,
        AbandonedCartAfter: TimeSpan.FromHours(2),
        RetentionDays: 365,
        AllowedOrigins: []);

    /// <summary>Returns the problems that make these settings unusable (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("name is required");
        }

        if (Locale is not ("hu" or "en"))
        {
            problems.Add("locale must be 'hu' or 'en'");
        }

        if (Currency.Length != 3)
        {
            problems.Add("currency must be a 3-letter ISO code");
        }

        if (AbandonedCartAfter < TimeSpan.FromMinutes(5))
        {
            problems.Add("abandoned cart delay must be at least 5 minutes");
        }

        if (RetentionDays is < 1 or > 3650)
        {
            problems.Add("retention must be between 1 and 3650 days");
        }

        problems.AddRange(Discounts.Validate());
        return problems;
    }
}
