using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Roster;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Messaging.Persistence;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Selection;

/// <summary>
/// The one authority over a class's seats: every confirmation, withdrawal, promotion and self-selection runs in a
/// transaction holding the class row's lock, so capacity and quotas are counted by one writer at a time (and CHECK
/// constraints refuse any counter above its limit, should code ever try). A trainee that does not fit joins the
/// waitlist with the next ticket; freed seats go to the earliest tickets that fit.
/// </summary>
internal sealed class Seats(EnrollmentDbContext db, ClassLock classLock, Eligibility eligibility, TimeProvider clock)
{
    public static readonly Refusal ChangedConcurrently = new("class_changed_concurrently", "班次名单已被他人修改，请刷新后重试");

    public async Task<Contracts.Enrollment> ConfirmAsync(ConfirmEnrollmentRequest request, Caller caller, CancellationToken ct)
    {
        var id = new FieldErrors().EnrollmentId(request.EnrollmentId);
        var classId = await ClassOfAsync(id, ct);
        await using var turn = await classLock.BeginAsync(classId, ct);
        var training = await db.GetRunClassAsync(classId, caller, ClassAccess.ManagingRoles, ct);
        training.EnsureIn("确认学员", ClassState.Open, ClassState.Closed);
        var participant = await db.Participants.FirstAsync(p => p.Id == id, ct);
        var now = clock.GetUtcNow();
        switch (participant.Status)
        {
            case EnrollmentStatus.Withdrawn:
                throw new StateConflictException("enrollment_withdrawn", "该学员已退出，请由单位重新推荐");
            case EnrollmentStatus.Nominated or EnrollmentStatus.Waitlisted when training.HasRoomFor(participant.UnitId):
                Seat(training, participant, now);
                break;
            case EnrollmentStatus.Nominated:
                participant.Waitlist(training.NextWaitlistTicket());
                break;
        }
        await CommitAsync(turn, ct);
        return await db.ToMessageAsync(participant, ct);
    }

    public async Task<Contracts.Enrollment> WithdrawAsync(WithdrawEnrollmentRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(RosterLookup.KeepingRoles);
        var id = new FieldErrors().When(request.Reason.Trim().Length is 0 or > 200, "reason", "请填写退出原因（不超过200个字符）").EnrollmentId(request.EnrollmentId);
        var classId = await ClassOfAsync(id, ct);
        await using var turn = await classLock.BeginAsync(classId, ct);
        var training = await db.GetReadableClassAsync(classId, caller, ct);
        var participant = await db.Participants.FirstAsync(p => p.Id == id, ct);
        if (!caller.RunsOrSends(training, participant))
        {
            throw new ForbiddenException("只有办班学校或学员所在单位可以办理退出");
        }
        training.EnsureIn("退出", ClassState.Open, ClassState.Closed);
        if (participant.Status == EnrollmentStatus.Withdrawn)
        {
            return await db.ToMessageAsync(participant, ct);
        }
        var now = clock.GetUtcNow();
        var held = participant.Status == EnrollmentStatus.Confirmed;
        participant.Withdraw(request.Reason.Trim());
        if (held)
        {
            training.FreeSeat(participant.UnitId);
            db.AddEvent(new TraineeWithdrawn(participant.Id, training.Id, participant.CadreId, participant.WithdrawalReason, now));
            await PromoteAsync(training, now, ct);
        }
        await CommitAsync(turn, ct);
        return await db.ToMessageAsync(participant, ct);
    }

    /// <summary>A cadre takes a seat in an open self-selected course, first come first served; a full course refuses.</summary>
    public async Task<Contracts.Enrollment> SelectAsync(SelectCourseRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(RosterLookup.KeepingRoles);
        var errors = new FieldErrors();
        var classId = errors.Id(request.ClassId, "class_id", "课程");
        var cadreId = errors.Id(request.CadreId, "cadre_id", "学员");
        errors.ThrowIfAny();
        var cadre = await db.GetCadreInScopeAsync(cadreId, caller, ct);

        await using var turn = await classLock.BeginAsync(classId, ct);
        var training = await db.GetReadableClassAsync(classId, caller, ct);
        if (training.Mode != ClassMode.SelfSelected)
        {
            throw new StateConflictException("class_not_self_selected", "该班次由单位推荐、办班学校确认，不能自主报名");
        }
        training.EnsureIn("报名", ClassState.Open);
        if (!SchoolPath.IsWithin(cadre.SchoolPath, training.OwnerPath))
        {
            throw new ForbiddenException("该学员不在本课程的面向范围内", "cadre_outside_class_scope");
        }
        if (Eligibility.Misfit(training.Criteria, cadre) is { } misfit)
        {
            new FieldErrors().Add("cadre_id", misfit).ThrowIfAny();
        }
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.ClassId == classId && p.CadreId == cadreId, ct);
        if (participant?.Status == EnrollmentStatus.Confirmed)
        {
            return await db.ToMessageAsync(participant, ct);
        }
        if (!training.HasRoomFor(cadre.UnitId))
        {
            throw new StateConflictException("class_full", $"“{training.Title}”名额已满");
        }
        var previous = (await eligibility.RecentTrainingAsync(training, [cadreId], ct)).GetValueOrDefault(cadreId);
        var now = clock.GetUtcNow();
        if (participant is null)
        {
            participant = Participant.Nominate(training, cadre, previous, EnrollmentSource.SelfSelected, caller.Name, now);
            db.Participants.Add(participant);
        }
        else
        {
            participant.Renominate(previous, EnrollmentSource.SelfSelected, caller.Name, now);
        }
        Seat(training, participant, now);
        await CommitAsync(turn, ct);
        return await db.ToMessageAsync(participant, ct);
    }

    private void Seat(TrainingClass training, Participant participant, DateTimeOffset now)
    {
        training.TakeSeat(participant.UnitId);
        participant.Confirm(now);
        db.AddEvent(new TraineeConfirmed(participant.Id, training.Id, participant.CadreId, participant.UnitId, participant.SchoolId,
            participant.SchoolPath, participant.PositionLevel, participant.Source, now));
    }

    /// <summary>Seats the earliest waitlisted trainees whose unit still has room, until the class is full.</summary>
    private async Task PromoteAsync(TrainingClass training, DateTimeOffset now, CancellationToken ct)
    {
        var waiting = await db.Participants.Where(p => p.ClassId == training.Id && p.Status == EnrollmentStatus.Waitlisted)
            .OrderBy(p => p.WaitlistTicket).ToListAsync(ct);
        foreach (var participant in waiting.TakeWhile(_ => training.ConfirmedCount < training.Capacity).Where(p => training.HasRoomFor(p.UnitId)))
        {
            Seat(training, participant, now);
        }
    }

    private async Task CommitAsync(ClassTurn turn, CancellationToken ct)
    {
        await db.SaveOrRefuseAsync(ChangedConcurrently, new("cadre_already_in_class", "该学员已在本班次名单中"), ct);
        await turn.CommitAsync(ct);
    }

    private async Task<Guid> ClassOfAsync(Guid participantId, CancellationToken ct) =>
        await db.Participants.Where(p => p.Id == participantId).Select(p => (Guid?)p.ClassId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("报名记录不存在", "enrollment_not_found");
}
