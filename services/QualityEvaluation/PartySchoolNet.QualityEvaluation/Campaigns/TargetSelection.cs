using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.QualityEvaluation.Campaigns;

/// <summary>How the city named the schools to evaluate: all of the tier, the schools of some counties, or picked ones.</summary>
internal sealed record TargetPicks(bool AllOfTier, Guid[] CountyIds, Guid[] SchoolIds);

internal static class TargetPicksInput
{
    public static TargetPicks? Picks(this FieldErrors errors, CampaignTargets? targets)
    {
        if (targets is null)
        {
            errors.Add("targets", "请选择评估对象");
            return null;
        }
        var counties = targets.CountyIds.Select((id, i) => errors.Id(id, $"targets.county_ids[{i}]", "县级党校")).ToArray();
        var schools = targets.SchoolIds.Select((id, i) => errors.Id(id, $"targets.school_ids[{i}]", "学校")).ToArray();
        var modes = (targets.AllOfTier ? 1 : 0) + (counties.Length > 0 ? 1 : 0) + (schools.Length > 0 ? 1 : 0);
        errors.When(modes != 1, "targets", "评估对象须从“全部”“按县”“指定学校”中选择一种");
        return new TargetPicks(targets.AllOfTier, counties, schools);
    }
}

/// <summary>Resolves the picks against the city's copy of the tree: every target is below the city and of the system's tier.</summary>
internal sealed class TargetSelection(QualityEvaluationDbContext db, SchoolReplica city, EvaluatedTier tier)
{
    private readonly SchoolTier _tier = tier == EvaluatedTier.County ? SchoolTier.County : SchoolTier.Township;

    public async Task<List<SchoolReplica>> SelectAsync(TargetPicks picks, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var inCity = db.Schools.AsNoTracking().WhereWithin(city.Path, s => s.Path);
        List<SchoolReplica> targets;
        if (picks.AllOfTier)
        {
            targets = await inCity.Where(s => s.Tier == _tier).ToListAsync(ct);
        }
        else if (picks.CountyIds.Length > 0)
        {
            var counties = await Named(inCity, picks.CountyIds, SchoolTier.County, "targets.county_ids", "不是本市的县级党校", errors, ct);
            targets = _tier == SchoolTier.County
                ? counties
                : (await inCity.Where(s => s.Tier == SchoolTier.Township).ToListAsync(ct)).Where(s => counties.Any(c => SchoolPath.IsWithin(s.Path, c.Path))).ToList();
        }
        else
        {
            targets = await Named(inCity, picks.SchoolIds, _tier, "targets.school_ids", $"不是本市的{EvaluationLabels.Tier(tier)}", errors, ct);
        }
        errors.When(errors.IsEmpty && targets.Count == 0, "targets", "没有符合条件的评估对象").ThrowIfAny();
        return [.. targets.OrderBy(s => s.Path, StringComparer.Ordinal)];
    }

    private static async Task<List<SchoolReplica>> Named(
        IQueryable<SchoolReplica> inCity, Guid[] ids, SchoolTier tier, string field, string refusal, FieldErrors errors, CancellationToken ct)
    {
        var found = await inCity.Where(s => ids.Contains(s.Id) && s.Tier == tier).ToDictionaryAsync(s => s.Id, ct);
        for (var i = 0; i < ids.Length; i++)
        {
            errors.When(ids[i] != Guid.Empty && !found.ContainsKey(ids[i]), $"{field}[{i}]", refusal);
        }
        return [.. found.Values];
    }
}
