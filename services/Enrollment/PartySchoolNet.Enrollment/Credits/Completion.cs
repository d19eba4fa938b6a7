using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.Enrollment.Credits;

/// <summary>
/// InProgress → Completed under the class's lock: every confirmed trainee must be marked for every session; each is
/// credited by the attendance rule; the ledger lines, the trainees' outcomes, the state and the event commit together.
/// </summary>
internal sealed class Completion(EnrollmentDbContext db, ClassLock classLock, IOptions<EnrollmentOptions> options, TimeProvider clock)
{
    public async Task<Contracts.TrainingClass> CompleteAsync(ClassTransitionRequest request, Caller caller, CancellationToken ct)
    {
        var classId = new FieldErrors().ClassId(request.ClassId);
        await using var turn = await classLock.BeginAsync(classId, ct);
        var training = await db.GetRunClassAsync(classId, caller, ClassAccess.ManagingRoles, ct);
        training.EnsureIn("结业", ClassState.InProgress);

        var planned = await db.Sessions.AsNoTracking().Where(s => s.ClassId == classId).OrderBy(s => s.StartsAt).ToListAsync(ct);
        var sessions = planned.ToDictionary(s => s.Id, s => s.Hours);
        var trainees = await db.Participants.Where(p => p.ClassId == classId && p.Status == EnrollmentStatus.Confirmed).ToListAsync(ct);
        var (sessionIds, traineeIds) = (sessions.Keys.ToList(), trainees.Select(t => t.Id).ToHashSet());
        var marks = (await db.Attendance.Where(a => sessionIds.Contains(a.SessionId)).ToListAsync(ct)).Where(m => traineeIds.Contains(m.ParticipantId)).ToList();
        var missing = sessions.Count * trainees.Count - marks.Count;
        if (missing > 0)
        {
            throw new StateConflictException("attendance_incomplete", $"尚有{missing}人次未考勤，请补录后再结业");
        }

        var (rule, now, sessionHours) = (new AttendanceRule(options.Value.MaxMissedShare), clock.GetUtcNow(), sessions.Values.Sum());
        var missed = marks.Where(m => Teaching.Attendance.Misses(m.Status)).GroupBy(m => m.ParticipantId).ToDictionary(g => g.Key, g => g.Sum(m => sessions[m.SessionId]));
        var cadreIds = trainees.Select(t => t.CadreId).ToList();
        var names = await db.Cadres.AsNoTracking().Where(c => cadreIds.Contains(c.Id))
            .Join(db.Units, c => c.UnitId, u => u.Id, (c, u) => new { c.Id, c.Name, UnitName = u.Name }).ToDictionaryAsync(c => c.Id, ct);
        var credits = ClassCrediting.Credit(training, trainees, sessionHours, missed, rule, r => db.Credits.Add(r),
            t => names.TryGetValue(t.CadreId, out var n) ? (n.Name, n.UnitName) : ("", ""));
        training.MoveTo(ClassState.Completed, request.Reason.Trim(), now);
        db.AddEvent(new ClassCompleted(training.Snapshot(), sessions.Count, credits, now) { SessionsTaught = [.. planned.Select(s => s.Taught())] });
        await db.SaveOrRefuseAsync(ClassCommands.ChangedConcurrently, null, ct);
        await turn.CommitAsync(ct);
        return await db.ToMessageAsync(training, ct);
    }
}
