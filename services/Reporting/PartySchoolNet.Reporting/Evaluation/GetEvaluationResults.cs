using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Scope;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Evaluation;

/// <summary>
/// The finalized campaigns as the scope's schools came out of them, and one campaign in detail. Only a campaign's latest round
/// counts; a school sees its own result, a county its own and its townships', the city every one.
/// </summary>
internal sealed class GetEvaluationResults(DbContext db, TimeProvider clock)
{
    public async Task<EvaluationResults> HandleAsync(GetEvaluationResultsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var campaignId = errors.Id(request.CampaignId, "campaign_id", "评估活动", required: false);
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        errors.ThrowIfAny();
        var scope = await db.ReportPathAsync(schoolId, caller, ct);
        var inScope = db.Set<CampaignResult>().AsNoTracking().WhereWithin(scope, r => r.SchoolPath);

        var campaigns = await SummariesAsync(inScope, ct);
        var report = new EvaluationResults { ScopePath = scope };
        report.Campaigns.AddRange(campaigns);
        var selected = campaignId == Guid.Empty ? campaigns.FirstOrDefault()
            : campaigns.SingleOrDefault(c => c.CampaignId == campaignId.ToString()) ?? throw new NotFoundException("该评估活动尚未定级，或没有本辖区学校的结果");
        if (selected is null)
        {
            return report;
        }
        report.Selected = selected;
        var (id, round) = (Guid.Parse(selected.CampaignId), selected.Round);

        var results = await inScope.Where(r => r.CampaignId == id && r.Round == round).OrderBy(r => r.Rank).ThenBy(r => r.SchoolPath).ToListAsync(ct);
        var ids = results.Select(r => r.SchoolId).ToList();
        var cells = await db.Set<IndicatorResult>().AsNoTracking().Where(i => i.CampaignId == id && i.Round == round && ids.Contains(i.SchoolId)).ToListAsync(ct);
        var rectifications = await db.Set<RectificationFacts>().AsNoTracking().Where(r => r.CampaignId == id).WhereWithin(scope, r => r.SchoolPath).ToListAsync(ct);
        var counties = rectifications.Select(r => County(r.SchoolPath)).Distinct().ToList();
        var names = await db.Set<SchoolReplica>().AsNoTracking().Where(s => ids.Contains(s.Id) || counties.Contains(s.Path)).ToListAsync(ct);

        var columns = cells.GroupBy(c => c.Code).OrderBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        report.Indicators.AddRange(columns.Select(g => new IndicatorColumn
        {
            Code = g.Key, Title = g.First().Title, Weight = (double)g.First().Weight, MeanScore = Math.Round((double)g.Average(c => c.Score), 2),
        }));
        var scoreOf = cells.ToDictionary(c => (c.SchoolId, c.Code), c => (double)c.Score);
        report.Schools.AddRange(results.Select(r => new SchoolEvaluation
        {
            SchoolId = r.SchoolId.ToString(), SchoolName = names.FirstOrDefault(s => s.Id == r.SchoolId)?.Name ?? "", SchoolPath = r.SchoolPath,
            Total = (double)r.Total, Grade = r.Grade, GradeLabel = GradeLabel(r.Grade), Rank = r.Rank, Vetoed = r.Vetoed,
            IndicatorScores = { columns.Select(g => scoreOf.GetValueOrDefault((r.SchoolId, g.Key))) },
        }));
        var today = ChinaTime.Day(clock.GetUtcNow());
        report.Rectifications.AddRange(rectifications.GroupBy(r => County(r.SchoolPath)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new RectificationTally
        {
            CountyPath = g.Key, CountyName = names.FirstOrDefault(s => s.Path == g.Key)?.Name ?? "",
            Open = g.Count(r => r.ClosedAt is null), Overdue = g.Count(r => r.ClosedAt is null && r.Deadline < today), Closed = g.Count(r => r.ClosedAt is not null),
        }));
        return report;
    }

    private async Task<List<CampaignSummary>> SummariesAsync(IQueryable<CampaignResult> inScope, CancellationToken ct)
    {
        var lines = await (
            from c in db.Set<CampaignFacts>().AsNoTracking()
            join r in inScope on new { c.CampaignId, c.Round } equals new { r.CampaignId, r.Round }
            group r by new { c.CampaignId, c.Name, c.Tier, c.Round, c.FinalizedAt } into g
            orderby g.Key.FinalizedAt descending, g.Key.Name
            select new
            {
                g.Key.CampaignId, g.Key.Name, g.Key.Tier, g.Key.Round, g.Key.FinalizedAt, Schools = g.Count(), Mean = g.Average(r => r.Total),
                Excellent = g.Count(r => r.Grade == nameof(Grade.Excellent)), Good = g.Count(r => r.Grade == nameof(Grade.Good)),
                Pass = g.Count(r => r.Grade == nameof(Grade.Pass)), Fail = g.Count(r => r.Grade == nameof(Grade.Fail)),
            }).ToListAsync(ct);
        return [.. lines.Select(l => new CampaignSummary
        {
            CampaignId = l.CampaignId.ToString(), Name = l.Name, Tier = l.Tier,
            TierLabel = Enum.TryParse<EvaluatedTier>(l.Tier, out var tier) ? EvaluationLabels.Tier(tier) : "", Round = l.Round,
            FinalizedAt = l.FinalizedAt.ToString("O", CultureInfo.InvariantCulture), Schools = l.Schools, MeanTotal = Math.Round((double)l.Mean, 2),
            Grades = new GradeDistribution { Excellent = l.Excellent, Good = l.Good, Pass = l.Pass, Fail = l.Fail },
        })];
    }

    private static string GradeLabel(string grade) => Enum.TryParse<Grade>(grade, out var g) ? EvaluationLabels.Grade(g) : "";

    /// <summary>The county a school belongs to: the first two parts of its path ("fy.fn.wjb" → "fy.fn"); the city school is its own.</summary>
    private static string County(string path) => string.Join('.', path.Split('.').Take(2));
}
