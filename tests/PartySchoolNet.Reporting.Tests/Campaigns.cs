using PartySchoolNet.QualityEvaluation.Contracts;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>Finalized township campaigns as QualityEvaluation publishes them: random scores on the "六个有" indicators, graded and ranked.</summary>
public sealed class Campaigns(ReportingHost host, int seed)
{
    private static readonly (string Code, string Title, decimal Weight)[] Indicators =
        [("1", "有组织机构", 15), ("2", "有师资队伍", 20), ("3", "有教学场所", 15), ("4", "有教学计划", 20), ("5", "有经费保障", 15), ("6", "有管理制度", 15)];

    private readonly Random _random = new(seed);

    /// <summary>A campaign's outcomes at the schools by path; given an earlier round, the next round of the same campaign.</summary>
    public async Task<CampaignFinalized> FinalizedAsync(string[] paths, CampaignFinalized? earlier = null)
    {
        var schools = new List<(Guid Id, string Path)>();
        foreach (var path in paths)
        {
            schools.Add((await host.SchoolIdAsync(path.Split('.').Last()), path));
        }
        var scored = schools.Select(s =>
        {
            var indicators = Indicators.Select(i => new IndicatorOutcome(i.Code, i.Title, i.Weight, Math.Round(i.Weight * _random.Next(40, 101) / 100m, 1))).ToList();
            var vetoed = _random.Next(8) == 0;
            return (School: s, Indicators: indicators, Total: indicators.Sum(i => i.Score), Vetoed: vetoed);
        }).ToList();
        var ordered = scored.OrderBy(s => s.Vetoed).ThenByDescending(s => s.Total).ToList();
        var outcomes = ordered.Select(s => new SchoolOutcome(s.School.Id, s.School.Path, s.Total, GradeOf(s.Total, s.Vetoed),
            ordered.FindIndex(o => o.Vetoed == s.Vetoed && o.Total == s.Total) + 1, s.Vetoed, s.Indicators)).ToList();
        var round = (earlier?.Round ?? 0) + 1;
        var finalizedAt = (earlier?.OccurredAt ?? DateTimeOffset.UtcNow).AddDays(round);
        return new CampaignFinalized(earlier?.CampaignId ?? Guid.NewGuid(), $"乡镇党校办学质量评估（测试{seed}）", EvaluatedTier.Township, round, outcomes, finalizedAt);
    }

    private static Grade GradeOf(decimal total, bool vetoed) =>
        vetoed ? Grade.Fail : total >= 90 ? Grade.Excellent : total >= 80 ? Grade.Good : total >= 60 ? Grade.Pass : Grade.Fail;
}
