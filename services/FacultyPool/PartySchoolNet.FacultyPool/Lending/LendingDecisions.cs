using PartySchoolNet.FacultyPool.Assignments;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.FacultyPool.Instructors;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.FacultyPool.Lending;

/// <summary>The home school's side approves or declines a waiting request; the requesting side may withdraw it.</summary>
internal sealed class LendingDecisions(FacultyPoolDbContext db, Scheduler scheduler, TimeProvider clock)
{
    private static readonly string[] DecidingRoles = [Roles.NetworkAdmin, Roles.SchoolAdmin, Roles.Dispatcher];

    /// <summary>The lending and the assignment commit together; if the slot was taken meanwhile, neither does and the request still waits.</summary>
    public async Task<Contracts.LendingRequest> ApproveAsync(ApproveLendingRequest request, Caller caller, CancellationToken ct)
    {
        var (id, note) = Read(request.LendingRequestId, request.Note, "note", required: false, caller);
        var lending = await db.GetReadableLendingAsync(id, caller, ct);
        await using var tx = await scheduler.BeginAsync(lending.InstructorId, ct);
        await db.Entry(lending).ReloadAsync(ct); // a decision made while this one waited for the lock is seen
        var instructor = await db.GetManagedInstructorAsync(lending.InstructorId, caller, ct);
        var requester = await db.GetKnownSchoolAsync(lending.RequestingSchoolId, ct);
        var now = clock.GetUtcNow();
        var assignment = await scheduler.AssignAsync(instructor, requester, lending.Slot, null, lending.Id, caller.Name, now, ct);
        lending.Approve(assignment.Id, caller.Name, note, now);
        db.AddEvent(new LendingApproved(lending.Snapshot(), assignment.Id, now));
        await scheduler.CommitAsync(tx, ct);
        return lending.ToMessage(instructor.Name, await db.SchoolNameAsync(instructor.HomeSchoolId, ct), requester.Name);
    }

    public async Task<Contracts.LendingRequest> DeclineAsync(DeclineLendingRequest request, Caller caller, CancellationToken ct)
    {
        var (id, reason) = Read(request.LendingRequestId, request.Reason, "reason", required: true, caller);
        var lending = await db.GetReadableLendingAsync(id, caller, ct);
        await db.GetManagedInstructorAsync(lending.InstructorId, caller, ct);
        var now = clock.GetUtcNow();
        lending.Decline(caller.Name, reason, now);
        db.AddEvent(new LendingDeclined(lending.Snapshot(), reason, now));
        await db.SaveOrRefuseAsync(LendingQueries.ChangedConcurrently, null, ct);
        return await db.ToMessageAsync(lending, ct);
    }

    public async Task<Contracts.LendingRequest> CancelAsync(CancelLendingRequest request, Caller caller, CancellationToken ct)
    {
        var (id, reason) = Read(request.LendingRequestId, request.Reason, "reason", required: true, caller);
        var lending = await db.GetReadableLendingAsync(id, caller, ct);
        if (!caller.CanSee(lending.RequestingPath))
        {
            throw new ForbiddenException("只有申请学校及其上级可以撤回申请");
        }
        var now = clock.GetUtcNow();
        lending.Cancel(caller.Name, reason, now);
        db.AddEvent(new LendingCancelled(lending.Snapshot(), reason, now));
        await db.SaveOrRefuseAsync(LendingQueries.ChangedConcurrently, null, ct);
        return await db.ToMessageAsync(lending, ct);
    }

    private static (Guid Id, string Text) Read(string lendingRequestId, string text, string field, bool required, Caller caller)
    {
        caller.EnsureInAnyRole(DecidingRoles);
        var errors = new FieldErrors();
        var id = errors.Id(lendingRequestId, "lending_request_id", "借用申请");
        var trimmed = text.Trim();
        errors.When(required && trimmed.Length == 0, field, "请填写原因").When(trimmed.Length > 500, field, "说明不能超过500个字符").ThrowIfAny();
        return (id, trimmed);
    }
}
