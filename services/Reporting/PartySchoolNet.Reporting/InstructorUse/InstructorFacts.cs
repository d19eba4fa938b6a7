namespace PartySchoolNet.Reporting.InstructorUse;

/// <summary>What the report shows of an instructor: the latest of FacultyPool's snapshots (by version).</summary>
public sealed class InstructorFacts
{
    public Guid InstructorId { get; private set; }
    public string Name { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public string HomePath { get; private set; } = "";
    public int MonthlyLoadLimit { get; private set; }
    public long Version { get; private set; }
}
