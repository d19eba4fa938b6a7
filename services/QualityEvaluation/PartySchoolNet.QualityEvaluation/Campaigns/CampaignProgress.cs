using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Campaigns;

/// <summary>
/// Where each target school of a campaign stands — claimed leaves, evidence, scores entered — so the city can see who is
/// behind before a deadline, and a county which of its townships.
/// </summary>
internal sealed class CampaignProgress(QualityEvaluationDbContext db)
{
    public async Task<ListCampaignProgressResponse> ListAsync(ListCampaignProgressRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.CampaignId(request.CampaignId);
        var page = errors.Page(request.PageSize, request.PageToken, 100, 500);
        errors.ThrowIfAny();

        var campaign = await db.GetVisibleCampaignAsync(id, caller, ct);
        var targets = TargetsSeenBy(caller, campaign);
        var total = await targets.CountAsync(ct);
        var rows = await targets.OrderBy(t => t.SchoolPath).Skip(page.Offset).Take(page.Size).Select(t => new
        {
            t.SchoolId,
            t.SchoolName,
            Assessment = db.SelfAssessments.FirstOrDefault(a => a.CampaignId == id && a.SchoolId == t.SchoolId),
            Evidence = db.Evidence.Count(e => e.CampaignId == id && e.SchoolId == t.SchoolId),
            Evaluators = db.Assignments.Count(a => a.CampaignId == id && a.SchoolId == t.SchoolId),
            Scored = db.Scores.Count(s => s.CampaignId == id && s.SchoolId == t.SchoolId
                && db.Assignments.Any(a => a.CampaignId == id && a.SchoolId == t.SchoolId && a.EvaluatorId == s.EvaluatorId)),
        }).AsNoTracking().ToListAsync(ct);

        var leaves = (await db.SystemOfAsync(campaign, ct)).Leaves.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var response = new ListCampaignProgressResponse { LeafCount = leaves.Count, TotalCount = total, NextPageToken = page.NextToken(total) };
        response.Schools.Add(rows.Select(r => new SchoolProgress
        {
            SchoolId = r.SchoolId.ToString(),
            SchoolName = r.SchoolName,
            SelfAssessment = r.Assessment is null ? SelfAssessmentState.NotStarted : r.Assessment.Submitted ? SelfAssessmentState.Submitted : SelfAssessmentState.Draft,
            Claimed = r.Assessment?.Entries.Count(e => leaves.Contains(e.IndicatorCode)) ?? 0,
            EvidenceFiles = r.Evidence,
            Evaluators = r.Evaluators,
            Scored = r.Scored,
        }));
        return response;
    }

    /// <summary>Every target for the organizers; else the targets in the caller's scope (read as a school) and those assigned to them.</summary>
    private IQueryable<CampaignTarget> TargetsSeenBy(Caller caller, Campaign campaign)
    {
        var targets = db.Targets.AsNoTracking().Where(t => t.CampaignId == campaign.Id);
        if (caller.Organizes(campaign.OwnerPath))
        {
            return targets;
        }
        var me = caller.AccountId();
        var assigned = db.Assignments.Where(a => a.CampaignId == campaign.Id && a.EvaluatorId == me).Select(a => a.SchoolId);
        var asSchool = caller.Roles.Any(r => r != Roles.Evaluator) ? targets.WhereWithin(caller.ScopePath, t => t.SchoolPath) : targets.Where(_ => false);
        return caller.IsInRole(Roles.Evaluator) ? asSchool.Union(targets.Where(t => assigned.Contains(t.SchoolId))) : asSchool;
    }
}
