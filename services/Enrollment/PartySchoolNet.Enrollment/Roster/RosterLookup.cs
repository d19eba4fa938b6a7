using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.Enrollment.Roster;

/// <summary>Units and cadres a caller may reach: those of schools in its scope. Unknown → NotFound, elsewhere → PermissionDenied.</summary>
internal static class RosterLookup
{
    /// <summary>School admins and the organization department's system keep rosters.</summary>
    public static readonly string[] KeepingRoles = [Roles.NetworkAdmin, Roles.SchoolAdmin, Roles.Integrator];

    public static async Task<SendingUnit> GetUnitInScopeAsync(this EnrollmentDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("单位不存在", "unit_not_found");
        caller.EnsureCanSee(unit.SchoolPath);
        return unit;
    }

    public static async Task<Cadre> GetCadreInScopeAsync(this EnrollmentDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var cadre = await db.Cadres.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("学员不存在", "cadre_not_found");
        caller.EnsureCanSee(cadre.SchoolPath);
        return cadre;
    }

    public static async Task<string> UnitNameAsync(this EnrollmentDbContext db, Guid id, CancellationToken ct) =>
        await db.Units.Where(u => u.Id == id).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";

    /// <summary>Names of the given units; no query at all when there are none.</summary>
    public static async Task<Dictionary<Guid, string>> UnitNamesAsync(this EnrollmentDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0 ? [] : await db.Units.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }
}
