using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.FacultyPool.Instructors;

/// <summary>A school's admin (or an admin above it) adds an instructor to that school's pool.</summary>
internal sealed class RegisterInstructor(FacultyPoolDbContext db, TimeProvider clock)
{
    public async Task<Contracts.Instructor> HandleAsync(RegisterInstructorRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(InstructorLookup.ManagingRoles);
        var errors = new FieldErrors();
        var homeId = errors.Id(request.HomeSchoolId, "home_school_id", "所在学校");
        var spec = errors.Details(request.Details, await db.TopicChoicesAsync(ct), []);
        errors.ThrowIfAny();

        var home = await db.GetSchoolInScopeAsync(homeId, caller, ct);
        var now = clock.GetUtcNow();
        var instructor = Instructor.Register(home, spec!, now);
        db.Instructors.Add(instructor);
        db.AddEvent(new InstructorRegistered(instructor.Snapshot(), now));
        await db.SaveInstructorAsync(ct);
        return instructor.ToMessage(home.Name, caller);
    }
}
