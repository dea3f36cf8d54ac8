namespace ChatBuddy.GrainInterfaces.Tenants;

/// <summary>When staff answer chats, in the shop's time zone: handoffs outside these hours are answered by e-mail.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.BusinessHours")]
public sealed record BusinessHours(
    [property: Id(0)] TimeOnly Opens,
    [property: Id(1)] TimeOnly Closes,
    [property: Id(2)] bool Weekends,
    [property: Id(3)] string TimeZone)
{
    public static BusinessHours Default { get; } = new(new TimeOnly(9, 0), new TimeOnly(17, 0), Weekends: false, "Europe/Budapest");

    public bool IsOpen(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
        var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var time = TimeOnly.FromDateTime(local.DateTime);
        return (Weekends || !weekend) && time >= Opens && time < Closes;
    }

    /// <summary>"H–P 9:00–17:00" / "Mon–Fri 9:00–17:00".</summary>
    public string Describe(string language) =>
        (language == "en" ? (Weekends ? "every day" : "Mon–Fri") : (Weekends ? "minden nap" : "hétköznap"))
        + $" {Opens:H\\:mm}–{Closes:H\\:mm}";
}
