using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Coverage;
using PartySchoolNet.Reporting.Evaluation;
using PartySchoolNet.Reporting.InstructorUse;
using PartySchoolNet.Reporting.Outreach;
using PartySchoolNet.Reporting.Periods;
using PartySchoolNet.Reporting.Scope;
using PartySchoolNet.Reporting.SiteUse;
using PartySchoolNet.Reporting.TrainingVolume;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Overview;

/// <summary>
/// The headline of every report for one year and scope, each asked of the report itself, so the page always agrees with
/// the report a reader opens next. The reports are asked at once, each in a scope of its own (a context serves one query at
/// a time), so the page takes about as long as its slowest report.
/// </summary>
internal sealed class GetOverview(DbContext db, TimeProvider clock, IServiceScopeFactory scopes)
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

        var tiers = db.Set<SchoolReplica>().AsNoTracking().WhereWithin(scope, s => s.Path).GroupBy(s => s.Tier)
            .ToDictionaryAsync(g => g.Key, g => g.Count(), ct);
        var trainedAsk = Ask<GetTrainingVolume, Contracts.TrainingVolume>(r => r.HandleAsync(new() { FromMonth = from, ToMonth = to, SchoolId = school }, caller, ct));
        var coveredAsk = Ask<GetCoverage, Contracts.Coverage>(r => r.HandleAsync(new() { Year = year, SchoolId = school, PageSize = 1 }, caller, ct));
        var taughtAsk = Ask<GetInstructorUse, Contracts.InstructorUse>(r => r.HandleAsync(new() { FromMonth = from, ToMonth = to, SchoolId = school, PageSize = 1 }, caller, ct));
        var usedAsk = Ask<GetSiteUse, Contracts.SiteUse>(r => r.HandleAsync(new() { FromMonth = from, ToMonth = to, SchoolId = school, Top = 1 }, caller, ct));
        var deliveredAsk = Ask<GetOutreachReport, OutreachReport>(r => r.HandleAsync(new() { FromMonth = from, ToMonth = to, SchoolId = school }, caller, ct));
        var evaluatedAsk = Ask<GetEvaluationResults, EvaluationResults>(r => r.HandleAsync(new() { SchoolId = school }, caller, ct));
        var (schools, trained, covered, taught) = (await tiers, await trainedAsk, await coveredAsk, await taughtAsk);
        var (used, delivered, evaluated) = (await usedAsk, await deliveredAsk, await evaluatedAsk);

        return new Contracts.Overview
        {
            ScopePath = scope, Year = year, FromMonth = from, ToMonth = to,
            CitySchools = schools.GetValueOrDefault(SchoolTier.City), CountySchools = schools.GetValueOrDefault(SchoolTier.County),
            TownshipSchools = schools.GetValueOrDefault(SchoolTier.Township),
            Training = trained.Total, TrainingPreviousYear = trained.PreviousYearTotal, Coverage = covered.Total,
            InstructorsTeaching = taught.InstructorCount,
            Taught = new UseFigures { Sessions = taught.Kinds.Sum(k => k.Taught.Sessions), Hours = taught.Kinds.Sum(k => k.Taught.Hours) },
            Lent = new UseFigures { Sessions = taught.Kinds.Sum(k => k.Lent.Sessions), Hours = taught.Kinds.Sum(k => k.Lent.Hours) },
            SiteCount = used.SiteCount, Sites = used.Total, Outreach = delivered.Total, TownshipsWithoutOutreach = delivered.TownshipsWithoutOutreach.Count,
            LatestCampaign = evaluated.Selected, RectificationsOpen = evaluated.Rectifications.Sum(r => r.Open),
            RectificationsOverdue = evaluated.Rectifications.Sum(r => r.Overdue),
        };
    }

    private async Task<TResult> Ask<TReport, TResult>(Func<TReport, Task<TResult>> ask) where TReport : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await ask(scope.ServiceProvider.GetRequiredService<TReport>());
    }
}
