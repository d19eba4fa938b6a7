using PartySchoolNet.QualityEvaluation.Contracts;

namespace PartySchoolNet.Portal;

/// <summary>The Chinese words for a campaign's phases, self-assessment states and combining rules, as the city's notices use them.</summary>
internal static class EvaluationText
{
    public static readonly (CampaignPhase Phase, string Label)[] Phases =
    [
        (CampaignPhase.Draft, "筹备"), (CampaignPhase.SelfAssessment, "自评"), (CampaignPhase.Review, "专家评审"), (CampaignPhase.Finalized, "结果公布"),
    ];

    public static string Phase(CampaignPhase phase) => Phases.FirstOrDefault(p => p.Phase == phase).Label ?? "";

    public static string SelfAssessment(SelfAssessmentState state) => state switch
    {
        SelfAssessmentState.Submitted => "已提交",
        SelfAssessmentState.Draft => "填报中",
        _ => "未开始",
    };

    public static readonly (CombineRule Rule, string Label)[] Rules =
    [
        (CombineRule.Mean, "取平均分"), (CombineRule.Median, "取中位数"), (CombineRule.TrimmedMean, "去掉一个最高分和一个最低分后取平均"),
    ];

    /// <summary>A score as the sheets print it: at most two decimals, no trailing zeros.</summary>
    public static string Points(double points) => points.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
