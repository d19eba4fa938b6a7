using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Data;

namespace PartySchoolNet.Enrollment.Selection;

/// <summary>Whether a cadre is who the class is for (组织划定), and whether the cadre was trained in its category lately.</summary>
internal sealed class Eligibility(EnrollmentDbContext db, IOptions<EnrollmentOptions> options)
{
    /// <summary>Why the cadre falls outside the class's criteria, or null when the cadre fits.</summary>
    public static string? Misfit(TargetRules rules, Cadre cadre)
    {
        if (rules.PositionLevels.Count > 0 && !rules.PositionLevels.Contains(cadre.PositionLevel))
        {
            return $"{cadre.Name}的职级为{Labels.PositionLevels[cadre.PositionLevel]}，本班次面向{string.Join("、", rules.PositionLevels.Select(l => Labels.PositionLevels[l]))}";
        }
        if (cadre.YearsOfService < rules.MinYearsOfService || rules.MaxYearsOfService > 0 && cadre.YearsOfService > rules.MaxYearsOfService)
        {
            var upper = rules.MaxYearsOfService > 0 ? $"至{rules.MaxYearsOfService}" : "及以上";
            return $"{cadre.Name}任职{cadre.YearsOfService}年，本班次面向任职{rules.MinYearsOfService}{upper}年的干部";
        }
        return rules.Leaders switch
        {
            LeaderRequirement.LeadersOnly when !cadre.IsLeader => $"{cadre.Name}不是领导干部，本班次仅面向领导干部",
            LeaderRequirement.NonLeadersOnly when cadre.IsLeader => $"{cadre.Name}是领导干部，本班次面向非领导干部",
            _ => null,
        };
    }

    /// <summary>
    /// For each cadre trained in the class's category within the window (a confirmed place in another class of that category
    /// ending no earlier than the window's start), the latest such class's title.
    /// </summary>
    public async Task<Dictionary<Guid, string>> RecentTrainingAsync(TrainingClass training, IReadOnlyCollection<Guid> cadreIds, CancellationToken ct)
    {
        var years = training.Criteria.RepeatWindowYears > 0 ? training.Criteria.RepeatWindowYears : options.Value.RepeatWindowYears;
        var since = training.StartDate.AddYears(-years);
        var ids = cadreIds.ToList();
        var recent = await db.Participants
            .Where(p => ids.Contains(p.CadreId) && p.ClassId != training.Id && p.Status == EnrollmentStatus.Confirmed)
            .Join(db.Classes, p => p.ClassId, c => c.Id, (p, c) => new { p.CadreId, c.Title, c.Category, c.State, c.EndDate })
            .Where(x => x.Category == training.Category && x.State != ClassState.Cancelled && x.EndDate >= since)
            .OrderByDescending(x => x.EndDate)
            .ToListAsync(ct);
        return recent.GroupBy(x => x.CadreId).ToDictionary(g => g.Key, g => g.First().Title);
    }
}
