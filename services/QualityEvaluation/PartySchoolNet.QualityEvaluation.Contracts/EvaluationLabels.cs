namespace PartySchoolNet.QualityEvaluation.Contracts;

/// <summary>The Chinese names of evaluation values, as the schools call them: one list for the service and every reader.</summary>
public static class EvaluationLabels
{
    public static string Grade(Grade grade) => grade switch
    {
        Contracts.Grade.Excellent => "优秀",
        Contracts.Grade.Good => "良好",
        Contracts.Grade.Pass => "合格",
        _ => "不合格",
    };

    public static string Tier(EvaluatedTier tier) => tier == EvaluatedTier.County ? "县级党校" : "乡镇党校";
}
