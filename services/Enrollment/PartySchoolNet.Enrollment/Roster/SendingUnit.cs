using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.Enrollment.Roster;

/// <summary>A sending unit (调训单位) under a school: an office, a department, a township organ, a village.</summary>
public sealed class SendingUnit
{
    public const int MaxNameLength = 60;

    private SendingUnit()
    {
    }

    public Guid Id { get; private set; }
    public Guid SchoolId { get; private set; }
    public string SchoolPath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public static SendingUnit Create(SchoolReplica school, string name, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), SchoolId = school.Id, SchoolPath = school.Path, Name = name, CreatedAt = now };

    public Unit ToMessage(string schoolName, int cadreCount) => new()
    {
        UnitId = Id.ToString(), SchoolId = SchoolId.ToString(), SchoolName = schoolName, Name = Name, CadreCount = cadreCount,
    };
}
