using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.QualityEvaluation.Campaigns;

/// <summary>The city creates a campaign over its schools and moves it through its phases (finalization: <see cref="Results.Finalization"/>).</summary>
internal sealed class CampaignCommands(QualityEvaluationDbContext db, TimeProvider clock)
{
    public static readonly Refusal ChangedConcurrently = new("campaign_changed_concurrently", "评估批次或指标体系已被他人修改，请刷新后重试");

    public async Task<Contracts.Campaign> CreateAsync(CreateCampaignRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(CampaignAccess.OrganizerRoles);
        var errors = new FieldErrors();
        var systemId = errors.Id(request.IndicatorSystemId, "indicator_system_id", "指标体系");
        var spec = errors.Spec(request);
        var picks = errors.Picks(request.Targets);
        errors.ThrowIfAny();

        var owner = await db.GetKnownSchoolAsync(caller.SchoolId, ct);
        caller.EnsureOrganizes(owner.Path);
        var system = await db.IndicatorSystems.FirstOrDefaultAsync(s => s.Id == systemId && s.OwnerSchoolId == owner.Id, ct)
            ?? throw new NotFoundException("指标体系不存在", "indicator_system_not_found");
        var targets = await new TargetSelection(db, owner, system.Tier).SelectAsync(picks!, ct);

        var campaign = Campaign.Create(owner, system, spec!, clock.GetUtcNow());
        system.Freeze();
        db.Campaigns.Add(campaign);
        db.Targets.AddRange(targets.Select(s => new CampaignTarget { CampaignId = campaign.Id, SchoolId = s.Id, SchoolPath = s.Path, SchoolName = s.Name }));
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return await db.ToMessageAsync(campaign, caller, ct);
    }

    /// <summary>Replaces the evaluators of the named targets (every target when none is named). Drafts only.</summary>
    public async Task<AssignEvaluatorsResponse> AssignAsync(AssignEvaluatorsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var campaignId = errors.CampaignId(request.CampaignId);
        var evaluatorIds = request.EvaluatorIds.Select((id, i) => errors.Id(id, $"evaluator_ids[{i}]", "评估专家")).Distinct().ToArray();
        var schoolIds = request.SchoolIds.Select((id, i) => errors.Id(id, $"school_ids[{i}]", "学校")).ToArray();
        errors.When(evaluatorIds.Length == 0, "evaluator_ids", "请至少指定一名评估专家")
            .When(evaluatorIds.Length > 9, "evaluator_ids", "每所学校最多指定9名评估专家").ThrowIfAny();

        var (tx, campaign) = await db.LockCampaignAsync(campaignId, exclusive: true, ct);
        await using var _ = tx;
        caller.EnsureOrganizes(campaign.OwnerPath);
        campaign.EnsurePhase(CampaignPhase.Draft, "调整评估专家");
        var targets = await db.Targets.AsNoTracking().Where(t => t.CampaignId == campaignId).ToDictionaryAsync(t => t.SchoolId, ct);
        for (var i = 0; i < schoolIds.Length; i++)
        {
            errors.When(!targets.ContainsKey(schoolIds[i]), $"school_ids[{i}]", "该学校不是本批次的评估对象");
        }
        var chosen = schoolIds.Length == 0 ? [.. targets.Values] : schoolIds.Distinct().Where(targets.ContainsKey).Select(id => targets[id]).ToArray();
        var evaluators = await EvaluatorsAsync(errors, evaluatorIds, chosen, ct);
        errors.ThrowIfAny();

        var chosenIds = chosen.Select(t => t.SchoolId).ToArray();
        await db.Assignments.Where(a => a.CampaignId == campaignId && chosenIds.Contains(a.SchoolId)).ExecuteDeleteAsync(ct);
        db.Assignments.AddRange(chosenIds.SelectMany(school => evaluators.Select(e => new Assignment { CampaignId = campaignId, SchoolId = school, EvaluatorId = e })));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new AssignEvaluatorsResponse { Schools = chosenIds.Length, Assignments = chosenIds.Length * evaluators.Count };
    }

    /// <summary>Known, enabled evaluators only, and never one who would review their own school or a school of their own county.</summary>
    private async Task<List<Guid>> EvaluatorsAsync(FieldErrors errors, Guid[] ids, CampaignTarget[] targets, CancellationToken ct)
    {
        var known = await db.Evaluators.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Join(db.Schools, e => e.SchoolId, s => s.Id, (e, s) => new { e.Id, e.DisplayName, e.SchoolId, e.Assignable, s.Path })
            .ToDictionaryAsync(e => e.Id, ct);
        for (var i = 0; i < ids.Length; i++)
        {
            if (!known.TryGetValue(ids[i], out var evaluator))
            {
                errors.When(ids[i] != Guid.Empty, $"evaluator_ids[{i}]", "该账号不是评估专家");
                continue;
            }
            if (!evaluator.Assignable)
            {
                errors.Add($"evaluator_ids[{i}]", $"评估专家“{evaluator.DisplayName}”的账户已停用或已不再担任评估专家");
                continue;
            }
            var conflict = targets.FirstOrDefault(t => t.SchoolId == evaluator.SchoolId || SharesCounty(evaluator.Path, t.SchoolPath));
            errors.When(conflict is not null, $"evaluator_ids[{i}]", $"评估专家“{evaluator.DisplayName}”不能评审本校或本县的学校（{conflict?.SchoolName}）");
        }
        return [.. known.Keys];
    }

    /// <summary>Two schools of one county (the county school or its townships); the city belongs to no county.</summary>
    private static bool SharesCounty(string a, string b)
    {
        const int countyDepth = 2;
        var county = SchoolPath.Truncate(a, countyDepth);
        return county != a.Split(SchoolPath.Separator)[0] && county == SchoolPath.Truncate(b, countyDepth);
    }

    /// <summary>Opens self-assessment (every target needs an evaluator), starts review, or reopens a finalized campaign (with a reason).</summary>
    public async Task<Contracts.Campaign> MoveAsync(CampaignTransitionRequest request, CampaignPhase target, bool reopening, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.CampaignId(request.CampaignId);
        var reason = request.Reason.Trim();
        errors.When(reopening && reason.Length == 0, "reason", "重新开启评审须说明理由")
            .When(reason.Length > 500, "reason", "理由不能超过500个字符").ThrowIfAny();

        var (tx, campaign) = await db.LockCampaignAsync(id, exclusive: true, ct);
        await using var _ = tx;
        caller.EnsureOrganizes(campaign.OwnerPath);
        if (target == CampaignPhase.SelfAssessment)
        {
            var unassigned = await db.Targets.CountAsync(t => t.CampaignId == id && !db.Assignments.Any(a => a.CampaignId == id && a.SchoolId == t.SchoolId), ct);
            if (unassigned > 0 && campaign.Phase == CampaignPhase.Draft)
            {
                throw new StateConflictException("evaluators_missing", $"尚有{unassigned}所学校未分配评估专家");
            }
        }
        db.History.Add(campaign.MoveTo(target, reopening, caller, reason, clock.GetUtcNow()));
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        await tx.CommitAsync(ct);
        return await db.ToMessageAsync(campaign, caller, ct);
    }
}
