using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Selection;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.Enrollment.Teaching;

/// <summary>Class managers mark confirmed trainees present, late, on leave or absent, once the session has begun.</summary>
internal sealed class AttendanceBook(EnrollmentDbContext db, TimeProvider clock)
{
    /// <summary>What has been marked for a session: whoever may read the class may read its attendance.</summary>
    public async Task<ListAttendanceResponse> ListAsync(ListAttendanceRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var sessionId = errors.Id(request.SessionId, "session_id", "课次");
        errors.ThrowIfAny();
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException("课次不存在", "session_not_found");
        await db.GetReadableClassAsync(session.ClassId, caller, ct);
        var marks = await db.Attendance.AsNoTracking().Where(a => a.SessionId == session.Id).ToListAsync(ct);
        var response = new ListAttendanceResponse { SessionId = session.Id.ToString() };
        response.Marks.AddRange(marks.Select(a => new AttendanceMark { EnrollmentId = a.ParticipantId.ToString(), Status = a.Status, Note = a.Note }));
        return response;
    }

    public static readonly Refusal MarkedConcurrently = new("attendance_marked_concurrently", "考勤刚被他人录入，请刷新后重试");

    public async Task<RecordAttendanceResponse> RecordAsync(RecordAttendanceRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var sessionId = errors.Id(request.SessionId, "session_id", "课次");
        errors.When(request.Marks.Count is 0 or > 2000, "marks", "每次录入1至2000人的考勤");
        var marks = request.Marks.Select((m, i) =>
        {
            var id = errors.Id(m.EnrollmentId, $"marks[{i}].enrollment_id", "报名记录");
            errors.When(!Labels.IsKnown(m.Status), $"marks[{i}].status", "请选择考勤状态")
                .When(m.Note.Length > 200, $"marks[{i}].note", "备注不能超过200个字符");
            return (Id: id, m.Status, Note: m.Note.Trim());
        }).ToList();
        errors.When(marks.DistinctBy(m => m.Id).Count() != marks.Count, "marks", "同一学员在一次录入中只能出现一次").ThrowIfAny();

        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException("课次不存在", "session_not_found");
        var training = await db.GetRunClassAsync(session.ClassId, caller, ClassAccess.KeepingRoles, ct);
        training.EnsureIn("考勤", ClassState.InProgress);
        var now = clock.GetUtcNow();
        if (session.StartsAt > now)
        {
            throw new StateConflictException("session_not_started", "课次尚未开始，不能考勤");
        }
        var ids = marks.Select(m => m.Id).ToList();
        var confirmed = await db.Participants.Where(p => ids.Contains(p.Id) && p.ClassId == training.Id && p.Status == EnrollmentStatus.Confirmed)
            .Select(p => p.Id).ToListAsync(ct);
        for (var i = 0; i < marks.Count; i++)
        {
            errors.When(!confirmed.Contains(marks[i].Id), $"marks[{i}].enrollment_id", "不是本班次的正式学员");
        }
        errors.ThrowIfAny();

        await db.MarkAsync(session.Id, marks.Select(m => (m.Id, m.Status, m.Note)).ToList(), caller.Name, now, ct);
        await db.SaveOrRefuseAsync(MarkedConcurrently, MarkedConcurrently, ct);
        var response = new RecordAttendanceResponse { SessionId = session.Id.ToString() };
        response.Marks.AddRange(request.Marks);
        return response;
    }
}

internal static class Marking
{
    /// <summary>Adds or replaces the marks of one session (saved by the caller, with whatever else it changes).</summary>
    public static async Task MarkAsync(
        this EnrollmentDbContext db, Guid sessionId, IReadOnlyList<(Guid ParticipantId, AttendanceStatus Status, string Note)> marks, string by, DateTimeOffset now, CancellationToken ct)
    {
        var ids = marks.Select(m => m.ParticipantId).ToList();
        var existing = await db.Attendance.Where(a => a.SessionId == sessionId && ids.Contains(a.ParticipantId)).ToDictionaryAsync(a => a.ParticipantId, ct);
        foreach (var (participantId, status, note) in marks)
        {
            if (!existing.TryGetValue(participantId, out var mark))
            {
                mark = new Attendance { SessionId = sessionId, ParticipantId = participantId };
                db.Attendance.Add(mark);
            }
            (mark.Status, mark.Note, mark.MarkedBy, mark.MarkedAt) = (status, note, by, now);
        }
    }
}
