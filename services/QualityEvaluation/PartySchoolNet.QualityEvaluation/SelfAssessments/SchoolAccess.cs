using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.SelfAssessments;

/// <summary>Who may read and write a target school's self-assessment and evidence.</summary>
internal static class SchoolAccess
{
    /// <summary>Only the school itself, by its admin, writes its self-assessment; its county and the city only read it.</summary>
    public static void EnsureSelfAssesses(this Caller caller, CampaignTarget target)
    {
        if (caller.SchoolId != target.SchoolId || !caller.IsInRole(Roles.SchoolAdmin))
        {
            throw new ForbiddenException("只有被评估学校的管理员可以填报本校自评");
        }
    }

    /// <summary>The school, the schools above it, and (once review starts) the evaluators assigned to it.</summary>
    public static async Task EnsureCanReadAsync(this QualityEvaluationDbContext db, Campaign campaign, CampaignTarget target, Caller caller, CancellationToken ct)
    {
        var reviewing = campaign.Phase is CampaignPhase.Review or CampaignPhase.Finalized;
        if (caller.ReadsAsSchool(target.SchoolPath) || (reviewing && await db.IsAssignedAsync(campaign.Id, target.SchoolId, caller, ct)))
        {
            return;
        }
        throw new ForbiddenException("无权查看该校的自评材料");
    }
}
