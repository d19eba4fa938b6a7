namespace PartySchoolNet.QualityEvaluation.Scoring;

/// <summary>
/// How one observation point turns an entered value into points. RANGE: the value is the points (0 to the weight).
/// BONUS_DEDUCTION: the value is a signed adjustment to the base, and the points stay within [floor, cap]. PASS_FAIL and
/// VETO: the value is 1 (passed) or 0 (failed); a pass earns the weight (a veto's weight is 0).
/// </summary>
public sealed record LeafRule(ScoringMethod Method, decimal Weight, decimal Base = 0, decimal Floor = 0, decimal Cap = 0, decimal FailCap = 0)
{
    /// <summary>Largest adjustment a bonus/deduction entry may carry either way.</summary>
    public const decimal MaxAdjustment = 100;

    public bool IsPassFail => Method is ScoringMethod.PassFail or ScoringMethod.Veto;

    /// <summary>Why <paramref name="value"/> cannot be entered for this leaf (Chinese, for the person entering it), or null.</summary>
    public string? Refuse(double value)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > 1e6 || !Points.HasAtMostTwoDecimals(value))
        {
            return "分值最多保留两位小数";
        }
        var v = (decimal)value;
        return Method switch
        {
            ScoringMethod.Range when v < 0 || v > Weight => $"得分须在0至{Points.Format(Weight)}之间",
            ScoringMethod.BonusDeduction when Math.Abs(v) > MaxAdjustment => $"加减分须在-{MaxAdjustment}至{MaxAdjustment}之间",
            ScoringMethod.PassFail or ScoringMethod.Veto when v is not (0 or 1) => "只能填1（达标）或0（未达标）",
            _ => null,
        };
    }

    /// <summary>The points one entered value is worth.</summary>
    public decimal PointsFor(decimal value) => Method switch
    {
        ScoringMethod.Range => value,
        ScoringMethod.BonusDeduction => Math.Clamp(Base + value, Floor, Cap),
        _ => value == 1 ? Weight : 0,
    };
}
