using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.Enrollment.Roster;

/// <summary>Adds units and cadres one at a time (the roster import adds them by the thousand).</summary>
internal sealed class RosterCommands(EnrollmentDbContext db, IOptions<EnrollmentOptions> options, TimeProvider clock)
{
    public static readonly Refusal StaffNoTaken = new("cadre_staff_no_taken", "本校已有该人员编号的学员");

    public async Task<Unit> CreateUnitAsync(CreateUnitRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(RosterLookup.KeepingRoles);
        var errors = new FieldErrors();
        var schoolId = errors.Id(request.SchoolId, "school_id", "所属学校", required: false);
        var name = errors.UnitName(request.Name, "name");
        errors.ThrowIfAny();

        var school = await db.GetActingSchoolAsync(schoolId, caller, ct);
        var unit = SendingUnit.Create(school, name, clock.GetUtcNow());
        db.Units.Add(unit);
        await db.SaveOrRefuseAsync(new("unit_changed_concurrently", "单位已被他人修改"), new("unit_name_taken", "本校已有同名单位"), ct);
        return unit.ToMessage(school.Name, 0);
    }

    public async Task<Contracts.Cadre> RegisterCadreAsync(RegisterCadreRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(RosterLookup.KeepingRoles);
        var errors = new FieldErrors();
        var details = request.Details ?? new CadreDetails();
        var unitId = errors.Id(details.UnitId, "details.unit_id", "所在单位");
        errors.When(!Labels.IsKnown(details.PositionLevel), "details.position_level", "请选择职级");
        var spec = errors.Cadre("details", details.StaffNo, details.Name, details.PositionLevel, details.YearsOfService, details.IsLeader);
        errors.ThrowIfAny();

        var unit = await db.GetUnitInScopeAsync(unitId, caller, ct);
        var now = clock.GetUtcNow();
        var cadre = Cadre.Register(unit, spec!, now);
        db.Cadres.Add(cadre);
        db.AnnounceCadres([(cadre, unit.Name)], options.Value, now);
        await db.SaveOrRefuseAsync(new("cadre_changed_concurrently", "学员信息已被他人修改"), StaffNoTaken, ct);
        return cadre.ToMessage(unit.Name);
    }

    public async Task<Contracts.Cadre> GetCadreAsync(GetCadreRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.CadreId, "cadre_id", "学员");
        errors.ThrowIfAny();
        var cadre = await db.GetCadreInScopeAsync(id, caller, ct);
        return cadre.ToMessage(await db.UnitNameAsync(cadre.UnitId, ct));
    }
}
