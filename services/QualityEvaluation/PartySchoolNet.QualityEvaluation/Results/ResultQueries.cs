using Microsoft.EntityFrameworkCore;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.QualityEvaluation.Scoring;

namespace PartySchoolNet.QualityEvaluation.Results;

/// <summary>Results are published by finalization: the city sees all, a county its townships, a school itself.</summary>
internal sealed class ResultQueries(QualityEvaluationDbContext db)
{
    public async Task<ListResultsResponse> ListAsync(ListResultsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.CampaignId(request.CampaignId);
        var page = errors.Page(request.PageSize, request.PageToken, 200, 1000);
        errors.ThrowIfAny();

        var campaign = await FinalizedAsync(id, caller, ct);
        var query = db.Results.AsNoTracking().Where(r => r.CampaignId == id && r.Round == campaign.Round);
        if (!caller.Organizes(campaign.OwnerPath))
        {
            query = query.WhereWithin(caller.ScopePath, r => r.SchoolPath);
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(r => r.Rank).ThenBy(r => r.SchoolPath).Skip(page.Offset).Take(page.Size).ToListAsync(ct);
        var response = new ListResultsResponse { TotalCount = total, NextPageToken = page.NextToken(total), Round = campaign.Round };
        response.Results.Add(rows.Select(Summary));
        return response;
    }

    public async Task<Contracts.SchoolResult> GetAsync(GetSchoolResultRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (id, schoolId) = errors.CampaignAndSchool(request.CampaignId, request.SchoolId);
        errors.ThrowIfAny();

        var campaign = await FinalizedAsync(id, caller, ct);
        var target = await db.GetTargetAsync(id, schoolId, ct);
        caller.EnsureCanSee(target.SchoolPath);
        var result = await db.Results.AsNoTracking().FirstAsync(r => r.CampaignId == id && r.Round == campaign.Round && r.SchoolId == schoolId, ct);
        var message = new Contracts.SchoolResult { Summary = Summary(result), Round = result.Round };
        message.Indicators.Add(result.Indicators.Select(n => new IndicatorScore
        {
            Code = n.Code, Title = n.Title, Weight = (double)n.Weight, Score = (double)n.Score, Passed = n.Passed, Capped = n.Capped,
        }));
        return message;
    }

    private async Task<Campaign> FinalizedAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var campaign = await db.GetVisibleCampaignAsync(id, caller, ct);
        if (campaign.Phase != CampaignPhase.Finalized)
        {
            throw new StateConflictException("results_not_final", "评估批次尚未定级，结果暂不公开");
        }
        return campaign;
    }

    private static ResultSummary Summary(SchoolResult r) => new()
    {
        SchoolId = r.SchoolId.ToString(), SchoolName = r.SchoolName, Total = (double)r.Total, Grade = r.Grade, Rank = r.Rank,
        Vetoed = r.Vetoed, GradeLabel = EvaluationLabels.Grade(r.Grade),
    };
}
