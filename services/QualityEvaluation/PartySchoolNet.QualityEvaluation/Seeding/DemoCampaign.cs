using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Scoring;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.QualityEvaluation.Seeding;

/// <summary>
/// Last year's campaign over every school of one tier, ready for 定级: targets, the demo evaluator on each, and the evaluator's
/// score on every observation point, decided by each school's code alone (most points well met, a few weak or failed).
/// </summary>
internal sealed class DemoCampaign(SchoolReplica city, IndicatorSystem system, IReadOnlyList<SchoolReplica> schools, Guid evaluatorId, DateTimeOffset now)
{
    public static string NameFor(EvaluatedTier tier, DateTimeOffset now) => $"{ChinaTime.Day(now).Year - 1}年度{EvaluationLabels.Tier(tier)}办学质量评估";

    public Campaign Campaign { get; } = Campaign.Create(city, system, Spec(system.Tier, now), now);

    public IEnumerable<CampaignTarget> Targets => schools.Select(s => new CampaignTarget { CampaignId = Campaign.Id, SchoolId = s.Id, SchoolPath = s.Path, SchoolName = s.Name });

    public IEnumerable<Assignment> Assignments => schools.Select(s => new Assignment { CampaignId = Campaign.Id, SchoolId = s.Id, EvaluatorId = evaluatorId });

    public IEnumerable<Score> Scores => schools.SelectMany(school =>
    {
        var random = DemoRandom.For($"evaluation:{system.Tier}:{school.Code}");
        var strength = 0.62 + random.NextDouble() * 0.36;
        return system.Leaves.Select(leaf => new Score
        {
            CampaignId = Campaign.Id, SchoolId = school.Id, IndicatorCode = leaf.Code, EvaluatorId = evaluatorId, Value = Value(leaf.Rule, strength, random),
            Comment = "", UpdatedAt = now,
        });
    });

    private static decimal Value(LeafRule rule, double strength, Random random) => rule.Method switch
    {
        ScoringMethod.Range => Math.Round(rule.Weight * (decimal)Math.Clamp(strength + (random.NextDouble() - 0.5) * 0.3, 0, 1), 1),
        ScoringMethod.BonusDeduction => random.Next(-2, 3),
        ScoringMethod.Veto => random.Next(60) == 0 ? 0 : 1,
        _ => random.NextDouble() < strength + 0.1 ? 1 : 0,
    };

    private static CampaignSpec Spec(EvaluatedTier tier, DateTimeOffset now)
    {
        var year = ChinaTime.Day(now).Year - 1;
        return new CampaignSpec(NameFor(tier, now), new DateOnly(year, 10, 1), new DateOnly(year, 12, 31), CombineRule.Mean, Grading.Default, 0.6m,
            ChinaTime.Day(now).AddDays(90));
    }
}
