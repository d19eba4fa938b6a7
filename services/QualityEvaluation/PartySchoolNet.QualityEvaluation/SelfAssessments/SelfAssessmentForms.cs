using Microsoft.EntityFrameworkCore;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.QualityEvaluation.Scoring;

namespace PartySchoolNet.QualityEvaluation.SelfAssessments;

/// <summary>A target school fills in and submits its self-assessment while the campaign is in its self-assessment phase.</summary>
internal sealed class SelfAssessmentForms(QualityEvaluationDbContext db, TimeProvider clock)
{
    public Task<Contracts.SelfAssessment> SaveAsync(SaveSelfAssessmentRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (campaignId, schoolId) = errors.CampaignAndSchool(request.CampaignId, request.SchoolId);
        errors.When(request.Entries.Count == 0, "entries", "请至少填写一个观测点").ThrowIfAny();

        return ChangeAsync(campaignId, schoolId, caller, (assessment, system) =>
        {
            var entries = new List<ClaimedEntry>();
            for (var i = 0; i < request.Entries.Count; i++)
            {
                var input = request.Entries[i];
                var value = system.EnteredValue(errors, $"entries[{i}]", input.IndicatorCode, input.Value);
                errors.When(entries.Any(e => e.IndicatorCode == input.IndicatorCode), $"entries[{i}].indicator_code", "同一观测点只能填写一次")
                    .When(input.Narrative.Length > 2000, $"entries[{i}].narrative", "自评说明不能超过2000个字符");
                entries.Add(new ClaimedEntry(input.IndicatorCode, value ?? 0, input.Narrative.Trim()));
            }
            errors.ThrowIfAny();
            assessment.Save(entries, clock.GetUtcNow());
        }, ct);
    }

    /// <summary>Submits: every leaf must be claimed; nothing changes afterwards.</summary>
    public Task<Contracts.SelfAssessment> SubmitAsync(SubmitSelfAssessmentRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (campaignId, schoolId) = errors.CampaignAndSchool(request.CampaignId, request.SchoolId);
        errors.ThrowIfAny();

        return ChangeAsync(campaignId, schoolId, caller, (assessment, system) =>
        {
            var missing = system.Leaves.Select(l => l.Code).Except(assessment.Entries.Select(e => e.IndicatorCode)).ToArray();
            if (missing.Length > 0)
            {
                throw new StateConflictException("self_assessment_incomplete", $"尚有{missing.Length}个观测点未填写（{string.Join("、", missing.Take(10))}）");
            }
            assessment.Submit(caller, clock.GetUtcNow());
        }, ct);
    }

    /// <summary>Changes the school's open self-assessment under the campaign's share lock, so the phase cannot move meanwhile.</summary>
    private async Task<Contracts.SelfAssessment> ChangeAsync(Guid campaignId, Guid schoolId, Caller caller, Action<SelfAssessment, IndicatorSystem> change, CancellationToken ct)
    {
        var (tx, campaign) = await db.LockCampaignAsync(campaignId, exclusive: false, ct);
        await using var _ = tx;
        var (target, assessment) = await OpenAsync(campaign, schoolId, caller, ct);
        var system = await db.SystemOfAsync(campaign, ct);
        change(assessment, system);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await db.ToMessageAsync(target, system, assessment, ct);
    }

    public async Task<Contracts.SelfAssessment> GetAsync(GetSelfAssessmentRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (campaignId, schoolId) = errors.CampaignAndSchool(request.CampaignId, request.SchoolId);
        errors.ThrowIfAny();

        var campaign = await db.GetCampaignAsync(campaignId, ct);
        var target = await db.GetTargetAsync(campaignId, schoolId, ct);
        await db.EnsureCanReadAsync(campaign, target, caller, ct);
        var system = await db.SystemOfAsync(campaign, ct);
        var assessment = await db.SelfAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.CampaignId == campaignId && a.SchoolId == schoolId, ct);
        return await db.ToMessageAsync(target, system, assessment, ct);
    }

    /// <summary>The school's own, still open self-assessment in a campaign taking self-assessments (started if it was not).</summary>
    public async Task<(CampaignTarget Target, SelfAssessment Assessment)> OpenAsync(Campaign campaign, Guid schoolId, Caller caller, CancellationToken ct)
    {
        var target = await db.GetTargetAsync(campaign.Id, schoolId, ct);
        caller.EnsureSelfAssesses(target);
        campaign.EnsurePhase(CampaignPhase.SelfAssessment, "填报自评");
        var assessment = await db.SelfAssessments.FirstOrDefaultAsync(a => a.CampaignId == campaign.Id && a.SchoolId == schoolId, ct);
        if (assessment is null)
        {
            assessment = SelfAssessment.Start(campaign.Id, schoolId, clock.GetUtcNow());
            db.SelfAssessments.Add(assessment);
        }
        assessment.EnsureOpen();
        return (target, assessment);
    }
}
