namespace PartySchoolNet.Enrollment.Contracts;

/// <summary>A class's facts at the moment of an event about it; the owner's path is there for tenancy.</summary>
public sealed record ClassSnapshot
{
    public required Guid ClassId { get; init; }
    public required Guid OwnerSchoolId { get; init; }
    public required string OwnerSchoolPath { get; init; }
    public required string Title { get; init; }
    public required ClassCategory Category { get; init; }
    public required ClassMode Mode { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }
    public required int Capacity { get; init; }
    public required decimal CreditHours { get; init; }
}

/// <summary>The class is open: units may nominate, cadres may select it.</summary>
public sealed record ClassPublished(ClassSnapshot Class, DateTimeOffset OccurredAt);

public sealed record ClassCancelled(ClassSnapshot Class, string Reason, DateTimeOffset OccurredAt);

/// <summary>A trainee holds a seat (confirmed, promoted from the waitlist, or a self-selection).</summary>
public sealed record TraineeConfirmed(
    Guid EnrollmentId, Guid ClassId, Guid CadreId, Guid UnitId, Guid SchoolId, string SchoolPath,
    PositionLevel PositionLevel, EnrollmentSource Source, DateTimeOffset OccurredAt);

/// <summary>A confirmed trainee gave the seat back.</summary>
public sealed record TraineeWithdrawn(Guid EnrollmentId, Guid ClassId, Guid CadreId, string Reason, DateTimeOffset OccurredAt);

/// <summary>
/// One trainee's outcome: the hours credited (0 when the attendance rule was not met) and the hours attended and missed; the
/// cadre's and the sending unit's names (empty from publishers before they were added).
/// </summary>
public sealed record TraineeCredit(
    Guid CadreId, Guid UnitId, Guid SchoolId, string SchoolPath, PositionLevel PositionLevel,
    decimal CreditedHours, decimal AttendedHours, decimal MissedHours, string Name = "", string UnitName = "");

/// <summary>The class is over and credited; one entry per confirmed trainee.</summary>
public sealed record ClassCompleted(ClassSnapshot Class, int Sessions, IReadOnlyList<TraineeCredit> Trainees, DateTimeOffset OccurredAt)
{
    /// <summary>The sessions taught, in order, with their instructors where known (empty from publishers before it was added).</summary>
    public IReadOnlyList<SessionTaught> SessionsTaught { get; init; } = [];

    /// <summary>
    /// The class is the demo seeder's history (it ended up to a year before it was announced), so what follows from it — its
    /// trainees' answers, their units' follow-ups — may be made up as history too. False from real completions.
    /// </summary>
    public bool Demo { get; init; }
}

/// <summary>A session of a completed class: what trainees rate its teaching by.</summary>
public sealed record SessionTaught(Guid SessionId, string Title, DateTimeOffset StartsAt, decimal Hours, Guid? InstructorId);

/// <summary>
/// A cadre on a unit's roster as reports need it: where, at what level, and the hours that level must earn a year (the
/// school's rule when it was sent). A later <see cref="UpdatedAt"/> replaces an earlier snapshot.
/// </summary>
public sealed record CadreSnapshot(
    Guid CadreId, Guid UnitId, string UnitName, Guid SchoolId, string SchoolPath, string Name, PositionLevel PositionLevel, decimal RequiredHours,
    DateTimeOffset UpdatedAt);

/// <summary>Cadres added to or changed on rosters by one registration, import or demo roster; a large change comes in parts of at most 1,000.</summary>
public sealed record CadresChanged(Guid ChangeId, IReadOnlyList<CadreSnapshot> Cadres, DateTimeOffset OccurredAt);
