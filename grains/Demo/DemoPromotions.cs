using ChatBuddy.Grains.Assistant.Tools;

namespace ChatBuddy.Grains.Demo;

/// <summary>The demo shop's running promotions.</summary>
public static class DemoPromotions
{
    public static DateTimeOffset StartsAt { get; } = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<PromotionFact> All { get; } =
    [
        new("Téli sportvásár", "20% kedvezmény minden futócipőre és sportruházatra.", "percent", 20, 0, "TELISPORT20", new DateOnly(2027, 1, 31)),
        new("Ingyenes szállítás", "Ingyenes szállítás 15 000 Ft feletti rendelésnél, bármelyik szállítási móddal.", "free_shipping", 0, 15000, null, new DateOnly(2027, 1, 15)),
    ];
}
