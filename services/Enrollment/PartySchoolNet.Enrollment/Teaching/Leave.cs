using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Roster;
using PartySchoolNet.Enrollment.Selection;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Teaching;

/// <summary>
/// Leave (请假): asked for a confirmed trainee (by the class managers, the trainee's unit, or the trainee through an
/// integrating portal), decided by the class managers; approval marks the sessions as leave in the same save.
/// </summary>
internal sealed class Leave(EnrollmentDbContext db, TimeProvider clock)
{
    private static readonly string[] RequestingRoles = [.. ClassAccess.KeepingRoles, Roles.Integrator];
    private static readonly Refusal DecidedConcurrently = new("leave_decided_concurrently", "该请假申请刚被他人审批，请刷新");

    public async Task<LeaveRequest> RequestAsync(RequestLeaveRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(RequestingRoles);
        var errors = new FieldErrors();
        var sessionIds = request.SessionIds.Select((s, i) => errors.Id(s, $"session_ids[{i}]", "课次")).ToList();
        errors.When(sessionIds.Count is 0 or > 100, "session_ids", "请选择要请假的课次")
            .When(request.Reason.Trim().Length is < 2 or > 200, "reason", "请填写请假事由（2至200个字符）");
        var participant = await db.GetParticipantAsync(request.EnrollmentId, ct, errors);
        var training = await db.GetClassOfAsync(participant, caller, ct);
        participant.EnsureConfirmed();
        training.EnsureIn("请假", ClassState.Open, ClassState.Closed, ClassState.InProgress);
        var known = await db.Sessions.Where(s => s.ClassId == training.Id && sessionIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        for (var i = 0; i < sessionIds.Count; i++)
        {
            errors.When(!known.Contains(sessionIds[i]), $"session_ids[{i}]", "不是本班次的课次");
        }
        errors.ThrowIfAny();

        var leave = LeaveApplication.Request(participant, [.. sessionIds.Distinct()], request.Reason.Trim(), caller.Name, clock.GetUtcNow());
        db.LeaveApplications.Add(leave);
        await db.SaveChangesAsync(ct);
        return leave.ToMessage(await CadreNameAsync(participant.CadreId, ct));
    }

    public async Task<LeaveRequest> DecideAsync(DecideLeaveRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.LeaveRequestId, "leave_request_id", "请假申请");
        errors.When(request.Note.Length > 200, "note", "审批意见不能超过200个字符").ThrowIfAny();
        var leave = await db.LeaveApplications.FirstOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException("请假申请不存在", "leave_request_not_found");
        var training = await db.GetRunClassAsync(leave.ClassId, caller, ClassAccess.KeepingRoles, ct);
        training.EnsureIn("审批请假", ClassState.Open, ClassState.Closed, ClassState.InProgress);
        var now = clock.GetUtcNow();
        leave.Decide(request.Approve, request.Note.Trim(), caller.Name, now);
        if (request.Approve)
        {
            foreach (var sessionId in leave.SessionIds)
            {
                await db.MarkAsync(sessionId, [(leave.ParticipantId, AttendanceStatus.Leave, $"请假：{leave.Reason}")], caller.Name, now, ct);
            }
        }
        await db.SaveOrRefuseAsync(DecidedConcurrently, AttendanceBook.MarkedConcurrently, ct);
        var participant = await db.Participants.FirstAsync(p => p.Id == leave.ParticipantId, ct);
        return leave.ToMessage(await CadreNameAsync(participant.CadreId, ct));
    }

    public async Task<ListLeaveRequestsResponse> ListAsync(ListLeaveRequestsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var classId = errors.ClassId(request.ClassId);
        errors.When(!Enum.IsDefined(request.State), "state", "审批状态不正确").ThrowIfAny();
        var training = await db.GetReadableClassAsync(classId, caller, ct);
        var leaves = db.LeaveApplications.AsNoTracking().Where(l => l.ClassId == classId);
        if (!caller.Runs(training))
        {
            leaves = leaves.WhereWithin(caller.ScopePath, l => l.SchoolPath);
        }
        if (request.State != LeaveState.Unspecified)
        {
            leaves = leaves.Where(l => l.State == request.State);
        }
        var rows = await leaves.OrderBy(l => l.RequestedAt)
            .Join(db.Participants, l => l.ParticipantId, p => p.Id, (l, p) => new { Leave = l, p.CadreId })
            .Join(db.Cadres, x => x.CadreId, c => c.Id, (x, c) => new { x.Leave, c.Name }).Take(1000).ToListAsync(ct);
        var response = new ListLeaveRequestsResponse();
        response.LeaveRequests.AddRange(rows.Select(r => r.Leave.ToMessage(r.Name)));
        return response;
    }

    private async Task<string> CadreNameAsync(Guid cadreId, CancellationToken ct) =>
        await db.Cadres.Where(c => c.Id == cadreId).Select(c => c.Name).FirstAsync(ct);
}
