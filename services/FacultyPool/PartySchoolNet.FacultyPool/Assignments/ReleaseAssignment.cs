using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.FacultyPool.Assignments;

/// <summary>Either side frees the instructor's time: the home school's side, or the school the slot was for.</summary>
internal sealed class ReleaseAssignment(FacultyPoolDbContext db, TimeProvider clock)
{
    public async Task<Contracts.Assignment> HandleAsync(ReleaseAssignmentRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(AssignInstructor.AssigningRoles);
        var errors = new FieldErrors();
        var id = errors.Id(request.AssignmentId, "assignment_id", "授课安排");
        var reason = request.Reason.Trim();
        errors.When(reason.Length is 0 or > 500, "reason", "请填写取消原因（不超过500个字符）").ThrowIfAny();

        var assignment = await db.GetReadableAssignmentAsync(id, caller, ct);
        var now = clock.GetUtcNow();
        assignment.Release(caller.Name, reason, now);
        db.AddEvent(new AssignmentReleased(assignment.Snapshot(), reason, now));
        await db.SaveOrRefuseAsync(new("assignment_changed_concurrently", "该授课安排刚被他人处理，请刷新后查看"), null, ct);
        return await db.ToMessageAsync(assignment, ct);
    }
}
