using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.FollowUps;

/// <summary>
/// 跟踪问效 for the schools: lists and rates within the caller's scope (a county sees its townships', a township its own);
/// only the trainee's own school records a follow-up. Days are China days.
/// </summary>
internal sealed class FollowUpDesk(QualityEvaluationDbContext db, TimeProvider clock)
{
    private static readonly Refusal ChangedConcurrently = new("follow_up_changed_concurrently", "该跟踪记录已被他人更新，请刷新后重试");

    public async Task<ListFollowUpsResponse> ListAsync(ListFollowUpsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        var unitId = errors.Id(request.UnitId, "unit_id", "单位", required: false);
        var classId = errors.Id(request.ClassId, "class_id", "班次", required: false);
        var page = errors.Page(request.PageSize, request.PageToken, 100, 500);
        errors.When(!System.Enum.IsDefined(request.State), "state", "跟踪状态无效").ThrowIfAny();

        var today = Today();
        var query = db.FollowUps.AsNoTracking().WhereWithin(caller.ScopePath, f => f.SchoolPath);
        query = schoolId == Guid.Empty ? query : query.Where(f => f.SchoolId == schoolId);
        query = unitId == Guid.Empty ? query : query.Where(f => f.UnitId == unitId);
        query = classId == Guid.Empty ? query : query.Where(f => f.ClassId == classId);
        query = request.State == FollowUpState.Unspecified ? query : query.Where(FollowUp.In(request.State, today));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(f => f.DueOn).ThenBy(f => f.SchoolPath).ThenBy(f => f.CadreName).ThenBy(f => f.Id)
            .Skip(page.Offset).Take(page.Size).ToListAsync(ct);
        var response = new ListFollowUpsResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        response.FollowUps.Add(rows.Select(f => ToMessage(f, today)));
        return response;
    }

    public async Task<Contracts.FollowUp> RecordAsync(RecordFollowUpRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.FollowUpId, "follow_up_id", "跟踪记录");
        var (note, mentor) = (request.Note.Trim(), request.Mentor.Trim());
        errors.When(request.Rating is < 1 or > 5, "rating", "评价须为1至5分")
            .Required(note, "note", "跟踪情况").When(note.Length > 1000, "note", "跟踪情况不能超过1000个字符")
            .When(mentor.Length > 50, "mentor", "导师姓名不能超过50个字符").ThrowIfAny();

        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw new NotFoundException("跟踪记录不存在", "follow_up_not_found");
        caller.EnsureCanSee(followUp.SchoolPath);
        if (caller.SchoolId != followUp.SchoolId || !caller.IsInAnyRole(Roles.SchoolAdmin, Roles.ClassManager))
        {
            throw new ForbiddenException("只有学员所在学校的管理员或班主任可以填写跟踪问效");
        }
        var today = Today();
        if (today < followUp.DueOn)
        {
            throw new StateConflictException("follow_up_not_due", $"尚未到跟踪时间，{followUp.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}起可填写");
        }
        var now = clock.GetUtcNow();
        if (followUp.Record(request.Rating, note, mentor, caller.Name, now))
        {
            db.AddEvent(followUp.Completed(now));
        }
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return ToMessage(followUp, today);
    }

    public async Task<FollowUpSummary> SummaryAsync(GetFollowUpSummaryRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        errors.ThrowIfAny();
        var today = Today();
        var overdueFrom = today.AddDays(-FollowUp.Grace.Days);
        var query = db.FollowUps.AsNoTracking().WhereWithin(caller.ScopePath, f => f.SchoolPath).Where(f => f.DueOn <= today);
        query = schoolId == Guid.Empty ? query : query.Where(f => f.SchoolId == schoolId);
        var rows = await query.GroupBy(f => f.SchoolId).Select(g => new
        {
            SchoolId = g.Key, Due = g.Count(), Done = g.Count(f => f.RecordedAt != null), Overdue = g.Count(f => f.RecordedAt == null && f.DueOn < overdueFrom),
        }).ToListAsync(ct);
        var ids = rows.Select(r => r.SchoolId).ToList();
        var names = await db.Schools.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => (s.Name, s.Path), ct);
        var summary = new FollowUpSummary { Due = rows.Sum(r => r.Due), Done = rows.Sum(r => r.Done), Overdue = rows.Sum(r => r.Overdue) };
        summary.CompletionRate = Rate(summary.Done, summary.Due);
        summary.Schools.Add(rows.OrderBy(r => names.GetValueOrDefault(r.SchoolId).Path, StringComparer.Ordinal).Select(r => new SchoolFollowUps
        {
            SchoolId = r.SchoolId.ToString(), SchoolName = names.GetValueOrDefault(r.SchoolId).Name ?? "", Due = r.Due, Done = r.Done, Overdue = r.Overdue,
            CompletionRate = Rate(r.Done, r.Due),
        }));
        return summary;
    }

    private static double Rate(int done, int due) => due == 0 ? 0 : Math.Round(100.0 * done / due, 1);

    private DateOnly Today() => ChinaTime.Day(clock.GetUtcNow());

    private static Contracts.FollowUp ToMessage(FollowUp f, DateOnly today) => new()
    {
        FollowUpId = f.Id.ToString(), ClassId = f.ClassId.ToString(), ClassTitle = f.ClassTitle, CadreId = f.CadreId.ToString(), CadreName = f.CadreName,
        UnitId = f.UnitId.ToString(), UnitName = f.UnitName, SchoolId = f.SchoolId.ToString(), Stage = f.Stage, StageLabel = FollowUpStages.Label(f.Stage),
        Question = FollowUpStages.Question(f.Stage), DueOn = f.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), State = f.StateOn(today),
        Rating = f.Rating, Note = f.Note, Mentor = f.Mentor, RecordedAt = f.RecordedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null, RecordedBy = f.RecordedBy,
    };
}
