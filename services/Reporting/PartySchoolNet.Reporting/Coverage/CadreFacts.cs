namespace PartySchoolNet.Reporting.Coverage;

/// <summary>A cadre on a unit's roster as Enrollment last announced it, with the hours the cadre's level must earn a year.</summary>
public sealed class CadreFacts
{
    public Guid CadreId { get; private set; }
    public Guid UnitId { get; private set; }
    public string UnitName { get; private set; } = "";
    public Guid SchoolId { get; private set; }
    public string SchoolPath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string PositionLevel { get; private set; } = "";
    public decimal RequiredHours { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
}

/// <summary>The hours credited to a cadre in one year (by the day each class ended), over how many classes, and the last such day.</summary>
public sealed class CadreCredit
{
    public Guid CadreId { get; private set; }
    public int Year { get; private set; }
    public decimal Hours { get; private set; }
    public int Classes { get; private set; }
    public DateOnly LastTrained { get; private set; }
}
