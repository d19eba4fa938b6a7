namespace PartySchoolNet.ServiceDefaults.Time;

/// <summary>Weekly hours are kept in China Standard Time, which is UTC+8 all year (no daylight saving).</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime Local(DateTimeOffset instant) => instant.ToOffset(Offset).DateTime;

    /// <summary>The local day an instant falls in.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    /// <summary>The instant of a local day and time, in UTC as PostgreSQL stores it.</summary>
    public static DateTimeOffset Instant(DateOnly day, TimeOnly time) => new DateTimeOffset(day.ToDateTime(time), Offset).ToUniversalTime();

    /// <summary>1 = Monday … 7 = Sunday, as weekly windows number their days.</summary>
    public static int Weekday(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    /// <summary>The first local day of the month an instant falls in.</summary>
    public static DateOnly MonthOf(DateTimeOffset instant)
    {
        var local = Local(instant);
        return new DateOnly(local.Year, local.Month, 1);
    }

    /// <summary>
    /// The local day and times of a window that lies within one local day, or null when it crosses midnight
    /// (a window ending exactly at midnight ends at 24:00 of its day, which no weekly window reaches).
    /// </summary>
    public static (DateOnly Day, TimeOnly From, TimeOnly Until)? SameDay(DateTimeOffset start, DateTimeOffset end)
    {
        var (from, until) = (Local(start), Local(end));
        return from.Date == until.Date ? (DateOnly.FromDateTime(from), TimeOnly.FromDateTime(from), TimeOnly.FromDateTime(until)) : null;
    }
}
