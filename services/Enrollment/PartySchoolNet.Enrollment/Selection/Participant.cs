namespace PartySchoolNet.Enrollment.Selection;

/// <summary>
/// A cadre's place in a class: nominated by the unit (or self-selected), then confirmed, waitlisted or withdrawn. The
/// cadre's unit and school path are copied in, so the sending side's reads need no join.
/// </summary>
public sealed class Participant
{
    private Participant()
    {
    }

    public Guid Id { get; private set; }
    public Guid ClassId { get; private set; }
    public Guid CadreId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid SchoolId { get; private set; }
    public string SchoolPath { get; private set; } = "";
    /// <summary>The cadre's level when put forward: what the class was for, whatever the roster says later.</summary>
    public PositionLevel PositionLevel { get; private set; }
    public EnrollmentStatus Status { get; private set; }
    public EnrollmentSource Source { get; private set; }
    public bool RepeatTraining { get; private set; }
    public string PreviousClassTitle { get; private set; } = "";
    public long? WaitlistTicket { get; private set; }
    public string NominatedBy { get; private set; } = "";
    public DateTimeOffset NominatedAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public string WithdrawalReason { get; private set; } = "";
    public decimal? CreditedHours { get; private set; }

    internal static Participant Nominate(TrainingClass training, Cadre cadre, string? previousTitle, EnrollmentSource source, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), ClassId = training.Id, CadreId = cadre.Id, UnitId = cadre.UnitId, SchoolId = cadre.SchoolId, SchoolPath = cadre.SchoolPath, PositionLevel = cadre.PositionLevel,
        Status = EnrollmentStatus.Nominated, Source = source, RepeatTraining = previousTitle is not null, PreviousClassTitle = previousTitle ?? "",
        NominatedBy = by, NominatedAt = now,
    };

    /// <summary>A withdrawn cadre put forward again starts over as a fresh nomination.</summary>
    internal void Renominate(string? previousTitle, EnrollmentSource source, string by, DateTimeOffset now) =>
        (Status, Source, RepeatTraining, PreviousClassTitle, WaitlistTicket, NominatedBy, NominatedAt, ConfirmedAt, WithdrawalReason) =
        (EnrollmentStatus.Nominated, source, previousTitle is not null, previousTitle ?? "", null, by, now, null, "");

    public bool IsActive => Status != EnrollmentStatus.Withdrawn;

    internal void Confirm(DateTimeOffset now) => (Status, ConfirmedAt, WaitlistTicket) = (EnrollmentStatus.Confirmed, now, null);

    internal void Waitlist(long ticket) => (Status, WaitlistTicket) = (EnrollmentStatus.Waitlisted, ticket);

    internal void Withdraw(string reason) => (Status, WithdrawalReason, WaitlistTicket) = (EnrollmentStatus.Withdrawn, reason, null);

    internal void Credit(decimal hours) => CreditedHours = hours;
}
