namespace PartySchoolNet.Enrollment.Teaching;

/// <summary>A session (课次) of a class: a course at a time, with its instructor and site when the other services know them.</summary>
public sealed class ClassSession
{
    private ClassSession()
    {
    }

    public Guid Id { get; private set; }
    public Guid ClassId { get; private set; }
    public string Title { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>Its length in hours (to 0.1): the weight of a missed session in the attendance rule.</summary>
    public decimal Hours { get; private set; }

    public Guid? InstructorId { get; private set; }
    public Guid? SiteId { get; private set; }
    public string Place { get; private set; } = "";

    internal static ClassSession Plan(Guid classId, string title, DateTimeOffset start, DateTimeOffset end, Guid? instructorId, Guid? siteId, string place, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), ClassId = classId, Title = title, StartsAt = start, EndsAt = end,
        Hours = Math.Round((decimal)(end - start).TotalHours, 1), InstructorId = instructorId, SiteId = siteId, Place = place,
    };

    public SessionTaught Taught() => new(Id, Title, StartsAt, Hours, InstructorId);

    public Session ToMessage(int marked) => new()
    {
        SessionId = Id.ToString(), ClassId = ClassId.ToString(), Title = Title,
        StartTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(StartsAt), EndTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(EndsAt),
        Hours = (double)Hours, InstructorId = InstructorId?.ToString() ?? "", SiteId = SiteId?.ToString() ?? "", Place = Place, MarkedCount = marked,
    };
}

/// <summary>One trainee's attendance at one session; a later mark replaces an earlier one.</summary>
public sealed class Attendance
{
    public Guid SessionId { get; set; }
    public Guid ParticipantId { get; set; }
    public AttendanceStatus Status { get; set; }
    public string Note { get; set; } = "";
    public string MarkedBy { get; set; } = "";
    public DateTimeOffset MarkedAt { get; set; }

    public static bool Misses(AttendanceStatus status) => status is AttendanceStatus.Leave or AttendanceStatus.Absent;
}
