using System.Linq.Expressions;
using PartySchoolNet.Enrollment.Contracts;

namespace PartySchoolNet.QualityEvaluation.FollowUps;

/// <summary>
/// One 跟踪问效 follow-up of one trainee at one stage after a class, for the trainee's school: due on a day, open for
/// <see cref="Grace"/> after it, then overdue until recorded.
/// </summary>
public sealed class FollowUp
{
    public static readonly TimeSpan Grace = TimeSpan.FromDays(30);

    private FollowUp()
    {
    }

    public Guid Id { get; private set; }
    public Guid ClassId { get; private set; }
    public string ClassTitle { get; private set; } = "";
    public Guid CadreId { get; private set; }
    public string CadreName { get; private set; } = "";
    public Guid UnitId { get; private set; }
    public string UnitName { get; private set; } = "";
    public Guid SchoolId { get; private set; }
    public string SchoolPath { get; private set; } = "";
    public FollowUpStage Stage { get; private set; }
    public DateOnly DueOn { get; private set; }
    public int Rating { get; private set; }
    public string Note { get; private set; } = "";
    public string Mentor { get; private set; } = "";
    public DateTimeOffset? RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public uint RowVersion { get; private set; }

    public static FollowUp Plan(ClassCompleted completed, TraineeCredit trainee, FollowUpStage stage, int months, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), ClassId = completed.Class.ClassId, ClassTitle = completed.Class.Title, CadreId = trainee.CadreId,
        CadreName = trainee.Name, UnitId = trainee.UnitId, UnitName = trainee.UnitName, SchoolId = trainee.SchoolId, SchoolPath = trainee.SchoolPath,
        Stage = stage, DueOn = completed.Class.EndDate.AddMonths(months),
    };

    public FollowUpState StateOn(DateOnly today) =>
        RecordedAt is not null ? FollowUpState.Done
        : today < DueOn ? FollowUpState.Upcoming
        : today > DueOn.AddDays(Grace.Days) ? FollowUpState.Overdue
        : FollowUpState.Due;

    /// <summary>The follow-ups in a state on a day, as SQL.</summary>
    public static Expression<Func<FollowUp, bool>> In(FollowUpState state, DateOnly today)
    {
        var overdueFrom = today.AddDays(-Grace.Days);
        return state switch
        {
            FollowUpState.Done => f => f.RecordedAt != null,
            FollowUpState.Upcoming => f => f.RecordedAt == null && f.DueOn > today,
            FollowUpState.Overdue => f => f.RecordedAt == null && f.DueOn < overdueFrom,
            _ => f => f.RecordedAt == null && f.DueOn <= today && f.DueOn >= overdueFrom,
        };
    }

    /// <summary>Records (or amends) it; true the first time.</summary>
    public bool Record(int rating, string note, string mentor, string by, DateTimeOffset now)
    {
        var first = RecordedAt is null;
        (Rating, Note, Mentor, RecordedBy) = (rating, note, mentor, by);
        RecordedAt ??= now.AddTicks(-(now.Ticks % 10)); // to the microsecond, as stored, so the answer shows what a later read shows
        return first;
    }

    public FollowUpCompleted Completed(DateTimeOffset now) => new(Id, ClassId, CadreId, SchoolId, SchoolPath, Stage, Rating, now);
}
