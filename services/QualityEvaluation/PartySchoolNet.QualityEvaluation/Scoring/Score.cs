namespace PartySchoolNet.QualityEvaluation.Scoring;

/// <summary>One evaluator's entered value for one leaf of one school.</summary>
public sealed class Score
{
    public Guid CampaignId { get; set; }
    public Guid SchoolId { get; set; }
    public string IndicatorCode { get; set; } = "";
    public Guid EvaluatorId { get; set; }
    public decimal Value { get; set; }
    public string Comment { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The audit of a score: who, when, the old value (none the first time), the new one, and why. Never changed.</summary>
public sealed class ScoreChange
{
    public long Id { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid SchoolId { get; private set; }
    public string IndicatorCode { get; private set; } = "";
    public Guid EvaluatorId { get; private set; }
    public string ChangedByName { get; private set; } = "";
    public decimal? OldValue { get; private set; }
    public decimal NewValue { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    public static ScoreChange Of(Score score, decimal? oldValue, Caller caller, string reason) => new()
    {
        CampaignId = score.CampaignId, SchoolId = score.SchoolId, IndicatorCode = score.IndicatorCode, EvaluatorId = score.EvaluatorId,
        ChangedByName = caller.Name, OldValue = oldValue, NewValue = score.Value, Reason = reason, At = score.UpdatedAt,
    };
}
