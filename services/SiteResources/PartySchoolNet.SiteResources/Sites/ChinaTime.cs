namespace PartySchoolNet.SiteResources.Sites;

/// <summary>Opening hours are kept in China Standard Time, which is UTC+8 all year (no daylight saving).</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime Local(DateTimeOffset instant) => instant.ToOffset(Offset).DateTime;

    /// <summary>The instant of a local day and time, in UTC as PostgreSQL stores it.</summary>
    public static DateTimeOffset Instant(DateOnly day, TimeOnly time) => new DateTimeOffset(day.ToDateTime(time), Offset).ToUniversalTime();

    /// <summary>
    /// The local day and times of a window that lies within one local day, or null when it crosses midnight
    /// (a booking ending exactly at midnight ends at 24:00 of its day, which no opening window reaches).
    /// </summary>
    public static (DateOnly Day, TimeOnly From, TimeOnly Until)? SameDay(DateTimeOffset start, DateTimeOffset end)
    {
        var (from, until) = (Local(start), Local(end));
        return from.Date == until.Date ? (DateOnly.FromDateTime(from), TimeOnly.FromDateTime(from), TimeOnly.FromDateTime(until)) : null;
    }
}
