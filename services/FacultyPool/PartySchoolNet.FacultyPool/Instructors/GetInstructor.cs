using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.FacultyPool.Instructors;

internal sealed class GetInstructor(FacultyPoolDbContext db)
{
    public async Task<Contracts.Instructor> HandleAsync(GetInstructorRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.InstructorId, "instructor_id", "教师");
        errors.ThrowIfAny();
        var instructor = await db.GetReadableInstructorAsync(id, caller, ct);
        return instructor.ToMessage(await db.SchoolNameAsync(instructor.HomeSchoolId, ct), caller);
    }
}
