namespace PartySchoolNet.QualityEvaluation;

/// <summary>The Chinese names people read in messages.</summary>
internal static class Labels
{
    public static string Phase(CampaignPhase phase) => phase switch
    {
        CampaignPhase.Draft => "草稿",
        CampaignPhase.SelfAssessment => "自评",
        CampaignPhase.Review => "评审",
        CampaignPhase.Finalized => "已定级",
        _ => "未知",
    };
}
