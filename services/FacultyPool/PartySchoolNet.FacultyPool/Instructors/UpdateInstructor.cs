using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.FacultyPool.Instructors;

/// <summary>Replaces an instructor's details. Assignments already made stay as they are.</summary>
internal sealed class UpdateInstructor(FacultyPoolDbContext db, TimeProvider clock)
{
    public async Task<Contracts.Instructor> HandleAsync(UpdateInstructorRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(InstructorLookup.ManagingRoles);
        var errors = new FieldErrors();
        var id = errors.Id(request.InstructorId, "instructor_id", "教师");
        errors.When(request.ExpectedVersion < 1, "expected_version", "请提供读取时的版本号").ThrowIfAny();

        var instructor = await db.GetManagedInstructorAsync(id, caller, ct);
        var spec = errors.Details(request.Details, await db.TopicChoicesAsync(ct), instructor.Topics);
        errors.ThrowIfAny();
        if (instructor.Version != request.ExpectedVersion)
        {
            throw new StateConflictException(InstructorSaving.ChangedConcurrently.Code, InstructorSaving.ChangedConcurrently.Message);
        }
        var now = clock.GetUtcNow();
        instructor.Change(spec!, now);
        db.AddEvent(new InstructorChanged(instructor.Snapshot(), now));
        await db.SaveInstructorAsync(ct);
        return instructor.ToMessage(await db.SchoolNameAsync(instructor.HomeSchoolId, ct), caller);
    }
}
