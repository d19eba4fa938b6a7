using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.QualityEvaluation.Scoring;

namespace PartySchoolNet.QualityEvaluation.Results;

/// <summary>
/// Review → Finalized under the campaign's exclusive lock: combines every evaluator's scores per leaf, totals, grades and
/// ranks every target, opens rectification items for weak or failed leaves, and writes CampaignFinalized and
/// RectificationOpened to the outbox, all in one transaction. Scoring must be complete.
/// </summary>
internal sealed class Finalization(QualityEvaluationDbContext db, TimeProvider clock)
{
    public async Task<Contracts.Campaign> FinalizeAsync(CampaignTransitionRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.CampaignId(request.CampaignId);
        errors.When(request.Reason.Length > 500, "reason", "理由不能超过500个字符").ThrowIfAny();

        var (tx, campaign) = await db.LockCampaignAsync(id, exclusive: true, ct);
        await using var _ = tx;
        caller.EnsureOrganizes(campaign.OwnerPath);
        campaign.EnsurePhase(CampaignPhase.Review, "定级");
        var system = await db.SystemOfAsync(campaign, ct);
        var leaves = system.Leaves.ToDictionary(l => l.Code);
        var targets = await db.Targets.AsNoTracking().Where(t => t.CampaignId == id).ToListAsync(ct);
        var assigned = (await db.Assignments.AsNoTracking().Where(a => a.CampaignId == id).ToListAsync(ct)).Select(a => (a.SchoolId, a.EvaluatorId)).ToHashSet();
        var scores = (await db.Scores.AsNoTracking().Where(s => s.CampaignId == id).ToListAsync(ct))
            .Where(s => assigned.Contains((s.SchoolId, s.EvaluatorId))).ToLookup(s => s.SchoolId);
        var evaluatorsOf = assigned.CountBy(a => a.SchoolId).ToDictionary();
        var unfinished = targets.Count(t => scores[t.SchoolId].Count() < evaluatorsOf.GetValueOrDefault(t.SchoolId) * leaves.Count);
        if (unfinished > 0)
        {
            throw new StateConflictException("scoring_incomplete", $"尚有{unfinished}所学校的评分未完成，不能定级");
        }

        var now = clock.GetUtcNow();
        db.History.Add(campaign.MoveTo(CampaignPhase.Finalized, false, caller, request.Reason.Trim(), now));
        var results = targets.Select(t => Result(campaign, system, t, scores[t.SchoolId])).ToList();
        var ranks = Grading.Rank(results.Select(r => (r.SchoolId, r.Total, r.Vetoed)).ToArray());
        foreach (var result in results)
        {
            result.Rank = ranks[result.SchoolId];
        }
        db.Results.AddRange(results);
        await OpenRectificationsAsync(campaign, leaves, results, now, ct);
        db.AddEvent(new CampaignFinalized(campaign.Id, campaign.Name, campaign.Tier, campaign.Round,
            results.Select(Outcome).ToArray(), now));
        await db.SaveOrRefuseAsync(CampaignCommands.ChangedConcurrently, null, ct);
        await tx.CommitAsync(ct);
        return await db.ToMessageAsync(campaign, caller, ct);
    }

    private static SchoolResult Result(Campaign campaign, IndicatorSystem system, CampaignTarget target, IEnumerable<Score> scores)
    {
        var byLeaf = scores.ToLookup(s => s.IndicatorCode);
        var outcomes = system.Leaves.ToDictionary(l => l.Code, l => Combining.Leaf(l.Rule, campaign.Combine, byLeaf[l.Code].Select(s => s.Value).ToArray()));
        var score = SchoolScore.From(system.Nodes, outcomes);
        return new SchoolResult
        {
            CampaignId = campaign.Id, Round = campaign.Round, SchoolId = target.SchoolId, SchoolPath = target.SchoolPath, SchoolName = target.SchoolName,
            Total = score.Total, Vetoed = score.Vetoed, Grade = campaign.Grading.GradeOf(score.Total, score.Vetoed), Indicators = [.. score.Nodes],
        };
    }

    private static SchoolOutcome Outcome(SchoolResult r) => new(r.SchoolId, r.SchoolPath, r.Total, r.Grade, r.Rank, r.Vetoed,
        [.. r.Indicators.Where(n => !n.Code.Contains('.', StringComparison.Ordinal)).Select(n => new IndicatorOutcome(n.Code, n.Title, n.Weight, n.Score))]);

    /// <summary>A leaf below the campaign's share of its weight, or failed, opens an item, unless an earlier round already did.</summary>
    private async Task OpenRectificationsAsync(Campaign campaign, Dictionary<string, Indicators.IndicatorNode> leaves, List<SchoolResult> results, DateTimeOffset now, CancellationToken ct)
    {
        var existing = (await db.Rectifications.AsNoTracking().Where(r => r.CampaignId == campaign.Id).Select(r => new { r.SchoolId, r.IndicatorCode }).ToListAsync(ct))
            .Select(r => (r.SchoolId, r.IndicatorCode)).ToHashSet();
        foreach (var result in results)
        {
            foreach (var node in result.Indicators.Where(n => leaves.ContainsKey(n.Code) && !existing.Contains((result.SchoolId, n.Code))))
            {
                var leaf = leaves[node.Code];
                var finding = leaf.Rule.IsPassFail
                    ? node.Passed ? null : leaf.Method == ScoringMethod.Veto ? "触发否决项" : "未达标"
                    : node.Score < leaf.Weight * campaign.RectificationBelow ? $"得分{Points.Format(node.Score)}，低于该项权重{Points.Format(leaf.Weight)}的{Points.Format(campaign.RectificationBelow * 100)}%" : null;
                if (finding is null)
                {
                    continue;
                }
                var item = Rectification.Open(campaign, result, node, finding, now);
                db.Rectifications.Add(item);
                db.AddEvent(item.Opened());
            }
        }
    }
}
