using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Roster;

/// <summary>Units and cadres of a school, or of the caller's whole scope, page by page.</summary>
internal sealed class RosterQueries(EnrollmentDbContext db)
{
    public async Task<ListUnitsResponse> ListUnitsAsync(ListUnitsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        var page = errors.Page(request.PageSize, request.PageToken, 100, 500);
        errors.ThrowIfAny();

        var scope = schoolId == Guid.Empty ? caller.ScopePath : (await db.GetSchoolInScopeAsync(schoolId, caller, ct)).Path;
        var units = schoolId == Guid.Empty
            ? db.Units.AsNoTracking().WhereWithin(scope, u => u.SchoolPath)
            : db.Units.AsNoTracking().Where(u => u.SchoolId == schoolId);
        var total = await units.CountAsync(ct);
        var rows = await units
            .Join(db.Schools, u => u.SchoolId, s => s.Id, (u, s) => new { Unit = u, SchoolName = s.Name, Cadres = db.Cadres.Count(c => c.UnitId == u.Id) })
            .OrderBy(x => x.Unit.SchoolPath).ThenBy(x => x.Unit.Name).ThenBy(x => x.Unit.Id)
            .Skip(page.Offset).Take(page.Size).ToListAsync(ct);
        var response = new ListUnitsResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        response.Units.AddRange(rows.Select(r => r.Unit.ToMessage(r.SchoolName, r.Cadres)));
        return response;
    }

    public async Task<ListCadresResponse> ListCadresAsync(ListCadresRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var unitId = errors.Id(request.UnitId, "unit_id", "单位", required: false);
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        errors.When(request.PositionLevels.Any(l => !Labels.IsKnown(l)), "position_levels", "职级不正确");
        var page = errors.Page(request.PageSize, request.PageToken, 100, 500);
        errors.ThrowIfAny();

        var cadres = db.Cadres.AsNoTracking();
        if (unitId != Guid.Empty)
        {
            var unit = await db.GetUnitInScopeAsync(unitId, caller, ct);
            cadres = cadres.Where(c => c.UnitId == unit.Id);
        }
        else
        {
            var scope = schoolId == Guid.Empty ? caller.ScopePath : (await db.GetSchoolInScopeAsync(schoolId, caller, ct)).Path;
            cadres = cadres.WhereWithin(scope, c => c.SchoolPath);
        }
        if (request.PositionLevels.Count > 0)
        {
            var levels = request.PositionLevels.ToList();
            cadres = cadres.Where(c => levels.Contains(c.PositionLevel));
        }
        if (request.NamePrefix.Trim() is { Length: > 0 } prefix)
        {
            cadres = cadres.Where(c => c.Name.StartsWith(prefix));
        }
        var total = await cadres.CountAsync(ct);
        var rows = await cadres.OrderBy(c => c.SchoolPath).ThenBy(c => c.UnitId).ThenBy(c => c.StaffNo)
            .Skip(page.Offset).Take(page.Size).ToListAsync(ct);
        var unitNames = await db.UnitNamesAsync(rows.Select(c => c.UnitId), ct);
        var response = new ListCadresResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        response.Cadres.AddRange(rows.Select(c => c.ToMessage(unitNames[c.UnitId])));
        return response;
    }
}
