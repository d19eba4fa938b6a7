using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Roster;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Selection;

/// <summary>
/// A sending unit puts its cadres forward (单位推荐). A unit may nominate more cadres than its quota: confirmation decides
/// who gets the seats, the rest wait. Every cadre is checked; one misfit refuses the whole list, naming each.
/// </summary>
internal sealed class Nominate(EnrollmentDbContext db, Eligibility eligibility, TimeProvider clock)
{
    public const int MaxPerRequest = 500;

    public async Task<NominateResponse> HandleAsync(NominateRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(RosterLookup.KeepingRoles);
        var errors = new FieldErrors();
        var classId = errors.Id(request.ClassId, "class_id", "班次");
        var unitId = errors.Id(request.UnitId, "unit_id", "推荐单位");
        var cadreIds = request.CadreIds.Select((id, i) => errors.Id(id, $"cadre_ids[{i}]", "学员")).ToList();
        errors.When(cadreIds.Count is 0 or > MaxPerRequest, "cadre_ids", $"每次推荐1至{MaxPerRequest}人")
            .When(cadreIds.Distinct().Count() != cadreIds.Count, "cadre_ids", "推荐名单中有重复的学员").ThrowIfAny();

        var training = await db.GetReadableClassAsync(classId, caller, ct);
        var unit = await db.GetUnitInScopeAsync(unitId, caller, ct);
        EnsureSends(training, unit);

        var cadres = await db.Cadres.Where(c => cadreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var existing = await db.Participants.Where(p => p.ClassId == classId && cadreIds.Contains(p.CadreId)).ToDictionaryAsync(p => p.CadreId, ct);
        for (var i = 0; i < cadreIds.Count; i++)
        {
            var at = $"cadre_ids[{i}]";
            if (!cadres.TryGetValue(cadreIds[i], out var cadre) || cadre.UnitId != unit.Id)
            {
                errors.Add(at, "学员不存在或不属于推荐单位");
                continue;
            }
            errors.When(existing.TryGetValue(cadre.Id, out var held) && held.IsActive, at, $"{cadre.Name}已在本班次名单中");
            if (Eligibility.Misfit(training.Criteria, cadre) is { } misfit)
            {
                errors.Add(at, misfit);
            }
        }
        errors.ThrowIfAny();

        var recent = await eligibility.RecentTrainingAsync(training, cadreIds, ct);
        var now = clock.GetUtcNow();
        var nominated = cadreIds.Select(id =>
        {
            var previous = recent.GetValueOrDefault(id);
            if (existing.TryGetValue(id, out var withdrawn))
            {
                withdrawn.Renominate(previous, EnrollmentSource.Nomination, caller.Name, now);
                return withdrawn;
            }
            var participant = Participant.Nominate(training, cadres[id], previous, EnrollmentSource.Nomination, caller.Name, now);
            db.Participants.Add(participant);
            return participant;
        }).ToList();
        await db.SaveOrRefuseAsync(Seats.ChangedConcurrently, new("cadre_already_nominated", "名单中有学员刚被推荐到本班次，请刷新后重试"), ct);
        var response = new NominateResponse();
        response.Enrollments.AddRange(await db.ToMessagesAsync(nominated, ct));
        return response;
    }

    /// <summary>The class takes nominations now, from units of its owner's scope, and from those with a quota when it has quotas.</summary>
    private static void EnsureSends(TrainingClass training, SendingUnit unit)
    {
        if (training.Mode == ClassMode.SelfSelected)
        {
            throw new StateConflictException("class_is_self_selected", "自主选学课程由学员自行报名，不接受单位推荐");
        }
        training.EnsureIn("推荐学员", ClassState.Open);
        if (!SchoolPath.IsWithin(unit.SchoolPath, training.OwnerPath))
        {
            throw new ForbiddenException("该单位不在本班次的调训范围内", "unit_outside_class_scope");
        }
        if (training.Quotas.Count > 0 && training.QuotaOf(unit.Id) is null)
        {
            throw new StateConflictException("unit_has_no_quota", "本班次未给该单位分配名额");
        }
    }
}
