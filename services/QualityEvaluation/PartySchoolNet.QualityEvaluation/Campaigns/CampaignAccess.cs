using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.QualityEvaluation.Campaigns;

/// <summary>
/// Who may do what with a campaign. The city school's admins organize it; its evaluators (with the admins) author
/// indicator systems. A school sees the campaigns that target it or schools below it. An evaluator sees only the
/// schools assigned to them, whatever the tier of the evaluator's own school.
/// </summary>
internal static class CampaignAccess
{
    public static readonly string[] OrganizerRoles = [Roles.NetworkAdmin, Roles.SchoolAdmin];
    public static readonly string[] AuthorRoles = [Roles.NetworkAdmin, Roles.SchoolAdmin, Roles.Evaluator];

    public static bool Organizes(this Caller caller, string ownerPath) =>
        caller.Tier == SchoolTier.City && caller.IsInAnyRole(OrganizerRoles) && caller.CanSee(ownerPath);

    public static void EnsureOrganizes(this Caller caller, string ownerPath) => caller.EnsureCityRole(ownerPath, OrganizerRoles, "只有市委党校管理员可以组织评估");

    public static void EnsureCityRole(this Caller caller, string ownerPath, string[] roles, string refusal)
    {
        if (caller.Tier != SchoolTier.City || !caller.IsInAnyRole(roles) || !caller.CanSee(ownerPath))
        {
            throw new ForbiddenException(refusal);
        }
    }

    /// <summary>The school's own side and the schools above it read its materials; holding only the Evaluator role is not enough.</summary>
    public static bool ReadsAsSchool(this Caller caller, string schoolPath) =>
        caller.CanSee(schoolPath) && caller.Roles.Any(r => r != Roles.Evaluator);

    /// <summary>The caller's account id, as assignments name evaluators (Guid.Empty for a client without one).</summary>
    public static Guid AccountId(this Caller caller) => Guid.TryParse(caller.Subject, out var id) ? id : Guid.Empty;

    public static async Task<Campaign> GetCampaignAsync(this QualityEvaluationDbContext db, Guid id, CancellationToken ct) =>
        await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException("评估批次不存在", "campaign_not_found");

    /// <summary>A campaign the caller organizes, is assigned to, or has a target school in scope of.</summary>
    public static async Task<Campaign> GetVisibleCampaignAsync(this QualityEvaluationDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var campaign = await db.GetCampaignAsync(id, ct);
        if (caller.Organizes(campaign.OwnerPath)
            || await db.Targets.WhereWithin(caller.ScopePath, t => t.SchoolPath).AnyAsync(t => t.CampaignId == id, ct)
            || await db.IsAssignedAsync(id, null, caller, ct))
        {
            return campaign;
        }
        throw new ForbiddenException("无权查看该评估批次");
    }

    /// <summary>The frozen indicator system version the campaign evaluates by.</summary>
    public static Task<IndicatorSystem> SystemOfAsync(this QualityEvaluationDbContext db, Campaign campaign, CancellationToken ct) =>
        db.IndicatorSystems.AsNoTracking().FirstAsync(s => s.Id == campaign.IndicatorSystemId, ct);

    /// <summary>The campaign id field, and the school id field of requests about one target school.</summary>
    public static Guid CampaignId(this FieldErrors errors, string value) => errors.Id(value, "campaign_id", "评估批次");

    public static (Guid Campaign, Guid School) CampaignAndSchool(this FieldErrors errors, string campaignId, string schoolId) =>
        (errors.CampaignId(campaignId), errors.Id(schoolId, "school_id", "学校"));

    public static async Task<CampaignTarget> GetTargetAsync(this QualityEvaluationDbContext db, Guid campaignId, Guid schoolId, CancellationToken ct) =>
        await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.CampaignId == campaignId && t.SchoolId == schoolId, ct)
            ?? throw new NotFoundException("该学校不是本评估批次的评估对象", "target_not_found");

    /// <summary>Whether the caller is an evaluator assigned to the school (to any school of the campaign when none is named).</summary>
    public static Task<bool> IsAssignedAsync(this QualityEvaluationDbContext db, Guid campaignId, Guid? schoolId, Caller caller, CancellationToken ct)
    {
        var me = caller.AccountId();
        return caller.IsInRole(Roles.Evaluator)
            ? db.Assignments.AnyAsync(a => a.CampaignId == campaignId && a.EvaluatorId == me && (schoolId == null || a.SchoolId == schoolId), ct)
            : Task.FromResult(false);
    }

    /// <summary>
    /// A transaction holding the campaign row's lock, and the campaign read under it. Writers of self-assessments and scores
    /// take it shared, phase changes exclusively: no write lands in a phase that does not allow it.
    /// </summary>
    public static async Task<(IDbContextTransaction Tx, Campaign Campaign)> LockCampaignAsync(this QualityEvaluationDbContext db, Guid id, bool exclusive, CancellationToken ct)
    {
        var tx = await db.BeginRowLockAsync<Campaign>(id, shared: !exclusive, ct);
        try
        {
            var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, ct)
                ?? throw new NotFoundException("评估批次不存在", "campaign_not_found");
            return (tx, campaign);
        }
        catch
        {
            await tx.DisposeAsync();
            throw;
        }
    }
}
