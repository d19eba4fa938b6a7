using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Data;

namespace PartySchoolNet.Enrollment.Teaching;

/// <summary>The owner's side plans a class's sessions within its dates; sessions of one class never overlap.</summary>
internal sealed class Sessions(EnrollmentDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan MaxLength = TimeSpan.FromHours(12);

    public async Task<Session> AddAsync(AddSessionRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var classId = errors.Id(request.ClassId, "class_id", "班次");
        var title = request.Title.Trim();
        errors.When(title.Length is < 2 or > 100, "title", "课程名称长度须为2至100个字符")
            .When(request.Place.Length > 100, "place", "上课地点不能超过100个字符");
        var (start, end) = errors.Range(request.StartTime, request.EndTime, "start_time", "end_time");
        errors.When(end - start > MaxLength, "end_time", "一个课次不能超过12小时");
        var instructorId = errors.Id(request.InstructorId, "instructor_id", "授课教师", required: false);
        var siteId = errors.Id(request.SiteId, "site_id", "教学场地", required: false);
        errors.ThrowIfAny();

        var training = await db.GetRunClassAsync(classId, caller, ClassAccess.KeepingRoles, ct);
        training.EnsureIn("安排课次", ClassState.Draft, ClassState.Open, ClassState.Closed, ClassState.InProgress);
        var day = ChinaTime.Day(start!.Value);
        errors.When(day < training.StartDate || day > training.EndDate, "start_time", $"课次须在培训期内（{training.StartDate:yyyy-MM-dd}至{training.EndDate:yyyy-MM-dd}）")
            .When(await db.Sessions.AnyAsync(s => s.ClassId == classId && s.StartsAt < end && start < s.EndsAt, ct), "start_time", "与本班次已有课次时间重叠")
            .ThrowIfAny();
        var session = ClassSession.Plan(classId, title, start.Value, end!.Value, NullIfEmpty(instructorId), NullIfEmpty(siteId), request.Place.Trim(), clock.GetUtcNow());
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.ToMessage(0);
    }

    public async Task<ListSessionsResponse> ListAsync(ListSessionsRequest request, Caller caller, CancellationToken ct)
    {
        var training = await db.GetReadableClassAsync(new FieldErrors().ClassId(request.ClassId), caller, ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ClassId == training.Id).OrderBy(s => s.StartsAt)
            .Select(s => new { Session = s, Marked = db.Attendance.Count(a => a.SessionId == s.Id) }).ToListAsync(ct);
        var response = new ListSessionsResponse();
        response.Sessions.AddRange(sessions.Select(s => s.Session.ToMessage(s.Marked)));
        return response;
    }

    private static Guid? NullIfEmpty(Guid id) => id == Guid.Empty ? null : id;
}
