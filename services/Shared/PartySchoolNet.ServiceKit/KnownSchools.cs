using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.ServiceKit;

/// <summary>Schools as a domain service knows them (its copy of the tree): unknown → NotFound, outside the caller's scope → PermissionDenied.</summary>
public static class KnownSchools
{
    public static async Task<SchoolReplica> GetKnownSchoolAsync(this DbContext db, Guid id, CancellationToken ct, string label = "学校") =>
        await db.Set<SchoolReplica>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException($"{label}不存在", "school_not_found");

    /// <summary>A school in the caller's scope (the caller's own or one below it).</summary>
    public static async Task<SchoolReplica> GetSchoolInScopeAsync(this DbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var school = await db.GetKnownSchoolAsync(id, ct);
        caller.EnsureCanSee(school.Path);
        return school;
    }

    /// <summary>The school a caller acts for: the one it names (which must be in its scope), else its own.</summary>
    public static Task<SchoolReplica> GetActingSchoolAsync(this DbContext db, Guid named, Caller caller, CancellationToken ct) =>
        db.GetSchoolInScopeAsync(named == Guid.Empty ? caller.SchoolId : named, caller, ct);

    public static async Task<string> SchoolNameAsync(this DbContext db, Guid id, CancellationToken ct) =>
        await db.Set<SchoolReplica>().Where(s => s.Id == id).Select(s => s.Name).FirstOrDefaultAsync(ct) ?? "";
}
