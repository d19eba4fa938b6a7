using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Assignments;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.FacultyPool.Instructors;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.FacultyPool.Lending;

/// <summary>
/// A school asks for an instructor another school shares with it. What can be known now is checked now (shared, willing,
/// free that day); whether the time is still free is decided when the home school approves.
/// </summary>
internal sealed class RequestLending(FacultyPoolDbContext db, TimeProvider clock)
{
    public async Task<Contracts.LendingRequest> HandleAsync(RequestLendingRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(AssignInstructor.AssigningRoles);
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var instructorId = errors.Id(request.InstructorId, "instructor_id", "教师");
        var requesterId = errors.Id(request.RequestingSchoolId, "requesting_school_id", "用课学校", required: false);
        var slot = errors.Slot(request.Slot, now);
        errors.When(request.Note.Length > 500, "note", "说明不能超过500个字符")
            .When(request.RequestId.Length > 64, "request_id", "请求编号不能超过64个字符")
            .ThrowIfAny();
        var requestId = request.RequestId.Length == 0 ? null : request.RequestId;

        var requester = await db.GetActingSchoolAsync(requesterId, caller, ct);
        var repeat = requestId is null ? null : db.LendingRequests.Where(l => l.RequestingSchoolId == requester.Id && l.RequestId == requestId);
        return await db.OncePerRequestAsync(repeat, earlier => db.ToMessageAsync(earlier, ct), async () =>
        {
            var instructor = await db.GetReadableInstructorAsync(instructorId, caller, ct);
            new FieldErrors().When(instructor.HomeSchoolId == requester.Id, "requesting_school_id", "不能向本校借用本校的教师，请直接安排授课").ThrowIfAny();
            Scheduler.EnsureFits(instructor, requester, slot!);

            var lending = LendingRequest.Ask(instructor, requester, slot!, request.Note.Trim(), requestId, caller.Name, now);
            db.LendingRequests.Add(lending);
            db.AddEvent(new LendingRequested(lending.Snapshot(), now));
            await db.SaveChangesAsync(ct);
            return lending.ToMessage(instructor.Name, await db.SchoolNameAsync(instructor.HomeSchoolId, ct), requester.Name);
        }, ct);
    }
}
