namespace PartySchoolNet.Enrollment.Roster;

/// <summary>What describes a cadre, checked: see <see cref="RosterInput"/>.</summary>
internal sealed record CadreSpec(string StaffNo, string Name, PositionLevel PositionLevel, int YearsOfService, bool IsLeader);

/// <summary>A cadre (学员) on a unit's roster. The unit's school and path are copied here, so scope filters need no join.</summary>
public sealed class Cadre
{
    private Cadre()
    {
    }

    public Guid Id { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid SchoolId { get; private set; }
    public string SchoolPath { get; private set; } = "";
    public string StaffNo { get; private set; } = "";
    public string Name { get; private set; } = "";
    public PositionLevel PositionLevel { get; private set; }
    public int YearsOfService { get; private set; }
    public bool IsLeader { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    internal static Cadre Register(SendingUnit unit, CadreSpec spec, DateTimeOffset now)
    {
        var cadre = new Cadre { Id = Guid.CreateVersion7(now), SchoolId = unit.SchoolId, SchoolPath = unit.SchoolPath };
        cadre.Change(unit, spec, now);
        return cadre;
    }

    /// <summary>A newer roster's facts; the cadre may have moved to another unit of the same school.</summary>
    internal void Change(SendingUnit unit, CadreSpec spec, DateTimeOffset now)
    {
        (UnitId, StaffNo, Name, PositionLevel, YearsOfService, IsLeader, UpdatedAt) =
            (unit.Id, spec.StaffNo, spec.Name, spec.PositionLevel, spec.YearsOfService, spec.IsLeader, now);
    }

    internal bool Differs(SendingUnit unit, CadreSpec spec) =>
        UnitId != unit.Id || Name != spec.Name || PositionLevel != spec.PositionLevel || YearsOfService != spec.YearsOfService || IsLeader != spec.IsLeader;

    public CadreSnapshot Snapshot(string unitName, decimal requiredHours) =>
        new(Id, UnitId, unitName, SchoolId, SchoolPath, Name, PositionLevel, requiredHours, UpdatedAt);

    public Contracts.Cadre ToMessage(string unitName) => new()
    {
        CadreId = Id.ToString(), UnitId = UnitId.ToString(), UnitName = unitName, SchoolId = SchoolId.ToString(), StaffNo = StaffNo,
        Name = Name, PositionLevel = PositionLevel, YearsOfService = YearsOfService, IsLeader = IsLeader,
    };
}
