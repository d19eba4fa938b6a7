using Microsoft.EntityFrameworkCore;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Indicators;

/// <summary>Indicator systems are the standard every school is held to: all schools of the city read them.</summary>
internal sealed class IndicatorQueries(QualityEvaluationDbContext db)
{
    public async Task<Contracts.IndicatorSystem> GetAsync(GetIndicatorSystemRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.SystemId, "system_id", "指标体系");
        errors.ThrowIfAny();
        var owners = SchoolPath.SelfAndAncestors(caller.ScopePath).ToArray();
        var system = await db.IndicatorSystems.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && owners.Contains(s.OwnerPath), ct)
            ?? throw new NotFoundException("指标体系不存在", "indicator_system_not_found");
        return system.ToMessage();
    }

    public async Task<ListIndicatorSystemsResponse> ListAsync(ListIndicatorSystemsRequest request, Caller caller, CancellationToken ct)
    {
        var owners = SchoolPath.SelfAndAncestors(caller.ScopePath).ToArray();
        var query = db.IndicatorSystems.AsNoTracking().Where(s => owners.Contains(s.OwnerPath));
        if (request.Code.Length > 0)
        {
            query = query.Where(s => s.Code == request.Code);
        }
        if (request.Tier != EvaluatedTier.Unspecified)
        {
            query = query.Where(s => s.Tier == request.Tier);
        }
        if (!request.AllVersions)
        {
            query = query.Where(s => !db.IndicatorSystems.Any(n => n.OwnerSchoolId == s.OwnerSchoolId && n.Code == s.Code && n.Version > s.Version));
        }
        var systems = await query.OrderBy(s => s.Code).ThenByDescending(s => s.Version).Take(200).ToListAsync(ct);
        var response = new ListIndicatorSystemsResponse();
        response.Systems.Add(systems.Select(s => s.ToMessage(withTree: false)));
        return response;
    }
}
