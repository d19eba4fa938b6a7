using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Scoring;

/// <summary>
/// Evaluators score their assigned schools during review. Every score written, first or changed, leaves an audit row in
/// the same transaction; changing an earlier value needs a reason.
/// </summary>
internal sealed class ScoreSheets(QualityEvaluationDbContext db, TimeProvider clock)
{
    private static readonly Refusal ScoredConcurrently = new("score_changed_concurrently", "评分已被同时修改，请刷新后重试");

    public async Task<ScoreSheet> ScoreAsync(ScoreSchoolRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (campaignId, schoolId) = errors.CampaignAndSchool(request.CampaignId, request.SchoolId);
        var reason = request.Reason.Trim();
        errors.When(request.Scores.Count == 0, "scores", "请至少填写一个观测点的评分").When(reason.Length > 500, "reason", "理由不能超过500个字符").ThrowIfAny();

        var (tx, campaign) = await db.LockCampaignAsync(campaignId, exclusive: false, ct);
        await using var _ = tx;
        await db.GetTargetAsync(campaignId, schoolId, ct);
        if (!await db.IsAssignedAsync(campaignId, schoolId, caller, ct))
        {
            throw new ForbiddenException("只有分配到该校的评估专家可以评分");
        }
        campaign.EnsurePhase(CampaignPhase.Review, "评分");
        var system = await db.SystemOfAsync(campaign, ct);
        var me = caller.AccountId();
        var mine = await db.Scores.Where(s => s.CampaignId == campaignId && s.SchoolId == schoolId && s.EvaluatorId == me).ToDictionaryAsync(s => s.IndicatorCode, ct);
        var now = clock.GetUtcNow();
        var seen = new HashSet<string>();
        for (var i = 0; i < request.Scores.Count; i++)
        {
            var input = request.Scores[i];
            var entered = system.EnteredValue(errors, $"scores[{i}]", input.IndicatorCode, input.Value);
            errors.When(!seen.Add(input.IndicatorCode), $"scores[{i}].indicator_code", "同一观测点只能评一次分")
                .When(input.Comment.Length > 1000, $"scores[{i}].comment", "评语不能超过1000个字符");
            if (!errors.IsEmpty)
            {
                continue;
            }
            var value = entered!.Value;
            if (mine.TryGetValue(input.IndicatorCode, out var score))
            {
                errors.When(score.Value != value && reason.Length == 0, "reason", $"修改观测点{input.IndicatorCode}已评分数须说明理由");
                Record(score, value, input.Comment.Trim(), caller, reason, now);
                continue;
            }
            score = new Score { CampaignId = campaignId, SchoolId = schoolId, IndicatorCode = input.IndicatorCode, EvaluatorId = me };
            db.Scores.Add(score);
            mine[score.IndicatorCode] = score;
            Record(score, value, input.Comment.Trim(), caller, reason, now, first: true);
        }
        errors.ThrowIfAny();
        await db.SaveOrRefuseAsync(ScoredConcurrently, ScoredConcurrently, ct);
        await tx.CommitAsync(ct);
        return Sheet(campaignId, schoolId, me, caller.Name, system, mine.Values);
    }

    private void Record(Score score, decimal value, string comment, Caller caller, string reason, DateTimeOffset now, bool first = false)
    {
        var old = score.Value;
        var changed = first || old != value;
        (score.Value, score.Comment) = (value, comment);
        if (changed)
        {
            score.UpdatedAt = now;
            db.ScoreChanges.Add(ScoreChange.Of(score, first ? null : old, caller, reason));
        }
    }

    /// <summary>The caller's own sheet; the city's organizers may name any assigned evaluator.</summary>
    public async Task<ScoreSheet> GetAsync(GetScoreSheetRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (campaignId, schoolId) = errors.CampaignAndSchool(request.CampaignId, request.SchoolId);
        var named = errors.Id(request.EvaluatorId, "evaluator_id", "评估专家", required: false);
        errors.ThrowIfAny();

        var campaign = await db.GetCampaignAsync(campaignId, ct);
        await db.GetTargetAsync(campaignId, schoolId, ct);
        var evaluatorId = named == Guid.Empty ? caller.AccountId() : named;
        var organizer = caller.Organizes(campaign.OwnerPath);
        if (!organizer && (evaluatorId != caller.AccountId() || !await db.IsAssignedAsync(campaignId, schoolId, caller, ct)))
        {
            throw new ForbiddenException("只能查看本人对所分配学校的评分");
        }
        var evaluator = await db.Evaluators.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evaluatorId, ct)
            ?? throw new NotFoundException("评估专家不存在", "evaluator_not_found");
        var system = await db.SystemOfAsync(campaign, ct);
        var scores = await db.Scores.AsNoTracking().Where(s => s.CampaignId == campaignId && s.SchoolId == schoolId && s.EvaluatorId == evaluatorId).ToListAsync(ct);
        return Sheet(campaignId, schoolId, evaluatorId, evaluator.DisplayName, system, scores);
    }

    /// <summary>The audit trail of a school's scores, oldest first. The city's organizers only.</summary>
    public async Task<ListScoreChangesResponse> ChangesAsync(ListScoreChangesRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (campaignId, schoolId) = errors.CampaignAndSchool(request.CampaignId, request.SchoolId);
        errors.ThrowIfAny();
        var campaign = await db.GetCampaignAsync(campaignId, ct);
        caller.EnsureOrganizes(campaign.OwnerPath);
        var changes = await db.ScoreChanges.AsNoTracking().Where(c => c.CampaignId == campaignId && c.SchoolId == schoolId).OrderBy(c => c.Id).ToListAsync(ct);
        var response = new ListScoreChangesResponse();
        response.Changes.Add(changes.Select(c =>
        {
            var change = new Contracts.ScoreChange
            {
                IndicatorCode = c.IndicatorCode, EvaluatorId = c.EvaluatorId.ToString(), ChangedByName = c.ChangedByName,
                NewValue = (double)c.NewValue, Reason = c.Reason, At = Timestamp.FromDateTimeOffset(c.At),
            };
            if (c.OldValue is { } old)
            {
                change.OldValue = (double)old;
            }
            return change;
        }));
        return response;
    }

    private static ScoreSheet Sheet(Guid campaignId, Guid schoolId, Guid evaluatorId, string evaluatorName, IndicatorSystem system, IEnumerable<Score> scores)
    {
        var sheet = new ScoreSheet { CampaignId = campaignId.ToString(), SchoolId = schoolId.ToString(), EvaluatorId = evaluatorId.ToString(), EvaluatorName = evaluatorName };
        sheet.Scores.Add(scores.OrderBy(s => s.IndicatorCode, StringComparer.Ordinal).Select(s => new Contracts.Score
        {
            IndicatorCode = s.IndicatorCode, Value = (double)s.Value, Points = (double)system.Leaf(s.IndicatorCode)!.Rule.PointsFor(s.Value),
            Comment = s.Comment, UpdatedAt = Timestamp.FromDateTimeOffset(s.UpdatedAt),
        }));
        sheet.Missing = system.Leaves.Count() - sheet.Scores.Count;
        return sheet;
    }
}
