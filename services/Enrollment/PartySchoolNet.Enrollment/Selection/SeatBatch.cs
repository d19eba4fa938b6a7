using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Selection;

/// <summary>
/// One turn at a class's seats for a batch of changes: one transaction holding the class row's lock, the class and every
/// enrollment the batch touches read once, the changes applied in the order they arrived, one save, one commit. Capacity
/// and quotas are counted by one writer at a time (and CHECK constraints refuse any counter above its limit). A trainee
/// that does not fit joins the waitlist with the next ticket; freed seats go to the earliest tickets that fit.
/// Each step refuses (a <see cref="DomainException"/>) before it changes anything, so a refusal leaves the batch as it was.
/// </summary>
internal sealed class SeatBatch(EnrollmentDbContext db, ClassLock classLock, Eligibility eligibility, TimeProvider clock)
{
    private static readonly Refusal AlreadyInClass = new("cadre_already_in_class", "该学员已在本班次名单中");
    private List<Participant> _loaded = [];
    private Dictionary<Guid, string> _recentTraining = [];

    public async Task<SeatOutcome[]> RunAsync(Guid classId, IReadOnlyList<SeatChange> changes, CancellationToken ct)
    {
        await using var turn = await classLock.BeginAsync(classId, ct);
        var training = await db.Classes.FirstOrDefaultAsync(c => c.Id == classId, ct);
        if (training is null)
        {
            return [.. changes.Select(_ => new SeatOutcome(null, ClassAccess.NotFound()))];
        }
        await LoadAsync(training, changes, ct);
        var now = clock.GetUtcNow();
        var done = new Participant?[changes.Count];
        var refusals = new DomainException?[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            try
            {
                done[i] = changes[i] switch
                {
                    ConfirmSeat confirm => Confirm(training, confirm, now),
                    WithdrawSeat withdraw => Withdraw(training, withdraw, now),
                    SelectSeat select => Select(training, select, now),
                    _ => throw new ArgumentOutOfRangeException(nameof(changes)),
                };
            }
            catch (DomainException refusal)
            {
                refusals[i] = refusal;
            }
        }
        await db.SaveOrRefuseAsync(Seats.ChangedConcurrently, AlreadyInClass, ct);
        await turn.CommitAsync(ct);
        var changed = done.OfType<Participant>().Distinct().ToList();
        var messages = (await db.ToMessagesAsync(changed, ct)).ToDictionary(m => m.EnrollmentId);
        return [.. done.Select((p, i) => new SeatOutcome(p is null ? null : messages[p.Id.ToString()], refusals[i]))];
    }

    /// <summary>Every enrollment the batch names or may promote, and the recent training of cadres selecting a seat.</summary>
    private async Task LoadAsync(TrainingClass training, IReadOnlyList<SeatChange> changes, CancellationToken ct)
    {
        var ids = changes.Select(c => c switch { ConfirmSeat x => x.EnrollmentId, WithdrawSeat x => x.EnrollmentId, _ => Guid.Empty }).ToList();
        var cadreIds = changes.OfType<SelectSeat>().Select(s => s.Cadre.Id).Distinct().ToList();
        var promotable = changes.Any(c => c is WithdrawSeat);
        _loaded = await db.Participants.Where(p => ids.Contains(p.Id) || p.ClassId == training.Id &&
            (cadreIds.Contains(p.CadreId) || promotable && p.Status == EnrollmentStatus.Waitlisted)).ToListAsync(ct);
        if (cadreIds.Count > 0)
        {
            _recentTraining = await eligibility.RecentTrainingAsync(training, cadreIds, ct);
        }
    }

    private Participant Confirm(TrainingClass training, ConfirmSeat change, DateTimeOffset now)
    {
        change.Caller.EnsureInAnyRole(ClassAccess.ManagingRoles);
        change.Caller.EnsureCanRead(training);
        change.Caller.EnsureRuns(training);
        training.EnsureIn("确认学员", ClassState.Open, ClassState.Closed);
        var participant = Loaded(change.EnrollmentId);
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
        return participant;
    }

