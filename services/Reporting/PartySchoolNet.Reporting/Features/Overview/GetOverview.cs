using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Features.Coverage;
using PartySchoolNet.Reporting.Features.Evaluation;
using PartySchoolNet.Reporting.Features.InstructorUse;
using PartySchoolNet.Reporting.Features.Outreach;
using PartySchoolNet.Reporting.Features.Periods;
using PartySchoolNet.Reporting.Features.Scope;
using PartySchoolNet.Reporting.Features.SiteUse;
using PartySchoolNet.Reporting.Features.TrainingVolume;
using PartySchoolNet.SchoolTree;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Features.Overview;

/// <summary>
/// The headline of every report for one year and scope, each asked of the report itself, so the page always agrees with
/// the report a reader opens next.
/// </summary>
internal sealed class GetOverview(
    DbContext db, TimeProvider clock, GetTrainingVolume volume, GetCoverage coverage, GetInstructorUse instructors, GetSiteUse sites,
    GetOutreachReport outreach, GetEvaluationResults evaluation)
{
    public async Task<Contracts.Overview> HandleAsync(GetOverviewRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        errors.When(request.Year != 0 && request.Year is < 2000 or > 2100, "year", "年份无效").ThrowIfAny();
        var thisMonth = ChinaTime.MonthOf(clock.GetUtcNow());
        var year = request.Year == 0 ? thisMonth.Year : request.Year;
        var (from, to) = (MonthRange.Text(new DateOnly(year, 1, 1)), MonthRange.Text(year == thisMonth.Year ? thisMonth : new DateOnly(year, 12, 1)));
        var scope = await db.ReportPathAsync(schoolId, caller, ct);
        var school = request.SchoolId;

        var tiers = await db.Set<SchoolReplica>().AsNoTracking().WhereWithin(scope, s => s.Path).GroupBy(s => s.Tier)
            .ToDictionaryAsync(g => g.Key, g => g.Count(), ct);
        var trained = await volume.HandleAsync(new GetTrainingVolumeRequest { FromMonth = from, ToMonth = to, SchoolId = school }, caller, ct);
        var covered = await coverage.HandleAsync(new GetCoverageRequest { Year = year, SchoolId = school, PageSize = 1 }, caller, ct);
        var taught = await instructors.HandleAsync(new GetInstructorUseRequest { FromMonth = from, ToMonth = to, SchoolId = school, PageSize = 1 }, caller, ct);
        var used = await sites.HandleAsync(new GetSiteUseRequest { FromMonth = from, ToMonth = to, SchoolId = school, Top = 1 }, caller, ct);
        var delivered = await outreach.HandleAsync(new GetOutreachReportRequest { FromMonth = from, ToMonth = to, SchoolId = school }, caller, ct);
        var evaluated = await evaluation.HandleAsync(new GetEvaluationResultsRequest { SchoolId = school }, caller, ct);

        return new Contracts.Overview
        {
            ScopePath = scope, Year = year, FromMonth = from, ToMonth = to,
            CitySchools = tiers.GetValueOrDefault(SchoolTier.City), CountySchools = tiers.GetValueOrDefault(SchoolTier.County),
            TownshipSchools = tiers.GetValueOrDefault(SchoolTier.Township),
            Training = trained.Total, TrainingPreviousYear = trained.PreviousYearTotal, Coverage = covered.Total,
            InstructorsTeaching = taught.InstructorCount,
            Taught = new UseFigures { Sessions = taught.Kinds.Sum(k => k.Taught.Sessions), Hours = taught.Kinds.Sum(k => k.Taught.Hours) },
            Lent = new UseFigures { Sessions = taught.Kinds.Sum(k => k.Lent.Sessions), Hours = taught.Kinds.Sum(k => k.Lent.Hours) },
            SiteCount = used.SiteCount, Sites = used.Total, Outreach = delivered.Total, TownshipsWithoutOutreach = delivered.TownshipsWithoutOutreach.Count,
            LatestCampaign = evaluated.Selected, RectificationsOpen = evaluated.Rectifications.Sum(r => r.Open),
            RectificationsOverdue = evaluated.Rectifications.Sum(r => r.Overdue),
        };
    }
}
