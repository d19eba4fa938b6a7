namespace PartySchoolNet.FacultyPool;

/// <summary>Settings under <c>FacultyPool</c>.</summary>
public sealed class FacultyPoolOptions
{
    /// <summary>Least time between an instructor's assignments at different places (travel). Applies to assignments made from now on.</summary>
    public int TravelGapMinutes { get; set; } = 60;

    /// <summary>Every school Identity registers (with a location) gets its demo instructors and their assignments.</summary>
    public bool SeedDemoPool { get; set; }

    public TimeSpan TravelGap => TimeSpan.FromMinutes(TravelGapMinutes);
}
