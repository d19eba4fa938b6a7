using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.FacultyPool.Instructors;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.FacultyPool.Assignments;

/// <summary>
/// The home school's side assigns its instructor to a slot for a school in the caller's scope (the 送教下基层 flow
/// reserves instructors this way, with a request id so a retried step never doubles the reservation).
/// </summary>
internal sealed class AssignInstructor(FacultyPoolDbContext db, Scheduler scheduler, TimeProvider clock)
{
    public static readonly string[] AssigningRoles = [Roles.NetworkAdmin, Roles.SchoolAdmin, Roles.Dispatcher, Roles.Integrator];

    public async Task<Contracts.Assignment> HandleAsync(AssignInstructorRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(AssigningRoles);
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var instructorId = errors.Id(request.InstructorId, "instructor_id", "教师");
        var requesterId = errors.Id(request.RequestingSchoolId, "requesting_school_id", "用课学校", required: false);
        var slot = errors.Slot(request.Slot, now);
        errors.When(request.RequestId.Length > 64, "request_id", "请求编号不能超过64个字符").ThrowIfAny();
        var requestId = request.RequestId.Length == 0 ? null : request.RequestId;

        var requester = await db.GetActingSchoolAsync(requesterId, caller, ct);
        var repeat = requestId is null ? null : db.Assignments.Where(a => a.RequestingSchoolId == requester.Id && a.RequestId == requestId);
        return await db.OncePerRequestAsync(repeat, earlier => db.ToMessageAsync(earlier, ct), async () =>
        {
            await using var tx = await scheduler.BeginAsync(instructorId, ct);
            var instructor = await db.GetManagedInstructorAsync(instructorId, caller, ct);
            var assignment = await scheduler.AssignAsync(instructor, requester, slot!, requestId, null, caller.Name, now, ct);
            await scheduler.CommitAsync(tx, ct);
            return assignment.ToMessage(instructor.Name, instructor.HomeSchoolId, requester.Name);
        }, ct);
    }
}
