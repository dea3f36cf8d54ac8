namespace ChatBuddy.Grains.Shops;

/// <summary>Both platforms write local Hungarian time without an offset.</summary>
public static class Budapest
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Budapest");

    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    public static DateTime ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;
}
