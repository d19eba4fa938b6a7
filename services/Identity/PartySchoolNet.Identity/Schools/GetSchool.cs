using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.Identity.Schools;

internal sealed class GetSchool(IdentityDbContext db)
{
    public async Task<School> HandleAsync(GetSchoolRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.SchoolId, "school_id", "学校");
        errors.ThrowIfAny();
        return await db.GetVisibleSchoolAsync(id, caller, ct);
    }
}
