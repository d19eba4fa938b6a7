using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;

namespace PartySchoolNet.FacultyPool.Assignments;

internal sealed class GetAssignment(FacultyPoolDbContext db)
{
    public async Task<Contracts.Assignment> HandleAsync(GetAssignmentRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.AssignmentId, "assignment_id", "授课安排");
        errors.ThrowIfAny();
        return await db.ToMessageAsync(await db.GetReadableAssignmentAsync(id, caller, ct), ct);
    }
}