    private Participant Withdraw(TrainingClass training, WithdrawSeat change, DateTimeOffset now)
    {
        change.Caller.EnsureCanRead(training);
        var participant = Loaded(change.EnrollmentId);
        if (!change.Caller.RunsOrSends(training, participant))
        {
            throw new ForbiddenException("只有办班学校或学员所在单位可以办理退出");
        }
        training.EnsureIn("退出", ClassState.Open, ClassState.Closed);
        if (participant.Status == EnrollmentStatus.Withdrawn)
        {
            return participant;
        }
        var held = participant.Status == EnrollmentStatus.Confirmed;
        participant.Withdraw(change.Reason);
        if (held)
        {
            training.FreeSeat(participant.UnitId);
            db.AddEvent(new TraineeWithdrawn(participant.Id, training.Id, participant.CadreId, participant.WithdrawalReason, now));
            Promote(training, now);
        }
        return participant;
    }

    private Participant Select(TrainingClass training, SelectSeat change, DateTimeOffset now)
    {
        change.Caller.EnsureCanRead(training);
        if (training.Mode != ClassMode.SelfSelected)
        {
            throw new StateConflictException("class_not_self_selected", "该班次由单位推荐、办班学校确认，不能自主报名");
        }
        training.EnsureIn("报名", ClassState.Open);
        var cadre = change.Cadre;
        if (!SchoolPath.IsWithin(cadre.SchoolPath, training.OwnerPath))
        {
            throw new ForbiddenException("该学员不在本课程的面向范围内", "cadre_outside_class_scope");
        }
        if (Eligibility.Misfit(training.Criteria, cadre) is { } misfit)
        {
            new FieldErrors().Add("cadre_id", misfit).ThrowIfAny();
        }
        var participant = _loaded.FirstOrDefault(p => p.ClassId == training.Id && p.CadreId == cadre.Id);
        if (participant?.Status == EnrollmentStatus.Confirmed)
        {
            return participant;
        }
        if (!training.HasRoomFor(cadre.UnitId))
        {
            throw new StateConflictException("class_full", $"“{training.Title}”名额已满");
        }
        var previous = _recentTraining.GetValueOrDefault(cadre.Id);
        if (participant is null)
        {
            participant = Participant.Nominate(training, cadre, previous, EnrollmentSource.SelfSelected, change.Caller.Name, now);
            db.Participants.Add(participant);
            _loaded.Add(participant);
        }
        else
        {
            participant.Renominate(previous, EnrollmentSource.SelfSelected, change.Caller.Name, now);
        }
        Seat(training, participant, now);
        return participant;
    }

    private void Seat(TrainingClass training, Participant participant, DateTimeOffset now)
    {
        training.TakeSeat(participant.UnitId);
        participant.Confirm(now);
        db.AddEvent(new TraineeConfirmed(participant.Id, training.Id, participant.CadreId, participant.UnitId, participant.SchoolId,
            participant.SchoolPath, participant.PositionLevel, participant.Source, now));
    }

    /// <summary>Seats the earliest waitlisted trainees whose unit still has room, until the class is full.</summary>
    private void Promote(TrainingClass training, DateTimeOffset now)
    {
        var waiting = _loaded.Where(p => p.ClassId == training.Id && p.Status == EnrollmentStatus.Waitlisted).OrderBy(p => p.WaitlistTicket).ToList();
        foreach (var participant in waiting.TakeWhile(_ => training.ConfirmedCount < training.Capacity).Where(p => training.HasRoomFor(p.UnitId)))
        {
            Seat(training, participant, now);
        }
    }

    /// <summary>An enrollment the caller named: it was found before the turn, and enrollments are never deleted.</summary>
    private Participant Loaded(Guid id) =>
        _loaded.FirstOrDefault(p => p.Id == id) ?? throw new InvalidOperationException($"Enrollment {id} was not loaded for its class's turn.");
}
