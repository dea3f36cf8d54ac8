using System.Globalization;

namespace ChatBuddy.Grains.Demo;

/// <summary>
/// The demo's fixed "now" and Budapest local time. The demo window (July–November 2026) has a single
/// daylight-saving switch, so the offset is computed here instead of from the machine's time-zone data.
/// </summary>
internal static class ShopClock
{
    /// <summary>10:00 in Budapest on the reference day.</summary>
    public static readonly DateTime Now = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);

    public static readonly DateOnly Today = new(2026, 11, 20);

    private static readonly DateTime SummerTimeEnds = new(2026, 10, 25, 1, 0, 0, DateTimeKind.Utc);

    /// <summary>Public holidays and bridge days on weekdays in the window; carriers do not deliver on them.</summary>
    private static readonly DateOnly[] Holidays = [new(2026, 8, 20), new(2026, 8, 21), new(2026, 10, 23)];

    public static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc.AddHours(utc < SummerTimeEnds ? 2 : 1), DateTimeKind.Unspecified);

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The UTC instant of a Budapest wall-clock time, given as minutes after midnight.</summary>
    public static DateTime AtLocal(DateOnly date, int minuteOfDay)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minuteOfDay);
        var winter = local.AddHours(-1);
        return DateTime.SpecifyKind(winter < SummerTimeEnds ? local.AddHours(-2) : winter, DateTimeKind.Utc);
    }

    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && Array.IndexOf(Holidays, date) < 0;

    public static DateOnly NextBusinessDay(DateOnly date)
    {
        do
        {
            date = date.AddDays(1);
        }
        while (!IsBusinessDay(date));
        return date;
    }

    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
