using PartySchoolNet.Identity.Data;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Identity.Schools;

internal static class SchoolLookup
{
    /// <summary>The school, if it exists and lies within the caller's scope; otherwise the refusal a person can read.</summary>
    public static async Task<School> GetVisibleSchoolAsync(this IdentityDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var school = await db.Schools.FindAsync([id], ct) ?? throw new NotFoundException("学校不存在", "school_not_found");
        caller.EnsureCanSee(school.Path);
        return school;
    }
}
