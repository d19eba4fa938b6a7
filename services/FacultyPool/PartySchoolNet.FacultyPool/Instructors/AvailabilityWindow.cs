namespace PartySchoolNet.FacultyPool.Instructors;

/// <summary>The instructor can teach on <see cref="Weekday"/> (1 = Monday … 7 = Sunday) from <see cref="From"/> to <see cref="Until"/>, local time.</summary>
public sealed class AvailabilityWindow
{
    public int Weekday { get; init; }
    public TimeOnly From { get; init; }
    public TimeOnly Until { get; init; }
}

/// <summary>Local days, both inclusive, when the instructor cannot teach at all (农忙, elections …).</summary>
public sealed class BlackoutPeriod
{
    public DateOnly FirstDay { get; init; }
    public DateOnly LastDay { get; init; }
    public string Reason { get; init; } = "";
}
