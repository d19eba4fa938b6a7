using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.FacultyPool.Lending;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.FacultyPool.Assignments;

/// <summary>
/// The one way an assignment is made, directly or on an approved lending request. The instructor's row is locked for the
/// transaction, so the monthly load is counted by one writer at a time; overlaps and travel gaps are the database's
/// exclusion constraints, which no race gets past.
/// </summary>
internal sealed class Scheduler(FacultyPoolDbContext db, IOptions<FacultyPoolOptions> options)
{
    public const string NoOverlapConstraint = "ex_assignments_no_overlap";
    public const string TravelGapConstraint = "ex_assignments_travel_gap";

    public TimeSpan TravelGap => options.Value.TravelGap;

    /// <summary>Starts the transaction and takes the instructor's lock; load the instructor after this, so what is read is current.</summary>
    public Task<IDbContextTransaction> BeginAsync(Guid instructorId, CancellationToken ct) => db.BeginRowLockAsync<Instructor>(instructorId, shared: false, ct);

    /// <summary>Refuses a slot the instructor cannot take whatever else is booked: retired, not shared, too large, outside their hours.</summary>
    public static void EnsureFits(Instructor instructor, SchoolReplica requester, SlotSpec slot, string field = "slot")
    {
        if (instructor.Retired)
        {
            throw new StateConflictException("instructor_retired", "该教师已停用，不能安排授课");
        }
        if (!instructor.IsUsableBy(requester.Path))
        {
            throw new ForbiddenException("该教师未向申请学校共享", "instructor_not_shared");
        }
        new FieldErrors()
            .When(instructor.MaxAudience > 0 && slot.AudienceSize > instructor.MaxAudience, $"{field}.audience_size", $"听课人数超过该教师可承担的规模（{instructor.MaxAudience}人）")
            .When(!instructor.IsAvailable(slot.StartsAt, slot.EndsAt), $"{field}.start_time", "所选时段不在该教师的可授课时间内")
            .ThrowIfAny();
        if (instructor.BlackoutDuring(slot.StartsAt, slot.EndsAt) is { } blackout)
        {
            throw new StateConflictException("instructor_blacked_out", $"该教师{blackout.FirstDay:yyyy-MM-dd}至{blackout.LastDay:yyyy-MM-dd}不能授课（{blackout.Reason}）");
        }
    }

    /// <summary>Adds the assignment and its event; call inside <see cref="BeginAsync"/>'s transaction and finish with <see cref="CommitAsync"/>.</summary>
    public async Task<Assignment> AssignAsync(
        Instructor instructor, SchoolReplica requester, SlotSpec slot, string? requestId, Guid? lendingRequestId, string by, DateTimeOffset now, CancellationToken ct)
    {
        EnsureFits(instructor, requester, slot);
        var load = await db.MonthLoadAsync(instructor.Id, slot.StartsAt, ct);
        if (load >= instructor.MonthlyLoadLimit)
        {
            throw new StateConflictException("monthly_load_reached", $"该教师{ChinaTime.MonthOf(slot.StartsAt):yyyy年M月}已安排{load}次授课，达到每月上限");
        }
        var assignment = Assignment.Make(instructor, requester, slot, TravelGap, requestId, lendingRequestId, by, now);
        db.Assignments.Add(assignment);
        db.AddEvent(new InstructorAssigned(assignment.Snapshot(), now));
        return assignment;
    }

    public async Task CommitAsync(IDbContextTransaction tx, CancellationToken ct)
    {
        await db.SaveOrRefuseAsync(LendingQueries.ChangedConcurrently, null, constraint => constraint == TravelGapConstraint
            ? new("instructor_travel_gap", $"该教师在相近时段另有其他地点的授课，两地之间至少需间隔{TravelGap.TotalMinutes:0}分钟")
            : new("instructor_time_taken", "该教师在所选时段已有授课安排"), ct);
        await tx.CommitAsync(ct);
    }
}
